export { extractFacts } from './extract';
export { splitSentences } from './sentences';
export type {
	DateFact,
	ExtractOptions,
	Facts,
	FactKind,
	GenerateOptions,
	NumberFact,
	NumberUnit,
	Organization,
	Pair,
	Person,
	Place,
	Question,
	QuestionSource,
	QuestionType,
	Quote,
	Span
} from './types';
export { checkClozeAnswer, generateQuestions, toAnkiTsv, toMarkdownQuiz } from './questions';
export { ENGINE_VERSION } from './version';
