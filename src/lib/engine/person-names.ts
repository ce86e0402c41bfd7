import { FEMALE_NAMES, FIRST_NAMES } from './first-names';
import { HONORIFICS } from './lexicon';
import type { Span } from './types';

/**
 * The forms of one person's name: forms of address before it, the gender they or the given name
 * imply, particles before a surname, and fuller variants of the same name.
 */

export type Gender = 'm' | 'f' | undefined;

/** A person being assembled from the text; `name` is the fullest form seen. */
export interface PersonDraft {
	name: string;
	aliases: string[];
	roles: string[];
	mentions: Span[];
	gender: Gender;
}

const FEMALE_HONORIFICS = new Set(['mrs', 'ms', 'miss', 'madam', 'dame', 'lady', 'mme', 'mlle']);

/** The honorific right before `start` ("Mr. ", "Dr "), as written, or undefined. */
export function honorificBefore(text: string, start: number): string | undefined {
	const m = /(\p{Lu}\p{Ll}{1,6})(\.?) $/u.exec(text.slice(Math.max(0, start - 10), start));
	if (!m || !m[1] || !HONORIFICS.has(m[1].toLowerCase())) return;
	return m[1] + (m[2] ?? '');
}

export function genderOf(name: string, honorific: string | undefined): Gender {
	if (honorific) return FEMALE_HONORIFICS.has(honorific.replace('.', '').toLowerCase()) ? 'f' : 'm';
	const first = (name.split(' ')[0] ?? '').toLowerCase();
	if (FEMALE_NAMES.has(first)) return 'f';
	return FIRST_NAMES.has(first) ? 'm' : undefined;
}

/** The particles written before `surname` inside `name` ("von der " in "Ursula von der Leyen"). */
export function particlesBefore(name: string, surname: string): string {
	const m = / ((?:\p{Ll}+ )+)(\S+)$/u.exec(name);
	return m?.[2] === surname && m[1] ? m[1] : '';
}

/**
 * "Donald Trump" and "Donald J. Trump" are one person: a name whose words all appear, in order,
 * in a longer name with the same surname becomes a form of the longer one (same object).
 */
export function mergeVariants(drafts: Map<string, PersonDraft>): void {
	const bySurname = new Map<string, string[]>();
	for (const name of drafts.keys()) {
		const surname = name.slice(name.lastIndexOf(' ') + 1);
		bySurname.set(surname, [...(bySurname.get(surname) ?? []), name]);
	}
	for (const group of bySurname.values()) {
		if (group.length < 2 || group.length > 20) continue;
		group.sort((a, b) => b.length - a.length);
		for (const shorter of group) {
			const words = shorter.split(' ');
			const fuller = group.find((longer) => {
				if (longer.length <= shorter.length) return false;
				let i = 0;
				for (const w of longer.split(' ')) if (w === words[i]) i++;
				return i === words.length;
			});
			const target = fuller ? drafts.get(fuller) : undefined;
			if (target) drafts.set(shorter, target);
		}
	}
}
