/**
 * Overgenerate, then filter and rank (after Heilman & Smith, "Good Question!"): drop questions
 * with an unresolved pronoun, a prompt that gives its answer away or too few options; keep one
 * question per fact and wording; score by importance.
 */
import { headlineEnd, sentenceIndexAt, type Article } from './article';
import { BLANK } from './blank';
import { statementAs, type Candidate, type Statements } from './candidate';
import { randomFor, shuffled } from './random';
import { normalizeAnswer } from './normalize';
import { stableId } from './stable-id';
import type { Question } from '../types';

const PRONOUN = /\b(he|she|him|his|her|hers|they|them|their|theirs|it|its)\b/i;

/** Capitalised words that open sentences without naming anyone. */
const OPENERS = new Set(
	(
		'the a an in on at during since after before when while as if although though but and ' +
		'however nevertheless meanwhile according despite for from with by to of this that these ' +
		'those there here true false which who what whose where how match put fill it its he she ' +
		'they his her their one two three some many most'
	).split(' ')
);

const PERSONAL = /^(he|she|him|his|her|hers)$/i;

/**
 * A pronoun is unresolved when no name comes before it in the prompt. Names are capitalised
 * words, except common sentence openers ("In his address, Kim …" is unresolved: "his" comes
 * first). "He", "his" and "her" need a person: given the words of the article's people's names,
 * a country or a company before them does not count ("… and Japan threatens his nation"). Quoted
 * speech is skipped (its "I" and "he" belong to the speaker), except a quoted sentence with a
 * blank, which is the prompt's own text.
 */
export function hasUnresolvedPronoun(prompt: string, personWords?: ReadonlySet<string>): boolean {
	// Most prompts hold no pronoun at all; blanking out quotes below only removes matches.
	if (!PRONOUN.test(prompt)) return false;
	const own = prompt
		.replace(/^True or false:\s*/, '')
		.replace(/[“"]([^”"]*)[”"]/g, (whole, inner: string) =>
			inner.includes('_____') ? ` ${inner} ` : ' '.repeat(whole.length)
		);
	const m = PRONOUN.exec(own);
	if (!m) return false;
	const before = own.slice(0, m.index);
	const needsPerson = personWords !== undefined && PERSONAL.test(m[1] as string);
	for (const word of before.matchAll(/(^|[^\p{L}’'])(\p{Lu}[\p{L}’'.-]*)/gu)) {
		const lower = (word[2] as string).toLowerCase().replace(/['’]s$/, '');
		if (OPENERS.has(lower)) continue;
		if (!needsPerson || personWords.has(lower)) return false;
	}
	return true;
}

/** Whether the prompt names the answer or one of its other forms. */
export function givesAway(c: Pick<Candidate, 'prompt' | 'answerForms'>): boolean {
	if (!c.answerForms.length) return false;
	const prompt = ` ${normalizeAnswer(c.prompt)} `;
	return c.answerForms.some((form) => {
		const f = normalizeAnswer(form);
		return f !== '' && prompt.includes(` ${f} `);
	});
}

/**
 * The prompt checks alone, for templates that try several mentions of a fact and keep the
 * first that makes a clean question (the ranker would keep only the best one anyway).
 */
export function promptIsClean(
	prompt: string,
	answerForms: string[],
	personWords?: ReadonlySet<string>
): boolean {
	return !hasUnresolvedPronoun(prompt, personWords) && !givesAway({ prompt, answerForms });
}

export function isAskable(c: Candidate, personWords?: ReadonlySet<string>): boolean {
	if (!c.prompt.trim() || !c.answer.trim()) return false;
	if (c.type === 'multiple-choice' && (c.options?.length ?? 0) < 4) return false;
	if (hasUnresolvedPronoun(c.prompt, personWords)) return false;
	return !givesAway(c);
}

const TYPE_BONUS: Record<Candidate['type'], number> = {
	'multiple-choice': 0.3,
	matching: 0.4,
	ordering: 0.4,
	cloze: 0.2,
	'true-false': 0.1,
	flashcard: 0
};

/** Importance: the fact's weight, its place in the article (the lead matters) and salience. */
export function scoreOf(article: Article, c: Candidate): number {
	const index = Math.max(0, sentenceIndexAt(article, c.source.start));
	const lead = 2 / (1 + index);
	const mentions = c.entities.reduce((n, e) => n + (article.mentionCount.get(e) ?? 0), 0);
	const salience = 0.5 * Math.log2(1 + mentions);
	return Math.round((c.weight + lead + salience + TYPE_BONUS[c.type]) * 1000) / 1000;
}

/** The sentence with a blank that a cloze or fill-in prompt shows, or '' for other prompts. */
function blankedSentence(prompt: string): string {
	if (!prompt.includes('_____')) return '';
	const inner = /completes the sentence: “(.*)”$/.exec(prompt)?.[1] ?? prompt;
	return `blank|${inner.replace(/\s+/g, ' ').trim()}`;
}

function toQuestion(c: Candidate, score: number): Question {
	const q: Question = {
		id: stableId(c.type, c.fact, c.idParts, c.source.sentence),
		type: c.type,
		prompt: c.prompt,
		answer: c.answer,
		fact: c.fact,
		source: c.source,
		score
	};
	if (c.options) q.options = c.options;
	if (c.pairs) q.pairs = c.pairs;
	if (c.items) q.items = c.items;
	if (c.accept?.length) q.accept = c.accept;
	if (c.back) q.back = c.back;
	if (c.explanation) q.explanation = c.explanation;
	return q;
}

/**
 * Quiz questions kept per proving sentence, and of each type among them. A sentence that holds
 * four facts would otherwise give a dozen questions: the learner meets it again and again, and
 * one question gives another's answer away (a false statement next to the true fact). The type
 * caps keep a mix: at most three choices and one true/false leave room for typing an answer.
 */
export const PER_SENTENCE = 5;
const PER_SENTENCE_BY_TYPE: Partial<Record<Candidate['type'], number>> = {
	'multiple-choice': 3,
	'true-false': 1
};

function showsSentence(c: Candidate): boolean {
	if (c.type === 'cloze' || c.prompt.includes(BLANK)) return true;
	return c.statements !== undefined && c.statements.true.trim() === c.source.sentence.trim();
}

/** Counts of kept questions per sentence; a flashcard goes with its multiple-choice twin. */
class SentenceQuota {
	#quiz = new Map<number, number>();
	#byType = new Map<string, number>();
	#shown = new Set<number>();
	#askedInQuiz = new Set<string>();

	/** Whether `c` may join; records it when it may. */
	admit(c: Candidate): boolean {
		const at = c.source.start;
		// Matching and ordering span several sentences; they are capped by kind elsewhere.
		if (c.type === 'matching' || c.type === 'ordering') return true;
		if (c.type === 'flashcard') return this.#askedInQuiz.has(`${at}|${c.prompt}`);
		const quiz = this.#quiz.get(at) ?? 0;
		const typeKey = `${at}|${c.type}`;
		const ofType = this.#byType.get(typeKey) ?? 0;
		if (quiz >= PER_SENTENCE || ofType >= (PER_SENTENCE_BY_TYPE[c.type] ?? PER_SENTENCE)) {
			return false;
		}
		// A question that shows its sentence (with a blank, or whole as a statement) shows the
		// answers to every other such question on it: one per sentence.
		const shows = showsSentence(c);
		if (shows && this.#shown.has(at)) return false;
		if (shows) this.#shown.add(at);
		this.#quiz.set(at, quiz + 1);
		this.#byType.set(typeKey, ofType + 1);
		if (c.type === 'multiple-choice') this.#askedInQuiz.add(`${at}|${c.prompt}`);
		return true;
	}
}

/**
 * Asks about half of the deck's true/false statements false: the seed picks which of those
 * that have a false variant. Deciding per statement left whole decks nearly all true or all false.
 */
function settleTrueFalse(kept: { c: Candidate; q: Question }[], seed: number): void {
	const statements = kept.filter((k) => k.c.statements);
	const flexible = statements.filter((k) => k.c.statements?.false != null);
	const wantFalse = Math.min(flexible.length, Math.round(statements.length / 2));
	const asFalse = new Set(shuffled(flexible, randomFor(seed, 'true-false')).slice(0, wantFalse));
	for (const k of flexible) {
		Object.assign(k.q, statementAs(k.c.statements as Statements, !asFalse.has(k)));
	}
}

export function rankQuestions(article: Article, candidates: Candidate[], seed = 0): Question[] {
	// Scored and sorted before the checks: a candidate that repeats a kept one is skipped without
	// checking its prompt, and only askable candidates claim a fact or a prompt, as if filtered first.
	const scored = candidates
		.map((c) => ({ c, score: scoreOf(article, c) }))
		.sort((a, b) => b.score - a.score || a.c.source.start - b.c.source.start);
	const seenFact = new Set<string>();
	const seenPrompt = new Set<string>();
	const quota = new SentenceQuota();
	const headline = headlineEnd(article.text);
	const kept: { c: Candidate; q: Question }[] = [];
	for (const { c, score } of scored) {
		// One question per fact and type (the best-placed one), and never one prompt with two answers.
		const factKey = `${c.type}|${c.fact}|${c.idParts.map(normalizeAnswer).join('|')}`;
		if (seenFact.has(factKey)) continue;
		const promptKey = `${c.type}|${normalizeAnswer(c.prompt)}`;
		// The same blanked sentence as a cloze and as a fill-in choice is one question twice.
		const blank = blankedSentence(c.prompt);
		if (seenPrompt.has(promptKey) || seenPrompt.has(blank)) continue;
		// The headline becomes the deck's title, shown beside every card: a blank in it is no test.
		if (showsSentence(c) && c.source.end <= headline) continue;
		if (!isAskable(c, article.personWords)) continue;
		if (!quota.admit(c)) continue;
		seenFact.add(factKey);
		seenPrompt.add(promptKey);
		if (blank) seenPrompt.add(blank);
		kept.push({ c, q: toQuestion(c, score) });
	}
	settleTrueFalse(kept, seed);
	return kept.map((k) => k.q);
}
