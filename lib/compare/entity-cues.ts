/** Word lists that tell what kind of thing a capitalized name is. */

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Titles before a person's name ("Foreign Minister", "Gen.", "Sen."), lowercase. */
export const PERSON_TITLES = set(`president vice prime minister foreign defense defence interior
secretary state chancellor premier king queen prince princess pope sen senator rep
representative gov governor mayor gen general col colonel lt lieutenant maj major capt captain
sgt sergeant adm admiral cmdr commander chief judge justice ambassador envoy spokesman
spokeswoman spokesperson speaker leader chairman chairwoman chair director dr prof mr mrs ms
minister deputy attorney sheriff officer commissioner lord sir dame rev reverend bishop cardinal
archbishop first lady former then-foreign then-president acting supreme ceo founder coach
presidents ministers senators governors generals leaders secretaries chairmen reps sens`);

/** Titles that only say how to address someone. */
export const HONORIFICS = set('mr mrs ms dr prof sir dame lord rev');

/** Capitalized words that never belong to a person's name ("Arizona Republican"). */
export const NOT_IN_NAMES = set(`republican republicans democrat democrats democratic conservative
conservatives liberal liberals federal national international congressional presidential
american americans administration united`);

/** Capitalized words that do not open a person's name ("Super Bowl", "New Deal"). */
export const NOT_FIRST_NAMES = set(`super new old great grand big little central north south east
west northern southern eastern western upper lower holy supreme first second third fort mount
lake port san santa los las saint st center centre operation project day`);

/** Words that make a capitalized name an organization. */
export const ORG_WORDS = set(`committee party council service services ministry department agency
office army forces force brigade battalion regiment navy guard police bank university college
school times post news press journal herald tribune telegraph guardian gazette company corp
corporation inc ltd llc plc group association union court senate house congress parliament
assembly administration commission federation institute foundation organization organisation
network church fund board bureau authority authorities command centre center club league
coalition alliance nations legislature cabinet kremlin pentagon nato un eu reuters cnn bbc ap afp duma
secretariat tribunal caucus campaign standard magazine review daily weekly monthly observer
examiner chronicle inquirer register qaeda qaida taliban hamas hezbollah isis isil report wire
action entertainment corps reserve reserves parties pac firm stores media hotline airlines motors
industries studios`);

/** Last words of a structure's name, kept in it ("George Washington Bridge"). */
export const STRUCTURE_SUFFIXES = set('bridge building memorial tunnel plaza stadium tower highway');

/** Names that are no person, place or organization: laws, storms, polls ("Civil Rights Act", "Title VII"). */
export const NOT_ENTITIES =
  /(?:^(?:hurricane|tropical|title|operation)\s)|(?:\s(?:act|amendment|treaty|doctrine|poll|accords?)$)/i;

/** Titles that also open a company's name ("General Electric"): alone before one word, no person. */
export const COMPANY_TITLES = set('general first chief supreme state national');

/** Capitalized words after a name that make it a place ("Donetsk Oblast", "Kursk Region"). */
export const PLACE_SUFFIXES = set(`oblast region province county state district city island
islands river valley mountains mountain sea ocean bay gulf peninsula strait street square
avenue airport border krai republic territory`);

/** Lowercase words after a name that make it a place ("the Donetsk region"). */
export const PLACE_AFTER = set('region oblast province county district krai border area city');

/** Words before a name that make it a place ("the villages of", "near", "in the town of"). */
export const PLACE_BEFORE =
  /\b(?:villages?|towns?|cit(?:y|ies)|regions?|provinces?|settlements?|hamlets?|districts?|port)\s+of\s+$/iu;

/** Reporting verbs that follow or precede a speaker. */
export const SPEECH_VERBS = set(`said says say added adds wrote writes told tells stated states
declared declares asked asks argued argues warned warns noted notes explained explains insisted
insists claimed claims continued replied responded tweeted posted announced accused called urged
suggested acknowledged conceded recalled emphasized stressed remarked observed predicted vowed
promised admitted testified confirmed agreed complained cautioned contended countered joked
quipped shouted wondered underscored reiterated demanded demands summarized concluded answered
retorted scoffed lamented charged maintained proclaimed posited exclaimed boasted pledged cracked
mused`);

/** Words that may link capitalized words inside one name ("Bart De Wever", "Security Service of Ukraine"). */
export const NAME_CONNECTORS = set('de da di del der van von bin ibn al el la le du dos');
