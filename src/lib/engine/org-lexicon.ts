/**
 * What makes a name an organisation: a small bank of well-known bodies and companies, the
 * words that end organisation names, and the capitalised abbreviations that are not bodies.
 */

/** Well-known organisations: every form as written → the first form, which groups them. */
const BANK = `NATO|North Atlantic Treaty Organization
WHO|World Health Organization
UN|U.N.|United Nations
FBI|Federal Bureau of Investigation
CIA|Central Intelligence Agency
NASA
ESA|European Space Agency
IMF|International Monetary Fund
World Bank
WTO|World Trade Organization
OPEC
UNESCO
UNICEF
UNHCR
IAEA|International Atomic Energy Agency
Interpol
Europol
FIFA
UEFA
IOC|International Olympic Committee
NBA
NFL
MLB
NHL
Red Cross
Amnesty International
Greenpeace
Hamas
Hezbollah
Taliban
Pentagon
Congress
Parliament
Senate
Boeing
Airbus
Apple
Google
Alphabet
Microsoft
Amazon
Meta
Facebook
Twitter
Instagram
YouTube
TikTok
Netflix
Tesla
SpaceX
OpenAI
Nvidia
Intel
AMD
IBM
Oracle
Cisco
Samsung
Sony
Toyota
Honda
Nissan
Volkswagen
BMW
Siemens
Huawei
Alibaba
Tencent
Walmart|Wal-Mart
Starbucks
McDonald's
Coca-Cola
PepsiCo
Nike
Adidas
Disney
Reuters
AP|Associated Press
AFP|Agence France-Presse
Xinhua
Bloomberg
BBC
CNN
Fox News
CBS
NBC
ABC
Al Jazeera
Lockheed Martin
Northrop Grumman
Raytheon
General Electric|GE
General Motors|GM
Ford
Goldman Sachs
JPMorgan|JPMorgan Chase
Morgan Stanley
HSBC
Barclays
Shell
BP
ExxonMobil|Exxon
Gazprom
Pfizer
Moderna
AstraZeneca
Novartis
Unilever
Nestlé|Nestle`;

export const KNOWN_ORGS: ReadonlyMap<string, string> = new Map(
	BANK.split('\n').flatMap((line) => {
		const names = line.split('|');
		const key = names[0] ?? line;
		return names.map((n): [string, string] => [n, key]);
	})
);

/** Last words that make a capitalised name an organisation ("… Agency", "… Airlines"). */
export const ORG_SUFFIXES = new Set(
	`Inc Inc. Corp Corp. Corporation Co Co. Company Companies Ltd Ltd. Limited LLC LLP PLC plc
AG SA GmbH NV N.V. S.A. Group Holdings Agency Ministry Department Army Navy Force Forces Corps
Guard Party Council Committee Commission University College School Institute Institution
Academy Association Federation Foundation Union League Society Club Bank Fund Trust
Authority Office Bureau Service Services Board Court Courts Tribunal Parliament Assembly Congress
Senate Cabinet Administration News Times Post Journal Herald Tribune Press Media
Broadcasting Network Television Radio Airlines Airways Motors International Industries Systems
Technologies Technology Labs Laboratories Pharmaceuticals Energy Oil Petroleum Electric
Telecom Communications Aircraft Aerospace Airplanes Computer Computers Software
Electronics Entertainment Studios Records Partners Capital Investments Securities
Exchange Research Reserve Police Directorate Organization Organisation Alliance Coalition
Movement Front Brigade Brigades Command Hospital Mission
Consortium Cooperative Group Team FC United Rovers Athletic`.split(/\s+/)
);

/** Org suffixes that also end place names: these make a place unless other cues say org. */
export const PLACE_SUFFIXES = new Set(
	`Airport Street Square Avenue Road Bridge River Lake Ocean Sea Bay Gulf Island Islands
Mountain Mountains Mount Valley Peninsula Province County Region District Strait Canal
Desert Park Coast Beach Harbour Harbor Port Stadium Arena Center Centre`.split(/\s+/)
);

/** Capitalised abbreviations that are not organisations. */
export const NON_ORG_ACRONYMS = new Set(
	`CEO CFO COO CTO CIO VP PM MP TV DVD CD PC USB GPS GDP GNP AI IT PR HR ID OK AM PM BC AD
CE UTC GMT EST PST PDT EDT BST US UK USA UAE EU UN ET PT MW KW GB MB KB TB GHz MHz LCD LED
HD 3D 4G 5G 3G LTE SMS MMS PDF HTML URL API SDK OS iOS UK RIP VIP DJ MVP FAQ DIY COVID
SARS HIV AIDS DNA RNA MRI CT ICU ER NB PS IQ PhD MBA BA BSc MSc MD QC KC OBE MBE CBE R&D
M&A IPO ETF USD EUR GBP JPY CNY CHF SDK WWDC CES NYSE NASDAQ FTSE DAX ATM WWII WWI II III IV VI VII VIII IX XI XII`.split(
		/\s+/
	)
);

/** Lower-case nouns that, right before a capitalised name, make it an organisation. */
export const ORG_NOUNS = new Set(
	`company firm airline carrier maker manufacturer retailer group bank lender insurer automaker
carmaker chipmaker giant rival startup start-up magazine newspaper paper broadcaster network
agency publisher club team side band label conglomerate supplier provider operator developer
brand chain studio party union outlet tabloid daily weekly website site organisation
organization charity institute university regulator watchdog subsidiary unit division
consortium partner contractor`.split(/\s+/)
);
