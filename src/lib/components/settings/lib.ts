import type { Article, Card, Settings } from '$lib/db';
import type { DeckExport } from '$lib/interchange';

export type FieldResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** The study settings the form edits, with the bounds `updateSettings` enforces. */
export type StudyField = 'desiredRetention' | 'newPerDay' | 'quizLength';

const wholeNumber = (text: string): number | null =>
	/^\s*\d+\s*$/.test(text) ? Number.parseInt(text, 10) : null;

/**
 * Reads what the learner typed into one study setting. Retention is typed as a percentage
 * (70–99), because that is how the learner thinks of it; it is stored as 0.70–0.99.
 */
export function readStudyField(field: StudyField, text: string): FieldResult<number> {
	const n = wholeNumber(text);
	switch (field) {
		case 'desiredRetention':
			return n !== null && n >= 70 && n <= 99
				? { ok: true, value: n / 100 }
				: { ok: false, error: 'Enter a whole percentage from 70 to 99.' };
		case 'newPerDay':
			return n !== null && n <= 9999
				? { ok: true, value: n }
				: { ok: false, error: 'Enter a whole number from 0 to 9999.' };
		case 'quizLength':
			return n !== null && n >= 1 && n <= 200
				? { ok: true, value: n }
				: { ok: false, error: 'Enter a whole number from 1 to 200.' };
	}
}

/** The value shown in a study setting's field. */
export function showStudyField(field: StudyField, settings: Pick<Settings, StudyField>): string {
	const value = settings[field];
	return String(field === 'desiredRetention' ? Math.round(value * 100) : value);
}

/** Every deck with its cards' questions, oldest deck first and each in the engine's score order. */
export function decksForExport(articles: readonly Article[], cards: readonly Card[]): DeckExport[] {
	const byDeck = new Map<string, Card[]>();
	for (const card of cards) {
		const list = byDeck.get(card.articleId) ?? [];
		list.push(card);
		byDeck.set(card.articleId, list);
	}
	return [...articles]
		.sort((a, b) => a.addedAt - b.addedAt)
		.map((article) => ({
			title: article.title,
			questions: (byDeck.get(article.id) ?? [])
				.map((card) => card.question)
				.sort((a, b) => b.score - a.score)
		}))
		.filter((deck) => deck.questions.length > 0);
}

/** `factdeck-anki-2026-03-10.txt`, in the learner's local date. */
export function exportFileName(kind: 'anki' | 'quizlet', now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `factdeck-${kind}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.txt`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "2 decks, 14 cards and 30 answers". */
export function describeCounts(counts: { articles: number; cards: number; reviews: number }) {
	return `${plural(counts.articles, 'deck')}, ${plural(counts.cards, 'card')} and ${plural(counts.reviews, 'answer')}`;
}
