export { toAnkiText, ankiDeckName, type DeckExport } from './anki';
export { toQuizletText, flattenForQuizlet } from './quizlet';
export { cardFaces, type CardFaces } from './faces';
export { parseDelimited, formatRow, quoteField } from './delimited';
