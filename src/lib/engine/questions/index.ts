export { generateQuestions } from './generate';
export { checkClozeAnswer } from './cloze-check';
export { toAnkiTsv, toMarkdownQuiz } from './export';
