/**
 * A compact gazetteer: countries (with short forms), regions, US states and major cities.
 * Each line is "Canonical|alias|alias". Lookups use the text as written, so the aliases carry
 * the spellings news uses ("U.S.", "UK", "Britain").
 */

const COUNTRIES = `Afghanistan
Albania
Algeria
Angola
Argentina
Armenia
Australia
Austria
Azerbaijan
Bahrain
Bangladesh
Belarus
Belgium
Bolivia
Bosnia and Herzegovina|Bosnia
Brazil
Bulgaria
Cambodia
Cameroon
Canada
Chile
China|People's Republic of China|PRC
Colombia
Congo|Democratic Republic of the Congo|DRC
Costa Rica
Croatia
Cuba
Cyprus
Czech Republic|Czechia
Denmark
Ecuador
Egypt
El Salvador
Estonia
Ethiopia
Finland
France
Georgia
Germany
Ghana
Greece
Guatemala
Haiti
Honduras
Hong Kong
Hungary
Iceland
India
Indonesia
Iran
Iraq
Ireland|Republic of Ireland
Israel
Italy
Jamaica
Japan
Jordan
Kazakhstan
Kenya
Kosovo
Kuwait
Kyrgyzstan
Laos
Latvia
Lebanon
Libya
Lithuania
Luxembourg
Madagascar
Malaysia
Mali
Malta
Mexico
Moldova
Mongolia
Montenegro
Morocco
Mozambique
Myanmar|Burma
Nepal
Netherlands|Holland
New Zealand
Nicaragua
Niger
Nigeria
North Korea|DPRK
North Macedonia|Macedonia
Norway
Oman
Pakistan
Palestine
Panama
Paraguay
Peru
Philippines
Poland
Portugal
Qatar
Romania
Russia|Russian Federation
Rwanda
Saudi Arabia
Senegal
Serbia
Singapore
Slovakia
Slovenia
Somalia
South Africa
South Korea|Republic of Korea
South Sudan
Spain
Sri Lanka
Sudan
Sweden
Switzerland
Syria
Taiwan
Tajikistan
Tanzania
Thailand
Tunisia
Turkey|Türkiye
Turkmenistan
Uganda
Ukraine
United Arab Emirates|UAE
United Kingdom|UK|U.K.|Britain|Great Britain
United States|United States of America|US|U.S.|USA|U.S.A.|America
Uruguay
Uzbekistan
Venezuela
Vietnam
Yemen
Zambia
Zimbabwe`;

const REGIONS = `Africa
Amazon|Amazon rainforest
Antarctica
Arctic
Asia
Atlantic|Atlantic Ocean
Balkans
Caribbean
Caucasus
Central America
Central Asia
Crimea
Donbas
East Asia
Eastern Europe
Europe
European Union|EU
Gaza|Gaza Strip
Golan Heights
Gulf
Indian Ocean
Korean Peninsula
Kashmir
Latin America
Mediterranean
Middle East
North America
Northern Ireland
Pacific|Pacific Ocean
Persian Gulf
Scandinavia
Scotland
Siberia
South America
Southeast Asia
South China Sea
Tibet
Wales
England
West Bank
Western Europe
Earth
Black Sea
Red Sea
Baltic|Baltic Sea
Silicon Valley`;

const US_STATES = `Alabama
Alaska
Arizona
Arkansas
California
Colorado
Connecticut
Delaware
Florida
Hawaii
Idaho
Illinois
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Montana
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
New York
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Texas
Utah
Vermont
Virginia
Washington
West Virginia
Wisconsin
Wyoming`;

/** Capitals and cities that make the news; "in/at/from X" catches the rest. */
const CITIES = `Abu Dhabi|Accra|Addis Ababa|Amman|Amsterdam|Ankara|Athens|Atlanta|Auckland|Baghdad|Baku
Bangkok|Barcelona|Beijing|Beirut|Belgrade|Berlin|Bern|Bogotá|Bogota|Boston|Brasília|Brussels
Bucharest|Budapest|Buenos Aires|Cairo|Canberra|Cape Town|Caracas|Chicago|Copenhagen|Dallas
Damascus|Delhi|New Delhi|Denver|Detroit|Dhaka|Doha|Dubai|Dublin|Edinburgh|Frankfurt|Geneva
Glasgow|Guangzhou|Hamburg|Hanoi|Havana|Helsinki|Hiroshima|Ho Chi Minh City|Honolulu|Houston
Islamabad|Istanbul|Jakarta|Jerusalem|Johannesburg|Kabul|Karachi|Kathmandu|Kharkiv|Khartoum
Kyiv|Kiev|Kinshasa|Kolkata|Kuala Lumpur|Lagos|Lahore|Las Vegas|Lima|Lisbon|Liverpool|London
Los Angeles|Lyon|Madrid|Manchester|Manila|Marseille|Mecca|Melbourne|Mexico City|Miami|Milan
Minsk|Montreal|Moscow|Mumbai|Munich|Nairobi|Naples|New Orleans|New York City|Osaka|Oslo
Ottawa|Paris|Philadelphia|Phoenix|Prague|Pyongyang|Rabat|Rio de Janeiro|Riyadh|Rome
Rotterdam|San Diego|San Francisco|San Jose|Santiago|São Paulo|Sao Paulo|Seattle|Seoul
Shanghai|Shenzhen|Stockholm|Sydney|Taipei|Tehran|Tel Aviv|Tokyo|Toronto|Toulouse|Tunis
Turin|Vancouver|Venice|Vienna|Vilnius|Warsaw|Wellington|Wuhan|Yangon|Zagreb|Zurich|Hamburg
Kraków|Krakow|Odesa|Odessa|Gdansk|Seville|Valencia|Porto|Florence|Bologna|Dresden|Cologne
Stuttgart|Düsseldorf|Bordeaux|Strasbourg|Brisbane|Perth|Adelaide|Calgary|Quebec|Havana`;

/** Seats of power and unions of states, which MEANTIME types as places. */
const SEATS = `White House
Kremlin
Downing Street
Capitol Hill
Elysée|Elysee`;

/** Demonyms and adjectives, mapped to the place they name. */
const DEMONYMS: Record<string, string> = {
	American: 'United States',
	British: 'United Kingdom',
	English: 'England',
	Scottish: 'Scotland',
	Welsh: 'Wales',
	Irish: 'Ireland',
	French: 'France',
	German: 'Germany',
	Italian: 'Italy',
	Spanish: 'Spain',
	Portuguese: 'Portugal',
	Dutch: 'Netherlands',
	Belgian: 'Belgium',
	Swiss: 'Switzerland',
	Austrian: 'Austria',
	Swedish: 'Sweden',
	Norwegian: 'Norway',
	Danish: 'Denmark',
	Finnish: 'Finland',
	Polish: 'Poland',
	Czech: 'Czech Republic',
	Hungarian: 'Hungary',
	Greek: 'Greece',
	Turkish: 'Turkey',
	Russian: 'Russia',
	Ukrainian: 'Ukraine',
	Chinese: 'China',
	Japanese: 'Japan',
	Korean: 'Korea',
	'North Korean': 'North Korea',
	'South Korean': 'South Korea',
	Taiwanese: 'Taiwan',
	Vietnamese: 'Vietnam',
	Thai: 'Thailand',
	Indonesian: 'Indonesia',
	Malaysian: 'Malaysia',
	Filipino: 'Philippines',
	Indian: 'India',
	Pakistani: 'Pakistan',
	Afghan: 'Afghanistan',
	Iranian: 'Iran',
	Iraqi: 'Iraq',
	Syrian: 'Syria',
	Israeli: 'Israel',
	Palestinian: 'Palestine',
	Lebanese: 'Lebanon',
	Saudi: 'Saudi Arabia',
	Egyptian: 'Egypt',
	Nigerian: 'Nigeria',
	Kenyan: 'Kenya',
	Ethiopian: 'Ethiopia',
	'South African': 'South Africa',
	Canadian: 'Canada',
	Mexican: 'Mexico',
	Brazilian: 'Brazil',
	Argentine: 'Argentina',
	Argentinian: 'Argentina',
	Chilean: 'Chile',
	Colombian: 'Colombia',
	Venezuelan: 'Venezuela',
	Cuban: 'Cuba',
	Australian: 'Australia',
	European: 'Europe',
	African: 'Africa',
	Asian: 'Asia'
};

function table(lines: string): [string, string][] {
	const entries: [string, string][] = [];
	for (const line of lines.split('\n')) {
		const names = line.split('|').filter(Boolean);
		const canonical = names[0];
		if (canonical !== undefined) for (const name of names) entries.push([name, canonical]);
	}
	return entries;
}

/** Every place form as written → canonical place name. */
export const PLACES: ReadonlyMap<string, string> = new Map([
	...table(COUNTRIES),
	...table(REGIONS),
	...table(US_STATES),
	...table(SEATS),
	...CITIES.split(/[|\n]/).map((city): [string, string] => [city, city])
]);

/** Towns and cities: a ", State" after one of them is part of its mention. */
export const CITY_NAMES: ReadonlySet<string> = new Set(CITIES.split(/[|\n]/));
/** US states by name, for questions that offer a state against a state. */
export const US_STATE_NAMES: readonly string[] = US_STATES.split('\n').map(
	(line) => line.split('|')[0] as string
);

export const DEMONYM_PLACES: ReadonlyMap<string, string> = new Map(Object.entries(DEMONYMS));

/** The longest place name in words, to bound lookups. */
export const MAX_PLACE_WORDS = 5;
