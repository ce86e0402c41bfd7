import { ENGINE_VERSION } from '$lib/engine';
import {
	deckDetail,
	deleteDeck,
	regenerateDeck,
	setSuspended,
	type DeckDetail,
	type RegenerateResult
} from '$lib/db';
import { seedFor } from '$lib/article/validate';
import { generateDeck } from '$lib/workers/generate';
import { now } from './clock';
import { getDb } from './db-instance';
import { LiveQuery } from './live-query.svelte';

/** One deck's page: its live contents and what the learner can do to it. */
export class DeckPage {
	readonly articleId: string;
	#detail: LiveQuery<DeckDetail | undefined, undefined>;
	#busy = $state(false);
	#message = $state('');
	#error = $state('');

	constructor(articleId: string) {
		this.articleId = articleId;
		this.#detail = new LiveQuery(() => deckDetail(getDb(), articleId), undefined);
	}

	get detail(): DeckDetail | undefined {
		return this.#detail.current;
	}
	get loading(): boolean {
		return this.#detail.loading;
	}
	get busy(): boolean {
		return this.#busy;
	}
	get message(): string {
		return this.#message;
	}
	get error(): string {
		const failure = this.#detail.error;
		return (
			this.#error || (failure instanceof Error ? failure.message : failure ? String(failure) : '')
		);
	}

	/** True when saved; false (with `error` set) when not. */
	async suspend(cardId: string, suspended: boolean): Promise<boolean> {
		return (
			(await this.#run(() => setSuspended(getDb(), [cardId], suspended).then(() => true))) ?? false
		);
	}

	/** Whether the deck was made by an earlier engine, so regenerating would improve it. */
	get outdated(): boolean {
		const article = this.detail?.article;
		// Older only: a deck from a newer engine (a backup from a newer install, a tab on an old
		// build) would lose questions by being "regenerated" with this one.
		const made = Number(article?.engineVersion);
		return article !== undefined && (Number.isNaN(made) || made < Number(ENGINE_VERSION));
	}

	/**
	 * Runs the current engine over the stored text again. Cards whose question id is unchanged keep
	 * their progress; see `regenerateDeck` for what happens to the rest.
	 */
	async regenerate(): Promise<RegenerateResult | undefined> {
		const article = this.detail?.article;
		if (!article) return undefined;
		return this.#run(async () => {
			const { questions } = await generateDeck({
				text: article.text,
				referenceDate: article.publishedAt,
				seed: seedFor(article.text)
			});
			const result = await regenerateDeck(
				getDb(),
				this.articleId,
				{ questions, engineVersion: ENGINE_VERSION },
				now()
			);
			this.#message = `Regenerated: ${result.kept} questions kept their progress, ${result.added} new, ${result.removed} removed.`;
			return result;
		});
	}

	async delete(): Promise<boolean> {
		return (await this.#run(() => deleteDeck(getDb(), this.articleId))) ?? false;
	}

	async #run<T>(task: () => Promise<T>): Promise<T | undefined> {
		this.#busy = true;
		this.#error = '';
		this.#message = '';
		try {
			return await task();
		} catch (error) {
			this.#error = error instanceof Error ? error.message : String(error);
			return undefined;
		} finally {
			this.#busy = false;
		}
	}
}
