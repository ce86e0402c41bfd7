/**
 * Small built-in banks of plausible wrong answers, one list per granularity: a country is only
 * ever replaced by a country, a city by a city, a news agency by a news agency.
 */

const list = (words: string): string[] => words.split('|').map((w) => w.trim());

export const COUNTRIES = list(
	'United States|South Korea|North Korea|Japan|China|Russia|Ukraine|India|Germany|France|' +
		'United Kingdom|Canada|Australia|Brazil|Mexico|Italy|Spain|Turkey|Iran|Israel|Egypt|' +
		'Saudi Arabia|Pakistan|Indonesia|Vietnam|Philippines|Poland|Taiwan|South Africa|Nigeria|' +
		'Argentina|Sweden|Norway|Netherlands|Belgium|Switzerland|Syria|Iraq|Afghanistan|Cuba'
);

export const CITIES = list(
	'Seoul|Pyongyang|Tokyo|Beijing|Moscow|Kyiv|Washington|New York|London|Paris|Berlin|Rome|' +
		'Madrid|Delhi|Mumbai|Shanghai|Hong Kong|Singapore|Bangkok|Jakarta|Manila|Sydney|Toronto|' +
		'Istanbul|Cairo|Tehran|Jerusalem|Dubai|Brussels|Geneva|Vienna|Warsaw|Osaka|Busan|Taipei'
);

export const CONTINENTS = list(
	'Africa|Antarctica|Asia|Australia|Europe|North America|South America'
);

export const REGIONS = list(
	'Korean Peninsula|Middle East|Balkans|Caucasus|Horn of Africa|Indo-Pacific|Scandinavia|' +
		'Sahel|Arctic|Baltic region|Central Asia|Southeast Asia|Taiwan Strait|South China Sea'
);

/** Organisations grouped so a distractor is the same sort of body as the answer. */
export const ORGANIZATION_GROUPS: Record<string, string[]> = {
	alliance: list('NATO|the Warsaw Pact|ASEAN|the European Union|AUKUS|the Quad|SEATO|CSTO'),
	media: list(
		'Reuters|Associated Press|Agence France-Presse|Xinhua|Yonhap|TASS|Kyodo News|BBC|CNN|' +
			'Fox News|Al Jazeera|NHK|Korean Central News Agency'
	),
	international: list(
		'United Nations|World Health Organization|International Monetary Fund|World Bank|' +
			'World Trade Organization|International Atomic Energy Agency|Red Cross'
	),
	airline: list(
		'Lufthansa|Air France|British Airways|Delta Air Lines|United Airlines|Emirates|Qantas|' +
			'Singapore Airlines|Qatar Airways|Cathay Pacific|KLM'
	),
	military: list(
		'Korean People’s Army|People’s Liberation Army|Red Army|Self-Defense Forces|' +
			'Republic of Korea Army|U.S. Army|Royal Navy|Marine Corps'
	)
};

/**
 * Keywords that place an organisation not in the banks into a group, read from the name's head
 * (its last words): "Korean Central News Agency" is media, "European Space Agency" is not, and
 * neither "Apple Corps" nor "Pakistan International Airlines" is an army or a UN body.
 */
export const ORGANIZATION_KEYWORDS: [RegExp, string][] = [
	[
		/\b(news|press)( agency| service)?$|\b(times|post|journal|tv|television|radio|media)$/i,
		'media'
	],
	[/\b(army|navy|air force|forces|guard|marine corps|military)$/i, 'military'],
	[/\b(pact|alliance|treaty organization)$/i, 'alliance'],
	[
		/^united nations\b|^(world|international) .*\b(organization|agency|fund|bank|court|committee)$/i,
		'international'
	],
	[/\b(airlines|airways|air lines)$/i, 'airline']
];

const FIRST_NAMES = list(
	'James|Maria|David|Sarah|Michael|Anna|Robert|Laura|Daniel|Elena|Thomas|Yuki|Hiroshi|Olga|' +
		'Pierre|Claire|Hans|Sofia|Ahmed|Priya'
);
const LAST_NAMES = list(
	'Smith|Garcia|Chen|Park|Tanaka|Müller|Rossi|Novak|Johnson|Lee|Kowalski|Dubois|Ivanov|Silva|' +
		'Brown|Nakamura|Schmidt|Patel|Okafor|Larsen'
);

/** Plausible full names that belong to nobody in particular (stepping through both lists). */
export const FULL_NAMES = FIRST_NAMES.map(
	(first, i) => `${first} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]}`
);

export const NATIONALITIES = list(
	'U.S.|American|Japanese|South Korean|North Korean|Chinese|Russian|Ukrainian|British|French|' +
		'German|Indian|Canadian|Australian|Italian|Spanish|Turkish|Iranian|Israeli|Taiwanese'
);

/** Ranks that can stand in for one another inside a title. */
export const RANK_GROUPS: string[][] = [
	list('Prime Minister|Foreign Minister|Defense Minister|Finance Minister|Deputy Prime Minister'),
	list('President|Vice President|Secretary of State|Defense Secretary|Treasury Secretary'),
	list('leader|foreign minister|defense minister|ambassador|envoy'),
	list('Chancellor|Foreign Minister|Finance Minister'),
	list('King|Queen|Crown Prince')
];

/** Ranks in a company: a company's vice president is never swapped for a Defense Secretary. */
export const BUSINESS_RANK_GROUPS: string[][] = [
	list(
		'Executive Vice President|Senior Vice President|Vice President|President|Chief Operating Officer'
	),
	list('CEO|CFO|COO|CTO|chairman'),
	list('chief executive|chief financial officer|chief operating officer|chairman|founder')
];

/** Titles in companies, for roles like "Boeing CEO" (political titles would give them away). */
export const BUSINESS_TITLES = list(
	'chief executive|chief financial officer|chief operating officer|chairman|president|' +
		'chief technology officer|senior vice president|managing director|general counsel|head of sales'
);

export const TITLES = list(
	'Secretary of State|Defense Secretary|Foreign Minister|Prime Minister|Vice President|' +
		'Chief of Staff|National Security Adviser|Ambassador to the United Nations|Speaker of the House'
);

export const WEEKDAYS = list('Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday');

export const MONTHS = list(
	'January|February|March|April|May|June|July|August|September|October|November|December'
);

/** Words to swap in an acronym expansion, by initial letter (the acronym still fits). */
export const ACRONYM_WORDS: Record<string, string[]> = {
	a: list('Agency|Association|Authority|Alliance|Assembly|Academy'),
	b: list('Bureau|Board|Bank'),
	c: list('Central|Council|Committee|Commission|Corporation|Center'),
	d: list('Defense|Development|Department'),
	e: list('Economic|European|Executive'),
	f: list('Federal|Foundation|Forum'),
	i: list('International|Institute|Intelligence'),
	k: list('Korean|Kingdom'),
	n: list('National|News|Nuclear|Network|Northern'),
	o: list('Organization|Office'),
	p: list('People’s|Public|Press|Policy'),
	r: list('Research|Republic|Regional'),
	s: list('Security|State|Service|Strategic'),
	t: list('Trade|Treaty|Technical'),
	u: list('United|Union|Universal'),
	w: list('World|Workers’|Western')
};

/** Descriptions for "how did X describe Y" questions when the article has too few quotes. */
export const DESCRIPTIONS = list(
	'a dangerous man|a tough negotiator|an unreliable partner|a great leader|a serious threat|' +
		'a weak leader|an old friend'
);

/** Verb pairs with opposite meanings, for false statements (past tense as news writes them). */
export const ANTONYMS: [string, string][] = [
	['dismissed', 'accepted'],
	['rejected', 'approved'],
	['rose', 'fell'],
	['won', 'lost'],
	['increased', 'decreased'],
	['expanded', 'reduced'],
	['strengthened', 'weakened'],
	['criticized', 'praised'],
	['opposed', 'supported'],
	['confirmed', 'denied'],
	['collapsed', 'succeeded'],
	['raised', 'lowered'],
	['acknowledged', 'denied'],
	['condemned', 'welcomed']
];
