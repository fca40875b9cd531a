/**
 * Single-paragraph boilerplate: page furniture that plain-text copies of news pages carry
 * along with the article (widgets, appeals, sign-ups, credits). Each rule is general, written
 * for the shapes these widgets take on any outlet's pages, and only matches short paragraphs,
 * so article prose is never mistaken for furniture.
 */

export type BoilerplateKind =
  | 'donation'
  | 'payment-widget'
  | 'newsletter'
  | 'read-more'
  | 'advertising'
  | 'share'
  | 'syndication'
  | 'copyright'
  | 'embed'
  | 'image-credit'
  | 'comments'
  | 'label';

interface Rule {
  kind: BoilerplateKind;
  /** Longest paragraph (in characters) the rule may remove. */
  maxLength: number;
  pattern: RegExp;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';

/** A time of day as updates give it: "9 p.m.", "2:52 p.m. ET". */
const TIME_OF_DAY = String.raw`\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?(?:\s+(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|UTC|BST))?`;
const UPDATE_WORD = String.raw`(?:UPDATE[SD]?|Update[sd]?)(?:\s+#?\d+(?!:))?`;

/**
 * The label an update opens with, ahead of its text: "UPDATE:", "UPDATE 2:52 p.m. --",
 * "Updated: ". A colon or a time must follow the word, so a sentence that starts with the
 * verb ("Update your browser") is not one.
 */
export const UPDATE_LABEL = new RegExp(
  String.raw`^${UPDATE_WORD}\s*(?::\s*(?:${TIME_OF_DAY}\s*(?:--|[—–:])\s*)?|,?\s+${TIME_OF_DAY}\s*(?:--|[—–:])\s*)`,
  'u',
);

/** The signature line under an embedded social post: "— Name (@handle) April 8, 2025". */
export const POST_SIGNATURE = new RegExp(
  `^[—–-]{1,2}\\s*[^\\n]{1,120}\\(@\\w{1,30}\\)\\s+${MONTH}\\s+\\d{1,2},\\s+\\d{4}$`,
  'u',
);

const RULES: Rule[] = [
  // "Support The Moscow Times!", "Support us", "Donate now", "Become a member today."
  { kind: 'donation', maxLength: 80, pattern: /^[Ss]upport (?:us|our \w+|\p{Lu}.*!)$/u },
  {
    kind: 'donation',
    maxLength: 80,
    pattern: /^(?:donate|make a donation|become a (?:member|supporter|patron)|give)(?: now| today)?[.!]?$/i,
  },
  { kind: 'donation', maxLength: 80, pattern: /^not ready to (?:support|donate|give|contribute)\b.*\?$/i },
  { kind: 'donation', maxLength: 40, pattern: /^(?:remind me later|maybe later|no,? thanks)[.!]?$/i },
  {
    kind: 'payment-widget',
    maxLength: 40,
    pattern:
      /^(?:once|one[- ]?time|single|monthly|annual(?:ly)?|yearly|weekly|continue|other amount|(?:paiment|payment) methods?|payment options?|[$€£]\s?\d+(?:[.,]\d+)?(?:\s?(?:\/|per)\s?(?:month|mo|year|yr))?)$/i,
  },
  {
    kind: 'newsletter',
    maxLength: 160,
    pattern: /^(?:sign up|subscribe|register)\b.{0,100}\bnewsletters?\b.{0,60}$/i,
  },
  {
    kind: 'newsletter',
    maxLength: 200,
    pattern: /^(?:subscribers agree to|by (?:signing up|subscribing)\b)/i,
  },
  {
    kind: 'newsletter',
    maxLength: 400,
    pattern: /^(?=.*\bnewsletters?\b)(?=.*\b(?:inbox|mailbox|sign up|subscribe|preview|delivered)\b).*$/i,
  },
  {
    kind: 'read-more',
    maxLength: 160,
    pattern:
      /^(?:read more|continue reading|read the full (?:story|article)|more on this story|(?:related|read also|see also|also read)\s*[:|–—-].*)[.:…]*$/i,
  },
  {
    kind: 'advertising',
    maxLength: 60,
    pattern:
      /^(?:advertising|advertisement|sponsored(?: content)?|story continues (?:below|after) (?:this )?(?:advertisement|ad))$/i,
  },
  {
    kind: 'share',
    maxLength: 60,
    pattern:
      /^(?:share(?: this)?(?: story| article| post)?|share on (?:facebook|x|twitter|linkedin|whatsapp|email)|copy link|print)$/i,
  },
  {
    kind: 'syndication',
    maxLength: 200,
    pattern:
      /^(?:this (?:article|story|piece|report) (?:was )?(?:originally |first )?(?:appeared|published|ran) (?:in|on|by)|(?:originally|first) published (?:in|on|by))\b.*$/i,
  },
  { kind: 'copyright', maxLength: 200, pattern: /^(?:©|\(c\)|copyright\b)/i },
  { kind: 'copyright', maxLength: 40, pattern: /^all rights reserved\.?$/i },
  // Embedded-post residue: a lone handle, the post's signature line, its image link.
  { kind: 'embed', maxLength: 40, pattern: /^@\w{1,30}$/ },
  { kind: 'embed', maxLength: 200, pattern: POST_SIGNATURE },
  { kind: 'embed', maxLength: 400, pattern: /\bpic\.twitter\.com\/\w+/i },
  {
    kind: 'image-credit',
    maxLength: 160,
    pattern: /^(?:photo|image|picture|photograph|illustration|graphic|credit)s?\s*(?::|by\b|credits?\b)/i,
  },
  {
    kind: 'image-credit',
    maxLength: 100,
    pattern: /^(?:getty images|reuters|ap photo|afp|epa|shutterstock|alamy)\b[^.]*$/i,
  },
  // A label left alone on its line: "UPDATE:", "Correction: December 1, 2010", and the line
  // announcing a correction notice.
  {
    kind: 'label',
    maxLength: 40,
    pattern: new RegExp(String.raw`^${UPDATE_WORD}\s*[:—–-]*\s*(?:${TIME_OF_DAY})?\s*[:—–-]*$`, 'u'),
  },
  {
    kind: 'label',
    maxLength: 60,
    pattern: new RegExp(
      String.raw`^(?:corrections?|clarifications?|editor['’]?s note)\s*:?\s*(?:${MONTH}\s+\d{1,2},?\s+\d{4})?\.?$`,
      'iu',
    ),
  },
  {
    kind: 'label',
    maxLength: 160,
    pattern: /^this (?:post|article|story|report) has been (?:revised|updated|corrected)\b[^.!?]*[.:]?$/i,
  },
  {
    kind: 'comments',
    maxLength: 40,
    pattern: /^(?:\d+\s+)?(?:comments?|show comments|view comments|leave a comment)(?:\s*\(\d+\))?$/i,
  },
];

/** The kind of boilerplate a paragraph is, or null when it is (or may be) article text. */
export function boilerplateKind(paragraph: string): BoilerplateKind | null {
  for (const rule of RULES) {
    if (paragraph.length <= rule.maxLength && rule.pattern.test(paragraph)) return rule.kind;
  }
  return null;
}
