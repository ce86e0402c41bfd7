export { EXTRACT_STAGES, extractFacts } from './extract';
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
export { FACT_KINDS } from './types';
export { mulberry32, type Random } from './questions/random';
export { checkClozeAnswer, generateQuestions, toAnkiTsv, toMarkdownQuiz } from './questions';
export { ENGINE_VERSION } from './version';
