import { ENGINE_VERSION, type Facts } from '$lib/engine';
import { saveDeck } from '$lib/db';
import { checkArticleText, seedFor, suggestTitle } from '$lib/article/validate';
import { readArticleFile } from '$lib/article/read-file';
import { generateDeck, type GenerateProgress } from '$lib/workers/generate';
import { now } from './clock';
import { keepProgress } from './keep-progress';
import { getDb } from './db-instance';
import { finalQuestions, toDraft, type QuestionDraft } from './question-draft';

export type AddStage = 'input' | 'working' | 'review' | 'saving';

/**
 * Adding an article: text (pasted, from a file or shared) → facts and questions from the worker →
 * the learner curates them → one transaction saves the deck. Nothing is stored before Save.
 */
export class AddArticle {
	text = $state('');
	title = $state('');
	sourceUrl = $state('');
	publishedAt = $state('');
	#stage = $state<AddStage>('input');
	#progress = $state<GenerateProgress | null>(null);
	#error = $state('');
	#facts = $state.raw<Facts | null>(null);
	drafts = $state<QuestionDraft[]>([]);
	#titleEdited = false;

	get stage(): AddStage {
		return this.#stage;
	}
	get progress(): GenerateProgress | null {
		return this.#progress;
	}
	get error(): string {
		return this.#error;
	}
	get facts(): Facts | null {
		return this.#facts;
	}
	get keptCount(): number {
		return this.drafts.filter((draft) => draft.keep).length;
	}

	/** Marks the title as the learner's own, so a new text no longer replaces it. */
	editTitle(value: string) {
		this.title = value;
		this.#titleEdited = value.trim().length > 0;
	}

	/** Suggests a title from the text's first line unless the learner wrote one. */
	suggestTitle() {
		if (!this.#titleEdited) this.title = suggestTitle(this.text);
	}

	async loadFile(file: File): Promise<void> {
		this.#error = '';
		const result = await readArticleFile(file);
		if (!result.ok) {
			this.#error = result.message;
			return;
		}
		this.text = result.text;
		if (result.title && !this.#titleEdited) this.title = result.title;
		else this.suggestTitle();
	}

	async generate(): Promise<void> {
		const check = checkArticleText(this.text);
		if (!check.ok) {
			this.#error = check.message;
			return;
		}
		this.text = check.text;
		if (!this.title.trim()) this.title = suggestTitle(check.text);
		this.#error = '';
		this.#stage = 'working';
		this.#progress = null;
		const referenceDate = /^\d{4}-\d{2}-\d{2}$/.test(this.publishedAt)
			? this.publishedAt
			: undefined;
		try {
			const result = await generateDeck(
				{ text: check.text, referenceDate, seed: seedFor(check.text) },
				(progress) => (this.#progress = progress)
			);
			if (result.questions.length === 0) {
				this.#stage = 'input';
				this.#error =
					'Factdeck found no facts to ask about in this text: no people, dates, numbers, organisations or places it could check. Try a news article.';
				return;
			}
			this.#facts = result.facts;
			this.drafts = result.questions.map(toDraft);
			this.#stage = 'review';
		} catch (error) {
			this.#stage = 'input';
			this.#error = `Questions could not be generated: ${error instanceof Error ? error.message : String(error)}`;
		}
	}

	backToText() {
		this.#stage = 'input';
	}

	/** Saves the deck; returns its id, or null (with `error` set) when nothing was saved. */
	async save(): Promise<string | null> {
		// A snapshot: IndexedDB cannot store the proxies that make drafts reactive.
		const questions = finalQuestions($state.snapshot(this.drafts));
		if (questions.length === 0) {
			this.#error = 'Keep at least one question to make a deck.';
			return null;
		}
		this.#stage = 'saving';
		this.#error = '';
		try {
			const url = this.sourceUrl.trim();
			const id = await saveDeck(
				getDb(),
				{
					title: this.title.trim() || suggestTitle(this.text),
					text: this.text,
					sourceUrl: /^https?:\/\//i.test(url) ? url : undefined,
					publishedAt: this.publishedAt || undefined,
					engineVersion: ENGINE_VERSION
				},
				questions,
				now()
			);
			keepProgress();
			return id;
		} catch (error) {
			this.#stage = 'review';
			this.#error = error instanceof Error ? error.message : String(error);
			return null;
		}
	}
}
