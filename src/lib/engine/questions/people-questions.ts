/** Questions about people: who holds a position, what position someone holds, who said a quote. */
import { isNamed, nameWords, personForms, personNamed, sourceOf, type Article } from './article';
import { BUSINESS_TITLES, FULL_NAMES, NATIONALITIES, TITLES } from './banks';
import { multipleChoice, trueFalse, type Candidate, type Context } from './candidate';
import { pickDistractors } from './distractors';
import { memoized } from './memo';
import { capitalize, normalizeAnswer } from './normalize';
import { isPoliticalTitle, perturbTitle } from './perturb';
import { randomFor } from './random';
import type { Person, Span } from '../types';

const MAX_PEOPLE = 30;
const MAX_QUOTES = 30;

/** Where the role is written next to the person's name ("Japanese Prime Minister Shigeru Ishiba"). */
export function roleSpan(text: string, person: Person, role: string): Span | undefined {
	for (const m of person.mentions) {
		const before = m.start - role.length - 1;
		if (before >= 0 && text.slice(before, m.start - 1) === role)
			return { start: before, end: before + role.length };
		const after = text.indexOf(role, m.end);
		if (after >= 0 && after - m.end <= 6 && /^,\s*(the\s+)?$/.test(text.slice(m.end, after))) {
			return { start: after, end: after + role.length };
		}
	}
	const anywhere = text.indexOf(role);
	return anywhere >= 0 ? { start: anywhere, end: anywhere + role.length } : undefined;
}

/** Words of a bare title: a role made only of these ("Chief executive") names no one. */
const TITLE_WORDS = new Set(
	(
		'chief executive officer president vice minister secretary director general chairman ' +
		'chairwoman chair head senior deputy prime foreign defense defence finance interior state ' +
		'national security adviser advisor ambassador speaker leader founder co-founder ceo cfo coo ' +
		'cto managing commander governor mayor senator representative justice judge attorney ' +
		'spokesman spokeswoman spokesperson king queen prince princess crown of the and for ' +
		'former acting interim assistant associate under'
	).split(' ')
);

/**
 * Whether a role points at one person: it says of what or where ("North Korean leader", "Boeing
 * CEO", "WHO’s director-general"), not just which rank ("Chief executive").
 */
export function isSpecificRole(role: string): boolean {
	// "an Apple executive", "an analyst": a kind of person many may be, not one office.
	const head = role.split(/\s+/).at(-1)?.toLowerCase() ?? '';
	if (CLASS_NOUNS.has(head)) return false;
	return role
		.split(/\s+/)
		.some((w) => /^\p{Lu}/u.test(w) && !TITLE_WORDS.has(w.toLowerCase().replace(/['’]s$/, '')));
}

const TITLE_SYNONYMS: [RegExp, string][] = [
	[/\b(ceo|chief executive officer|chief executive)\b/g, 'chief executive'],
	[/\bcfo\b/g, 'chief financial officer'],
	[/\bcoo\b/g, 'chief operating officer'],
	[/\bcto\b/g, 'chief technology officer'],
	[/\bco-?founder\b/g, 'founder'],
	[/\b(chairwoman|chairperson|chair)\b/g, 'chairman']
];

// Every role is compared with every other role of the article: remember each title's core.
const titleCore = memoized(titleCoreOf, 5000);

/** A title's rank words in one spelling: "Apple Computer CEO" → "chief executive". */
function titleCoreOf(role: string): string {
	let core = role
		.split(/\s+/)
		.filter((w) => TITLE_WORDS.has(w.toLowerCase()) || /^\p{Ll}/u.test(w) || /^[A-Z]{2,4}$/.test(w))
		.join(' ')
		.toLowerCase();
	for (const [re, canonical] of TITLE_SYNONYMS) core = core.replace(re, canonical);
	return ` ${core.trim()} `;
}

/** Words that make another rank of a title: a vice president is no president. */
const RANK_MODIFIERS = new Set(
	'vice deputy assistant associate senior acting interim former under'.split(' ')
);

/**
 * Whether two titles name the same rank, one perhaps more fully ("CEO" and "chief executive";
 * "founder" and "CEO and co-founder"), but not one rank and another ("President", "Vice
 * President").
 */
export function sameTitle(a: string, b: string): boolean {
	const x = titleCore(a);
	const y = titleCore(b);
	if (x.trim() === '' || y.trim() === '') return false;
	const [long, short] = x.length >= y.length ? [x, y] : [y, x];
	if (!long.includes(short)) return false;
	const extra = long.replace(short, ' ').trim().split(/\s+/);
	return !extra.some((w) => RANK_MODIFIERS.has(w));
}

const CLASS_NOUNS = new Set(
	(
		'executive executives official officials analyst spokesman spokeswoman spokesperson lawyer ' +
		'expert engineer employee worker member aide representative source researcher scientist ' +
		'reporter correspondent adviser advisor consultant manager staffer lawmaker candidate'
	).split(' ')
);

/** "the Boeing CEO", but "Apple's senior vice president" (a possessive takes no article). */
function withArticle(role: string): string {
	return /^\S+['’]s\s/.test(role) ? role : `the ${role}`;
}

const BUSINESS =
	/\b(ceo|cfo|coo|cto|chief|chairman|chairwoman|founder|co-founder|vice president|director|executive|officer|manager|head of)\b/i;

/**
 * Built-in titles of the role's own field, written in its case ("Chief executive" is offered
 * "Chief financial officer", never "Speaker of the House"); none for other roles ("astronomer"),
 * whose distractors then come from the article alone.
 */
export function titleBank(role: string): string[] {
	const field = isPoliticalTitle(role) ? TITLES : BUSINESS.test(role) ? BUSINESS_TITLES : [];
	// The case of the title itself: "Apple chief executive" is written in lower case.
	const words = role.split(/\s+/);
	const at = words.findIndex((w) => TITLE_WORDS.has(w.toLowerCase()));
	const title = words[at] ?? role;
	// "Chief executive" is capitalised; "CEO" says nothing about case: the rest is lower case.
	const upper = /^\p{Lu}\p{Ll}/u.test(title);
	const cased = field.map((t) =>
		upper ? capitalize(t) : /\b\p{Lu}{2}/u.test(t) ? t : t.toLowerCase()
	);
	if (field !== BUSINESS_TITLES) return cased;
	// A company title is offered the way it is written: with its company ("Airbus chief
	// financial officer" beside "Airbus chief executive") and in short if the answer is ("CFO").
	const company = at > 0 ? `${words.slice(0, at).join(' ')} ` : '';
	const short = /\b(CEO|CFO|COO|CTO)\b/.test(role);
	return cased.map((t) => `${company}${short ? abbreviated(t) : t}`);
}

const ABBREVIATIONS: [RegExp, string][] = [
	[/^chief executive( officer)?$/i, 'CEO'],
	[/^chief financial officer$/i, 'CFO'],
	[/^chief operating officer$/i, 'COO'],
	[/^chief technology officer$/i, 'CTO']
];

function abbreviated(title: string): string {
	return ABBREVIATIONS.find(([re]) => re.test(title))?.[1] ?? title;
}

/** Nationalities the article's own titles use, so swapped titles stay on topic. */
function articleNationalities(article: Article): string[] {
	const titles = article.facts.people.flatMap((p) => p.roles).join(' | ');
	return NATIONALITIES.filter((n) => titles.includes(n));
}

/** Other people's full names, the most mentioned first. */
// Named people, most mentioned first, sorted once per article: sorting again for every question
// made generation quadratic in the number of people on long texts.
const rankedNamed = new WeakMap<Article, Person[]>();

function namedByMentions(article: Article): Person[] {
	let ranked = rankedNamed.get(article);
	if (!ranked) {
		ranked = article.facts.people
			.filter(isNamed)
			.sort((a, b) => b.mentions.length - a.mentions.length);
		rankedNamed.set(article, ranked);
	}
	return ranked;
}

/**
 * Whether the article names at least two people besides `exclude`: otherwise a "who" question
 * offers made-up names, and the only real name in the list gives the answer away.
 */
function enoughPeople(article: Article, exclude: Person[]): boolean {
	return otherPeople(article, exclude).length >= 2;
}

function otherPeople(article: Article, exclude: Person[]): string[] {
	return namedByMentions(article)
		.filter((p) => !exclude.includes(p))
		.map((p) => p.name);
}

function peopleForms(people: Person[]): string[] {
	return people.flatMap(personForms);
}

export function roleQuestions(ctx: Context): Candidate[] {
	const { article } = ctx;
	const out: Candidate[] = [];
	const nationalities = articleNationalities(article);
	// Who holds each title, so a co-holder is never offered as a wrong answer.
	const holdersOf = new Map<string, Person[]>();
	for (const p of article.facts.people) {
		for (const r of p.roles) {
			const key = normalizeAnswer(r);
			holdersOf.set(key, [...(holdersOf.get(key) ?? []), p]);
		}
	}
	const people = namedByMentions(article).slice(0, MAX_PEOPLE);
	const everyRole = article.facts.people
		.filter(isNamed)
		.flatMap((p) => p.roles.map((role) => ({ p, role })));
	for (const person of people) {
		for (const role of person.roles.slice(0, 3)) {
			const span = roleSpan(article.text, person, role);
			if (!span) continue;
			const source = sourceOf(article, span);
			const holders = holdersOf.get(normalizeAnswer(role)) ?? [person];
			const common = { fact: 'role' as const, source, weight: 3, entities: [person.name] };
			// "Who is the CEO?" has no single answer out of context; "the Boeing CEO" has.
			if (isSpecificRole(role) && enoughPeople(article, holders)) {
				out.push(
					multipleChoice(
						ctx,
						{
							...common,
							prompt: `Who is described as ${withArticle(role)}?`,
							answer: person.name,
							idParts: [person.name, role],
							answerForms: personForms(person)
						},
						{
							article: otherPeople(article, holders),
							bank: FULL_NAMES,
							alsoTrue: peopleForms(holders),
							avoidWords: nameWords(person)
						}
					)
				);
			}
			// "chief executive" is no wrong answer for the "Apple Computer CEO", nor "founder"
			// for a co-founder: a title the person holds under another name is also true.
			const otherRoles = everyRole.filter((r) => r.p !== person).map((r) => r.role);
			const wrongRoles = {
				article: otherRoles,
				perturbed: perturbTitle(role, nationalities),
				bank: titleBank(role),
				alsoTrue: person.roles,
				trueIf: (v: string) => person.roles.some((r) => sameTitle(r, v))
			};
			out.push(
				multipleChoice(
					ctx,
					{
						...common,
						prompt: `What position does ${person.name} hold?`,
						answer: role,
						idParts: [role, person.name]
					},
					wrongRoles
				)
			);
			const random = randomFor(ctx.seed, `role-tf|${person.name}|${role}`);
			const [falseRole] = pickDistractors(
				{ ...wrongRoles, answer: role, prompt: '', count: 1 },
				random
			);
			out.push(
				trueFalse(
					{ ...common, idParts: [role, person.name] },
					{
						true: `The article describes ${person.name} as ${withArticle(role)}.`,
						false: falseRole
							? `The article describes ${person.name} as ${withArticle(falseRole)}.`
							: null
					}
				)
			);
		}
	}
	return out;
}

export function quoteQuestions(ctx: Context): Candidate[] {
	const { article } = ctx;
	const out: Candidate[] = [];
	for (const quote of article.facts.quotes.slice(0, MAX_QUOTES)) {
		const speaker = quote.speaker ? personNamed(article, quote.speaker) : undefined;
		if (!speaker || !isNamed(speaker) || quote.text.trim().split(/\s+/).length < 2) continue;
		const source = sourceOf(article, quote);
		// A quote cut before its speaker keeps its comma ("… for two years," she said): not in a prompt.
		const spoken = quote.text.trim().replace(/[\s,;:]+$/, '');
		// Short fragments ("a smart guy") test less than a whole sentence spoken.
		const weight = quote.text.split(/\s+/).length >= 4 ? 3 : 2;
		const common = { fact: 'quote' as const, source, weight, entities: [speaker.name] };
		const others = otherPeople(article, [speaker]);
		if (enoughPeople(article, [speaker])) {
			out.push(
				multipleChoice(
					ctx,
					{
						...common,
						prompt: `Who said “${spoken}”?`,
						answer: speaker.name,
						idParts: [speaker.name, quote.text],
						answerForms: personForms(speaker)
					},
					{
						article: others,
						bank: FULL_NAMES,
						alsoTrue: personForms(speaker),
						avoidWords: nameWords(speaker)
					}
				)
			);
		}
		const random = randomFor(ctx.seed, `quote-tf|${quote.text}`);
		const [other] = pickDistractors(
			{
				answer: speaker.name,
				article: others,
				alsoTrue: personForms(speaker),
				prompt: '',
				count: 1
			},
			random
		);
		out.push(
			trueFalse(
				{ ...common, idParts: [speaker.name, quote.text] },
				{
					true: `${speaker.name} said “${spoken}”`,
					false: other ? `${other} said “${spoken}”` : null
				}
			)
		);
	}
	return out;
}
