import {
	MissingCardError,
	StorageError,
	quizPool,
	recordAnswer,
	type Card,
	type FactdeckDB,
	type QuizPool
} from '$lib/db';
import { quizOutcomeToRating, type Scheduler } from '$lib/srs';
import { keepProgress } from './keep-progress';
import {
	clampQuizLength,
	describeResponse,
	gradeResponse,
	isQuizQuestion,
	pickQuizItems,
	scoreOutcomes,
	seededRandom,
	shuffle,
	type QuizResponse,
	type QuizScore
} from '$lib/components/quiz/lib';

export type { QuizPool };

export type QuizPhase = 'setup' | 'asking' | 'feedback' | 'results';

export interface QuizOutcome {
	card: Card;
	response: QuizResponse;
	correct: boolean;
}

/** The cards a quiz can draw from: one deck's, or every deck's, unsuspended and of a quiz type. */
export async function readQuizPool(db: FactdeckDB, deckId: string | null): Promise<QuizPool> {
	const pool = await quizPool(db, deckId);
	return { ...pool, cards: pool.cards.filter((card) => isQuizQuestion(card.question)) };
}

export interface QuizSessionDeps {
	db: () => FactdeckDB;
	scheduler: () => Scheduler;
	now?: () => Date;
	/** Seeds each session's draw; tests pass a constant. */
	seed?: () => number;
}

/**
 * One quiz: a setup screen, then questions one at a time with feedback after each, then results.
 * Answers are graded at once and written to the schedule in the background, so a slow or failing
 * disk never holds up the quiz: a storage failure becomes `storageMessage` and the quiz goes on.
 */
export class QuizSession {
	#phase = $state<QuizPhase>('setup');
	#questions = $state.raw<Card[]>([]);
	#index = $state(0);
	#outcomes = $state.raw<QuizOutcome[]>([]);
	/** Counts sessions, so a retried question gets fresh controls even with the same card. */
	#round = $state(0);
	#retrying = $state(false);
	#storageMessage = $state('');
	#shownAt = 0;
	/** Answers still being written; not state, only `settled()` reads it. */
	#pending: Promise<void>[] = [];
	readonly #deps: Required<QuizSessionDeps>;

	constructor(deps: QuizSessionDeps) {
		this.#deps = {
			// A timestamp passed to FSRS, never mutated or read reactively: SvelteDate is not needed.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			now: () => new Date(),
			seed: () => Date.now(),
			...deps
		};
	}

	get phase(): QuizPhase {
		return this.#phase;
	}

	get current(): Card | undefined {
		return this.#phase === 'asking' || this.#phase === 'feedback'
			? this.#questions[this.#index]
			: undefined;
	}

	/** 1-based position of the current question. */
	get position(): number {
		return this.#index + 1;
	}

	get total(): number {
		return this.#questions.length;
	}

	get isLast(): boolean {
		return this.#index >= this.#questions.length - 1;
	}

	/** Changes with every question shown: key the question's controls on it. */
	get questionKey(): string {
		return `${this.#round}:${this.#index}`;
	}

	/** The outcome of the question on screen, once answered. */
	get lastOutcome(): QuizOutcome | undefined {
		return this.#phase === 'feedback' ? this.#outcomes.at(-1) : undefined;
	}

	get outcomes(): readonly QuizOutcome[] {
		return this.#outcomes;
	}

	get score(): QuizScore {
		return scoreOutcomes(this.#outcomes);
	}

	get missed(): QuizOutcome[] {
		return this.#outcomes.filter((outcome) => !outcome.correct);
	}

	/** True in a "Retry missed" session, whose right answers are not first tries. */
	get retrying(): boolean {
		return this.#retrying;
	}

	/** A storage failure the learner should know about; the quiz carries on regardless. */
	get storageMessage(): string {
		return this.#storageMessage;
	}

	dismissStorageMessage() {
		this.#storageMessage = '';
	}

	/** A new session of `length` questions drawn from `cards`, every quiz type mixed in. */
	start(cards: readonly Card[], length: number) {
		this.#begin(pickQuizItems(cards, clampQuizLength(length), this.#deps.seed()), false);
	}

	/** A new session of just the questions missed in this one, in a new order. */
	retryMissed() {
		const missed = this.missed.map((outcome) => outcome.card);
		if (missed.length === 0) return;
		this.#begin(shuffle(missed, seededRandom(this.#deps.seed())), true);
	}

	/** Back to the setup screen. */
	newQuiz() {
		this.#phase = 'setup';
		this.#questions = [];
		this.#outcomes = [];
	}

	submit(response: QuizResponse) {
		const card = this.current;
		if (this.#phase !== 'asking' || !card) return;
		const correct = gradeResponse(card.question, response);
		this.#outcomes = [...this.#outcomes, { card, response, correct }];
		this.#phase = 'feedback';
		this.#track(this.#record(card, response, correct));
	}

	next() {
		if (this.#phase !== 'feedback') return;
		if (this.isLast) {
			this.#phase = 'results';
			return;
		}
		this.#index++;
		this.#show();
	}

	/** Resolves when every answer given so far has been written (or has failed). */
	async settled(): Promise<void> {
		while (this.#pending.length > 0) {
			const writes = this.#pending;
			this.#pending = [];
			await Promise.all(writes);
		}
	}

	#begin(questions: Card[], retrying: boolean) {
		this.#questions = questions;
		this.#outcomes = [];
		this.#index = 0;
		this.#round++;
		this.#retrying = retrying;
		this.#storageMessage = '';
		if (questions.length === 0) {
			this.#phase = 'setup';
			return;
		}
		this.#show();
	}

	#show() {
		this.#phase = 'asking';
		this.#shownAt = this.#deps.now().getTime();
	}

	/**
	 * A quiz has no Again/Hard/Good/Easy buttons, so the outcome picks the FSRS rating
	 * (`quizOutcomeToRating`): right on the first try → Good, wrong → Again, and right only in a
	 * "Retry missed" session → Hard, because the learner had already seen the answer.
	 */
	async #record(card: Card, response: QuizResponse, correct: boolean) {
		const now = this.#deps.now();
		try {
			await recordAnswer(this.#deps.db(), {
				cardId: card.id,
				rating: quizOutcomeToRating(correct, !this.#retrying),
				mode: 'quiz',
				answer: describeResponse(response),
				correct,
				durationMs: now.getTime() - this.#shownAt,
				now,
				scheduler: this.#deps.scheduler()
			});
			keepProgress();
		} catch (error) {
			// Both have a message written for the learner; anything else is a bug and stays loud.
			if (error instanceof StorageError || error instanceof MissingCardError) {
				this.#storageMessage = `Your answer was not saved. ${error.message}`;
			} else {
				throw error;
			}
		}
	}

	#track(write: Promise<void>) {
		this.#pending.push(write);
		const done = () => {
			this.#pending = this.#pending.filter((p) => p !== write);
		};
		// A bug in a write is rethrown, so it still surfaces as an unhandled rejection.
		void write.then(done, (error: unknown) => {
			done();
			throw error;
		});
	}
}
