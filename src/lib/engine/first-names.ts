/**
 * Common given names across languages, lower case. A capitalised pair that starts with one of
 * these is read as a person even without a title. The list is a hint, not a gate: names in no
 * list are found through titles, speech verbs and appositions.
 */
export const FIRST_NAMES = new Set(
	`aaron abdul abdullah abe abraham adam adrian ahmed ahmad aidan alan albert alberto alex
alexander alexandra alexei alexis alfred ali alice alicia alison amanda amber amelia amy ana
andrea andreas andrei andres andrew andy angela angelina anita ann anna anne annie anthony
antoine antonio ariana arnold arthur ashley aung barack barbara barry ben benjamin benoit
bernard bernie beth betty bill billy bob bobby boris brad bradley brandon brenda brian
bruce bruno bryan carl carla carlos carmen carol caroline catherine cathy charles charlie
charlotte cheryl chris christian christina christine christopher chuck cindy claire
claude claudia clint colin connor craig cristiano cynthia dan daniel daniela danny darren
dave david dean deborah denis dennis derek diana diane diego dimitri dmitry dominic donald
donna doug douglas dylan ed eddie edgar edward elena eli elijah elizabeth ellen elon emily
emma emmanuel eric erik erin ernest ethan eugene eva evan fatima felipe felix fernando fiona
francesca francis francisco frank franz fred frederick gabriel gary gavin geoffrey george
georgia gerald gerhard giorgia giovanni giuseppe gordon grace graham greg gregory guido
gustavo hannah hans harold harry heather hector heidi helen helmut henry hillary hiroshi
howard hugh hugo ian igor ingrid irene isaac isabel isabella ivan jack jackie jacob jacques
jake james jamie jane janet janice jared jason javier jay jean jeff jeffrey jennifer jenny
jeremy jerome jerry jesse jessica jesus jill jim jimmy jo joan joanna joe joel johann john
johnny jon jonathan jordan jorge jose josef joseph josh joshua juan judith judy julia julian
julie justin kamala karen karl kate katherine kathleen kathy katie keir keith kelly ken kenji
kenneth kevin kimberly kirk klaus kurt kyle lance larry laura lauren lawrence lee leo
leon leonardo lewis liam lily linda lionel lisa liz lorenzo louis louise lucas lucy luis luke
luiz lynn magnus malcolm marc marco marcus margaret maria marie marina mario mark marta martin
mary mathieu matt matthew maurice max maria megan melania melissa michael michel michelle
miguel mike mikhail miriam mitch mohamed mohammad mohammed monica nancy naomi narendra natalia
natalie nathan neil nicholas nick nicola nicolas nicole nikolai noah noel norman olaf
olga oliver olivia omar oscar owen pablo pamela patricia patrick paul paula pedro peggy
penny peter phil philip philippe pierre rachel rafael ralph ramon randy raul ray raymond
rebecca richard rick rishi rita rob robert roberto robin rodrigo roger roland ron ronald rosa
ross roy ruby russell ruth ryan sally sam samantha samuel sandra sandy sara sarah scott
sean sebastian serena sergei sergey shane sharon shawn sheila shinzo silvio simon
sofia sophia sophie stacy stanley stefan stella stephanie stephen steve steven stuart susan
suzanne sylvia tamara tanya ted teresa terry thabo theresa thomas tiffany tim timothy tina
todd tom tommy tony tracy travis troy tyler ursula valentina valerie vanessa victor victoria
vincent viktor vivian vladimir volodymyr walter wayne wendy werner will william
willie wolfgang xavier yasmin yoshihide yuki yuri yusuf zachary zoe`
		.split(/\s+/)
		.filter(Boolean)
);

/** Given names read as female, for pronoun agreement ("she"). Anything else is unknown. */
export const FEMALE_NAMES = new Set(
	`alice alicia alison amanda amber amelia amy ana andrea angela angelina anita ann anna anne
annie ariana ashley barbara beth betty brenda carla carmen carol caroline catherine cathy
charlotte cheryl christina christine cindy claire claudia cynthia daniela deborah diana diane
donna elena elizabeth ellen emily emma erin eva fatima fiona francesca georgia giorgia grace
hannah heather heidi helen hillary ingrid irene isabel isabella jackie jane janet janice
jennifer jenny jessica jill joan joanna judith judy julia julie kamala karen kate katherine
kathleen kathy katie kelly kimberly laura lauren linda lisa liz louise lucy lynn margaret
maria marie marina marta mary megan melania melissa michelle miriam monica nancy naomi natalia
natalie nicole olga olivia pamela patricia paula peggy penny rachel rebecca rita rosa
ruby ruth sally samantha sandra sara sarah serena sharon sheila sofia sophia sophie stacy
stella stephanie susan suzanne sylvia tamara tanya teresa theresa tiffany tina tracy ursula
valentina valerie vanessa victoria vivian wendy yasmin zoe`
		.split(/\s+/)
		.filter(Boolean)
);
