import type { Question } from '$lib/engine/types';
import { formatRow } from './delimited';
import { cardFaces } from './faces';

export interface DeckExport {
	title: string;
	questions: readonly Question[];
}

/** Anki splits deck names on "::" into subdecks; a title must stay one deck under Factdeck. */
export function ankiDeckName(title: string): string {
	const clean = title.replace(/::/g, ':').replace(/\s+/g, ' ').trim();
	return `Factdeck::${clean || 'Untitled'}`;
}

/** Anki tags are space-separated, so spaces inside one tag become underscores. */
function tagsFor(question: Question): string {
	return ['factdeck', `fact::${question.fact}`, `type::${question.type}`]
		.map((t) => t.replace(/\s+/g, '_'))
		.join(' ');
}

/**
 * One file for any number of decks, importable with File → Import in Anki 2.1.55+: Basic notes
 * (Front, Back), tags in column 3 and the deck in column 4 (`#deck column`) so a single import
 * recreates every deck as a subdeck of "Factdeck". `#html:false` makes Anki escape "<" and turn
 * line breaks (inside quoted fields) into line breaks on the card. The back ends with the source
 * sentence, so the card keeps the article's context.
 */
export function toAnkiText(decks: readonly DeckExport[]): string {
	const lines = [
		'#separator:tab',
		'#html:false',
		'#notetype:Basic',
		'#tags column:3',
		'#deck column:4'
	];
	for (const deck of decks) {
		const deckName = ankiDeckName(deck.title);
		for (const question of deck.questions) {
			const { front, back } = cardFaces(question);
			const sourced = question.source.sentence ? `${back}\n\n“${question.source.sentence}”` : back;
			lines.push(formatRow([front, sourced, tagsFor(question), deckName]));
		}
	}
	return lines.join('\n') + '\n';
}
