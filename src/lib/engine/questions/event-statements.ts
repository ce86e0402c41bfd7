/**
 * True/false statements about events, not just entities: a clause whose subject is a known
 * entity and whose verb has an antonym ("Trump dismissed Kim’s proposal…"). The false version
 * swaps the verb ("Trump accepted Kim’s proposal…").
 */
import { mentionsIn, sentenceIndexAt, sourceOf, type EntityMention } from './article';
import { ANTONYMS } from './banks';
import { trueFalse, type Candidate, type Context } from './candidate';
import { capitalize } from './normalize';

const OPPOSITE = new Map<string, string>();
for (const [a, b] of ANTONYMS) {
	if (!OPPOSITE.has(a)) OPPOSITE.set(a, b);
	if (!OPPOSITE.has(b)) OPPOSITE.set(b, a);
}
const VERB_RE = new RegExp(`\\b(${[...OPPOSITE.keys()].join('|')})\\b`, 'g');
// Auxiliaries and adverbs that may stand between the subject and its verb.
const BETWEEN_RE = /(?:\s+(?:has|have|had|was|were|is|are|will|would|also|\w+ly))*\s+$/;
const MAX_STATEMENTS = 40;
const CLAUSE_START =
	/(?:^|[,;:]\s*|\b(?:that|when|while|after|before|because|as|and|but|since|although|though|if|where|so)\s+)$/;

export function eventStatements(ctx: Context): Candidate[] {
	const { article } = ctx;
	const { text } = article;
	const out: Candidate[] = [];
	for (const match of text.matchAll(VERB_RE)) {
		if (out.length >= MAX_STATEMENTS) break;
		const verb = match[1] as string;
		const at = match.index ?? 0;
		const sentence = article.sentences[sentenceIndexAt(article, at)];
		if (!sentence) continue;
		const mentions = mentionsIn(article, sentence);
		const pre = text.slice(sentence.start, at);
		const gap = BETWEEN_RE.exec(pre);
		const subjectEnd = sentence.start + (gap ? (gap.index ?? pre.length) : pre.length);
		let subject: EntityMention | undefined = mentions.find((m) => m.end === subjectEnd);
		if (!subject) continue;
		let start = subject.start;
		// Coordinated subjects: "the United States and South Korea have increased …". A comma
		// alone is not coordination ("…the Korean People’s Army, Kim criticized …").
		for (;;) {
			const joint = /\s+and\s+$/.exec(text.slice(sentence.start, start));
			const prev = joint ? mentions.find((m) => m.end === start - joint[0].length) : undefined;
			if (!prev) break;
			subject = prev;
			start = prev.start;
		}
		if (/\bthe\s+$/i.test(text.slice(start - 4, start))) start -= 4;
		// The subject opens a clause; "shares on the Irish Stock Exchange fell" has another one.
		if (!CLAUSE_START.test(text.slice(Math.max(sentence.start, start - 12), start))) continue;
		const tail = text.slice(at + verb.length, sentence.end);
		// A comma inside a number ("3,800") ends nothing.
		const clauseEnd = /[,;:](?!\d)|\s[—–]\s|[.!?]["”’]?\s*$/.exec(tail);
		const rest = tail.slice(0, clauseEnd ? clauseEnd.index : tail.length);
		// A clause cut short at a comma ("Apple denied that Papermaster") states nothing.
		const restWords = rest.trim().split(/\s+/).length;
		if (restWords < 3 || restWords > 30) continue;
		// "denied the charges and his lawyer, Susan Pike, said …": the comma opens an apposition,
		// and the clause cut there says something else.
		if (/\band\s+(?:his|her|their|its|the|a|an)\s+\S+$/.test(rest) && tail[rest.length] === ',')
			continue;
		// An antonym fits the verb, not its object: "welcomed everyone" is no "condemned everyone".
		if (/^\s+(?:everyone|everybody|him|her|them|us|me|you)\b/.test(rest)) continue;
		const head = text.slice(start, at);
		const opposite = OPPOSITE.get(verb) as string;
		const statement = (v: string): string => `${capitalize(head)}${v}${rest}.`;
		const source = sourceOf(article, { start: at, end: at + verb.length });
		out.push(
			trueFalse(
				{
					fact: subject.kind,
					source,
					weight: 3,
					entities: [subject.name],
					idParts: [verb, head.trim()]
				},
				{ true: statement(verb), false: statement(opposite) }
			)
		);
	}
	return out;
}
