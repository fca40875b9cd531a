/**
 * Frequent English and newsroom words: they carry little about which event a text reports, so
 * they weigh less than rarer words when the corpus is too small to tell by itself (a corpus of
 * five articles of one story cannot say that "said" is common). Written by hand from general
 * knowledge of English news prose; keys are normalized at first use.
 */
import { termKey } from './normalize';

const WORDS = `
able accord according account across act action actually add added adding administration
advance affair age agency ago agree ahead aid air allow almost alone along already although
always america american among amount announce announced announcement another answer anyone
anything appear approach april area argue around arrive article ask asked attack attempt
attention august authority available away back bad base based become began begin behind
believe best better big bill billion black board body book bring brought build business buy
call called came campaign candidate care carry case cause center central certain chairman
challenge chance change charge chief child children choice citizen city claim clear close
come comment committee community company concern condition conference congress consider
continue control cost could council country course court cover create crisis critic current
cut daily data date day days deal death debate december decide decision deep defense degree
department describe despite detail develop development die different director discuss
district early east economic economy editor education effort eight election eleven else
email end enough entire especially even evening event every everyone evidence exactly
example expect expected experience expert explain face fact failed fall family far father
february federal feel fight figure file final finally financial find fine fire first five
focus follow following force foreign form former forward four free friday friend full fund
future game general get give given go going good government great group grow growing half
hand happen happened hard head health hear heard help high history hit hold home hope hour
hours house however huge human idea important include including increase information inside
instead interest international interview issue january job join july june keep key kind
know known large last late later law lead leader leaders least leave left less level life
light likely line list little live local long look lose lot low made major majority make
making man many march matter may mean measure media medium meet meeting member men message
middle might military million minister minute miss moment monday money month months morning
move much name nation national near nearly need never new news next night nine no-one
north november number october offer office officer official officials often old one online
open operation opinion order organization others outside part party past pay people percent
perhaps period person place plan play point police policy political politics position
possible post power present president press pressure private probably problem process
program provide public push put question quickly race raise rather reach read ready real
really reason receive recent recently record region release remain remark report reported
reporter reporters reports republic require response rest result return reuters right rise
role room rule run said saturday say saying says school second secretary security see seek
seem seen send senior sense september series serve service set seven several share short
show side sign significant similar simply since situation six small social someone something
sometimes soon source south speak special spokesman spokeswoman staff stand start state
statement states stay step still stop story strong subject suggest sunday support sure
system take taken talk team tell ten term thing think third thousand three thursday time
times today together told top toward towards tuesday turn twitter two understand united
unit use used vote want war watch water way website wednesday week weekend weeks well went
west whole wide woman women word work world write wrote year years yesterday young
mr mrs ms dr sen rep gov jr
ambassador captain chancellor colonel commander commissioner congressman congresswoman
councillor deputy general governor judge justice king lieutenant mayor minister premier
presiden prime prince princess queen senator sergeant sheriff spokesperson representative
bay beach bridge county district gulf hill island lake mount mountain ocean park port
province region regional river road sea square street valley
east eastern north northern south southern west western central
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
`;

let keys: ReadonlySet<string> | null = null;

/** True when `key` (a normalized term key) is a frequent word. */
export function isCommonKey(key: string): boolean {
  keys ??= new Set(WORDS.split(/\s+/).filter(Boolean).map(termKey));
  return keys.has(key);
}
