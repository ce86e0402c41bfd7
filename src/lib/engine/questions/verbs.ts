/**
 * Just enough verb morphology to turn "taking office" into "When did Trump take office?".
 * Suffix stripping alone is ambiguous ("taking" → "tak"/"take"), so a candidate lemma is only
 * accepted when it is a known verb; unknown verbs make the template fall back to another wording.
 */

const BASE = new Set(
	(
		'take make hold meet win lose give leave come become begin run hit set put go say tell see ' +
		'air sign announce close open raise face vote launch start end visit host attend reach ' +
		'agree approve reject dismiss accept criticize praise declare pledge confirm deny report ' +
		'release publish broadcast issue hold elect appoint resign retire die arrive return ' +
		'collapse fail succeed stop kill attack invade strike test fire meet mark commemorate ' +
		'celebrate honor honour open unveil introduce pass enact adopt ratify negotiate discuss ' +
		'talk speak address warn threaten order ban sanction impose lift cut increase decrease ' +
		'expand reduce occur happen form found establish create build complete support describe call ' +
		'compare liken criticise focus remain continue'
	).split(' ')
);

const IRREGULAR_PAST: Record<string, string> = {
	take: 'took',
	make: 'made',
	hold: 'held',
	meet: 'met',
	win: 'won',
	lose: 'lost',
	give: 'gave',
	leave: 'left',
	come: 'came',
	become: 'became',
	begin: 'began',
	run: 'ran',
	hit: 'hit',
	set: 'set',
	put: 'put',
	go: 'went',
	say: 'said',
	tell: 'told',
	see: 'saw',
	broadcast: 'broadcast',
	speak: 'spoke',
	strike: 'struck',
	cut: 'cut',
	build: 'built',
	found: 'founded',
	die: 'died'
};

const PAST_TO_BASE = new Map(Object.entries(IRREGULAR_PAST).map(([b, p]) => [p, b]));

function known(candidates: string[]): string | undefined {
	return candidates.find((c) => BASE.has(c));
}

/** The base form of an "-ing" word, if it is a known verb ("taking" → "take"). */
export function lemmaOfGerund(word: string): string | undefined {
	const w = word.toLowerCase();
	if (!w.endsWith('ing') || w.length < 5) return undefined;
	const stem = w.slice(0, -3);
	const undoubled = /([bdgmnprt])\1$/.test(stem) ? stem.slice(0, -1) : stem;
	return known([stem, `${stem}e`, undoubled, stem.endsWith('y') ? stem.slice(0, -1) + 'ie' : '']);
}

/** The base form of a past-tense or participle word ("aired" → "air", "took" → "take"). */
export function lemmaOfPast(word: string): string | undefined {
	const w = word.toLowerCase();
	const irregular = PAST_TO_BASE.get(w);
	if (irregular) return irregular;
	if (!w.endsWith('ed') || w.length < 4) return undefined;
	const stem = w.slice(0, -2);
	const undoubled = /([bdgmnprt])\1$/.test(stem) ? stem.slice(0, -1) : stem;
	const ied = w.endsWith('ied') ? `${w.slice(0, -3)}y` : '';
	return known([stem, `${stem}e`, w.slice(0, -1), undoubled, ied]);
}

/** The simple past of a base form ("take" → "took", "air" → "aired"). */
export function pastOf(base: string): string {
	const irregular = IRREGULAR_PAST[base];
	if (irregular) return irregular;
	if (base.endsWith('e')) return `${base}d`;
	if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
	return `${base}ed`;
}
