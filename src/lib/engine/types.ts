/**
 * The fact engine's public data shapes. They mirror the CLI contract
 * (`factdeck facts`, `factdeck quiz`), so the JSON the CLI prints is these objects as they are.
 * Offsets are JavaScript string indices into the article text: `text.slice(start, end)`
 * is the expression.
 */

export interface Span {
	start: number;
	end: number;
}

export interface Person {
	/** The fullest form of the name in the text ("Kim Jong Un"). */
	name: string;
	/** Other forms that refer to the same person ("Kim", "Mr. Kim", "President Trump"). */
	aliases: string[];
	/** Titles and positions exactly as written ("U.S. President", "North Korean leader"). */
	roles: string[];
	/** Every mention of the name itself, titles excluded. */
	mentions: Span[];
}

export interface Organization {
	name: string;
	acronym?: string;
	mentions: Span[];
}

export interface Place {
	name: string;
	mentions: Span[];
}

export interface DateFact extends Span {
	/** The expression as written ("January 20", "2018-19", "Sunday"). */
	text: string;
	/** ISO value where the text determines it: 2019-02-28, 2019-02, 1969, 2018/2019, --01-20. */
	value?: string;
	/** A short phrase from the sentence naming what happened then. */
	event: string;
}

export type NumberUnit = 'percent' | 'money' | 'ordinal' | 'count' | (string & {});

export interface NumberFact extends Span {
	text: string;
	value: number;
	/** percent, money (with currency in `currency`), ordinal, count, or a measure unit ("km"). */
	unit?: NumberUnit;
	/** ISO currency code for money ("USD"). */
	currency?: string;
	/** Upper end of a range ("15-20%", "between $12 million and $20 million"); `value` is the lower. */
	max?: number;
	/** What the number counts ("anniversary of the Korean People's Army"). */
	context: string;
}

export interface Quote extends Span {
	/** The quoted words, without the quote marks. `start`/`end` cover these words only. */
	text: string;
	/** The speaker's canonical name, or null when the text does not make it clear. */
	speaker: string | null;
}

export interface Facts {
	people: Person[];
	organizations: Organization[];
	places: Place[];
	dates: DateFact[];
	numbers: NumberFact[];
	quotes: Quote[];
}

export interface ExtractOptions {
	/** The article's publication date (YYYY-MM-DD); resolves "Sunday" and "January 20". */
	referenceDate?: string;
	/**
	 * Called after each stage of the extraction (`done` of `total`), so a long article can show
	 * a progress bar that moves: a megabyte takes seconds on a phone.
	 */
	onProgress?: (done: number, total: number) => void;
}

export type QuestionType =
	'multiple-choice' | 'true-false' | 'cloze' | 'matching' | 'ordering' | 'flashcard';

/** Every kind of fact a question can be about. */
export const FACT_KINDS = [
	'person',
	'role',
	'quote',
	'date',
	'number',
	'organization',
	'place',
	'acronym'
] as const;

export type FactKind = (typeof FACT_KINDS)[number];

export interface QuestionSource extends Span {
	/** The sentence that proves the answer, as written in the article. */
	sentence: string;
}

export interface Pair {
	left: string;
	right: string;
}

export interface Question {
	/** Stable: derived from type, fact kind, normalised answer and source sentence. */
	id: string;
	type: QuestionType;
	prompt: string;
	/** The answer as shown. For matching/ordering a readable summary of the solution. */
	answer: string;
	/** Multiple-choice and true-false choices, the answer among them. */
	options?: string[];
	/** Matching: the correct pairs (the UI shuffles the right-hand side). */
	pairs?: Pair[];
	/** Ordering: items in their correct order. */
	items?: string[];
	/** Cloze: other answers the lenient checker accepts besides `answer`. */
	accept?: string[];
	/** Flashcard back (answer plus context). */
	back?: string;
	/** Why the answer is right: for true/false, the statement as the article makes it. */
	explanation?: string;
	fact: FactKind;
	source: QuestionSource;
	/** Higher is more important; questions are returned sorted by it, descending. */
	score: number;
}

export interface GenerateOptions {
	/** Seeds every random choice (distractor order, true/false split). */
	seed: number;
	/** The article's publication date, when known. */
	referenceDate?: string;
	/**
	 * Sentence spans of the text (as `splitSentences` gives them), when the caller already has
	 * them: saves splitting the article a second time.
	 */
	sentences?: Span[];
}
