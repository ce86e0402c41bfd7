import type { Question } from '$lib/engine/types';

export interface CardFaces {
	front: string;
	back: string;
}

const letter = (i: number) => String.fromCharCode(65 + i);

/**
 * The two sides of a question as plain text, for apps that only know front/back cards. Lines are
 * separated by "\n"; each exporter decides how to carry them. Ordering items are listed
 * alphabetically on the front so the front does not give the answer away.
 */
export function cardFaces(question: Question): CardFaces {
	const { prompt, answer } = question;
	switch (question.type) {
		case 'multiple-choice':
		case 'true-false': {
			const options = question.options ?? [];
			const front = [prompt, '', ...options.map((o, i) => `${letter(i)}) ${o}`)].join('\n');
			const index = options.indexOf(answer);
			return {
				front: options.length ? front : prompt,
				back: index >= 0 ? `${letter(index)}) ${answer}` : answer
			};
		}
		case 'matching': {
			const pairs = question.pairs ?? [];
			if (!pairs.length) return { front: prompt, back: answer };
			return {
				front: [prompt, '', ...pairs.map((p) => `• ${p.left}`)].join('\n'),
				back: pairs.map((p) => `${p.left} → ${p.right}`).join('\n')
			};
		}
		case 'ordering': {
			const items = question.items ?? [];
			if (!items.length) return { front: prompt, back: answer };
			const shown = [...items].sort((a, b) => a.localeCompare(b));
			return {
				front: [prompt, '', ...shown.map((item) => `• ${item}`)].join('\n'),
				back: items.map((item, i) => `${i + 1}. ${item}`).join('\n')
			};
		}
		case 'flashcard':
			return { front: prompt, back: question.back ?? answer };
		default:
			return { front: prompt, back: answer };
	}
}
