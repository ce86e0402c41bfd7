/**
 * Compact word lists for finding people. Kept small on purpose: capitalisation and context do
 * most of the work; these lists only tip the balance. All entries are lower case.
 */

function words(list: string): Set<string> {
	return new Set(list.split(/\s+/).filter(Boolean));
}

/** Forms of address that sit directly before a name ("Mr. Trump", "Dr Tedros"). */
export const HONORIFICS = words(`mr mrs ms miss dr prof sir dame lord lady madam mister mme mlle
herr frau sen rep gov gen lt col capt sgt maj adm cmdr rev fr sheikh rabbi imam pope saint
st. mr. mrs. ms. dr. prof. sen. rep. gov. gen. lt. col. capt. sgt. maj. adm. cmdr. rev. fr.`);

/**
 * Positions that, written before or around a name, make it a person's title. Lower case here;
 * they match capitalised in text ("President", "Prime Minister").
 */
export const ROLE_WORDS = words(`president vice prime minister premier chancellor king queen
prince princess emperor empress sultan emir ayatollah leader chairman chairwoman chair
chairperson secretary general director director-general governor mayor senator
representative congressman congresswoman lawmaker legislator speaker ambassador envoy
diplomat spokesman spokeswoman spokesperson ceo cfo coo cto chief executive officer head
founder co-founder cofounder owner manager coach captain striker midfielder defender
goalkeeper forward player champion judge justice attorney lawyer prosecutor commissioner
commander admiral colonel major lieutenant sergeant officer analyst economist scientist
researcher professor doctor physician author writer editor reporter correspondent
journalist columnist official aide adviser advisor counsel deputy assistant associate
senior junior acting former interim vice-president vp partner investor banker
executive engineer designer architect astronaut pilot actor actress singer musician
rapper artist director producer anchor host presenter candidate nominee activist
campaigner organizer organiser member chief secretary-general superintendent inspector
detective sheriff marshal bishop archbishop cardinal pastor priest monarch dictator
strongman rebel militant spokesman general-secretary treasurer comptroller auditor
administrator regulator negotiator mediator representative-elect president-elect
premier-elect agent commentator historian expert specialist biologist physicist chemist
astronomer mathematician geologist epidemiologist virologist surgeon nurse teammate
skipper manager-elect owner-manager president-designate dean provost rector principal`);

/** Role words that are enough on their own to make the next capitalised words a person. */
export const STRONG_TITLES = words(`president prime minister premier chancellor king queen
prince princess emperor sultan emir leader chairman chairwoman secretary governor mayor
senator representative congressman congresswoman ambassador spokesman spokeswoman
spokesperson ceo cfo coo cto executive founder co-founder coach captain judge justice
commissioner commander admiral colonel general lieutenant sergeant analyst economist
professor director director-general officer official minister striker midfielder
defender goalkeeper player manager dr pope cardinal bishop archbishop astronaut actor
actress singer rapper reporter correspondent lawmaker deputy adviser advisor aide
chief head host anchor candidate nominee justice sheriff detective inspector prosecutor
attorney lawyer scientist researcher author editor writer engineer founder`);

/** Verbs that introduce or close a quotation ("said", "told", "affirmed"). */
export const SPEECH_VERBS = words(`said says say saying told tells tell added adds adding
stated states stating affirmed affirms proclaimed proclaims declared declares declaring
announced announces commented comments commenting remarked remarks noted notes noting
explained explains insisted insists argued argues claimed claims warned warns wrote writes
writing asked asks replied replies responded responds recalled recalls continued
continues concluded concludes admitted admits acknowledged acknowledges joked jokes
quipped tweeted posted posts suggested suggests urged urges cautioned stressed stresses
emphasised emphasized emphasizes conceded concedes boasted boasts described describes
called calls predicted predicts countered counters confirmed confirms denied denies
vowed vows pledged promised promises maintained maintains observed observes shouted
exclaimed whispered sighed laughed cried speaking spoke speaks according enthused enthuses
gushed exulted marvelled marveled quipped`);

/** Lower-case words that, right after a name, show it is a clause subject. */
export const SUBJECT_VERBS = words(`is was has had have will would could can may might must
should did does do are were also has said says told added stated affirmed proclaimed
declared announced commented remarked noted explained insisted argued claimed warned wrote
asked replied responded recalled continued concluded admitted acknowledged described
called predicted confirmed denied vowed pledged promised maintained believes believed
thinks thought wants wanted plans planned hopes hoped expects expected criticized
criticised outlined met meets visited visits signed signs won wins lost loses led leads
took takes made makes gave gives became becomes remains remained returned returns
launched launches unveiled unveils released releases decided decides agreed agrees
urged urges stressed pointed went goes came comes joined joins left leaves scored scores
has dismissed dismisses rejected rejects accepted accepts expressed expresses reiterated
reiterates emphasized emphasised`);

/** Very common words that are capitalised only because they open a sentence or a headline. */
export const COMMON_WORDS = words(`a an the this that these those he she it they we i you his
her their its our my your him them us me but and or nor so yet however meanwhile in on at
for after before when while if as since there here also both some many most several
according despite although though then now last earlier later other another each one two
three four five what why how who whom whose where which with without within by from to of
into onto over under about above below between among during through throughout against
toward towards upon until unless because whether not no yes all any every such only just
even still already again once first second third new old more less much few next
following previous recent today yesterday tomorrow tonight monday tuesday wednesday
thursday friday saturday sunday january february march april may june july august
september october november december analysts officials experts critics sources reports
police authorities residents people observers investors fans workers many others meanwhile
nevertheless nonetheless furthermore moreover instead indeed perhaps overall thus
therefore hence besides finally ultimately initially currently recently separately
together similarly likewise elsewhere otherwise shortly soon will would could should can
may might must do does did is are was were be been being has have had`);

/** Particles that sit inside personal names ("Ursula von der Leyen", "Ludwig van Beethoven"). */
export const NAME_PARTICLES = words(`von van der den de da di du del della des la le ter ten bin
ibn al el dos das do y`);

/** Pronouns used for pronoun attribution of quotes. */
export const PERSON_PRONOUNS = words('he she');

/** Capitalised words that name things, never people or places ("James Webb Space Telescope"). */
// Not here: words that are also common names ("Bill", "Day", "Law", "Hall", "Church", "Song").
export const THING_WORDS = words(`space telescope station satellite rover probe prize award awards
act project program programme mission index report week cup trophy championship championships
league games olympics festival conference summit forum expo show agreement treaty accord
memorial museum library gallery theatre theater tower building palace cathedral mosque system
network platform protocol engine model series edition version album film movie book novel
magazine journal times review technica open tour prix marathon derby phone pad pod mac windows
office store app`);

/** Verbs that only people do, so a two-word name before them is a person ("Mbappé scored"). */
export const HUMAN_VERBS = words(`scored died resigned married smiled laughed wept tweeted
apologised apologized testified pleaded retired was born`);

/** Lower-case words inside a written title ("chief financial officer", "transport minister"). */
export const ROLE_MODIFIERS = words(`financial operating technology technical marketing
information foreign defence defense interior home finance economy economic health transport
trade energy environment education culture agriculture labour labor industry justice
communications commerce security intelligence military press media sales legal research
science medical lead team club national regional state federal general managing creative
sporting football campaign policy political deputy principal`);
