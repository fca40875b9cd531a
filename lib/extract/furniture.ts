/**
 * Elements that are page furniture, not article text: by tag (figures and their captions,
 * asides, navigation, forms, embeds) or by a class or id word (share bars, newsletter boxes,
 * related links, comments, captions and credits). Readability keeps some of them.
 */

const SKIP_TAGS = new Set(
  'ASIDE BUTTON CANVAS FIGCAPTION FIGURE FORM IFRAME NAV NOSCRIPT OBJECT SCRIPT SELECT STYLE SVG svg TEMPLATE TEXTAREA'.split(
    ' ',
  ),
);

const WORDS = new Set(
  (
    'share sharing sharebar social newsletter newsletters subscribe subscription signup related recommended ' +
    'promo comment comments caption captions credit credits byline advert advertisement sponsored outbrain ' +
    'taboola paywall'
  ).split(' '),
);
/** `no-caption`, `has-comments`: class words that say something about the element, not what it is. */
const QUALIFIERS = new Set(['no', 'not', 'without', 'has', 'with', 'hide', 'show', 'enable', 'disable']);

export function isFurniture(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  const cls = el.getAttribute('class');
  return (cls !== null && namesFurniture(cls)) || (el.id !== '' && namesFurniture(el.id));
}

const memo = new Map<string, boolean>();

/** True when one of the space-separated names has a furniture word as a part (`share-bar`, `relatedLinks`). */
export function namesFurniture(names: string): boolean {
  const known = memo.get(names);
  if (known !== undefined) return known;
  let found = false;
  for (const token of names.split(/\s+/)) {
    const parts = token
      .replace(/([a-z])([A-Z])/g, '$1-$2')
      .toLowerCase()
      .split(/[-_]+/);
    if (parts[0] && QUALIFIERS.has(parts[0])) continue;
    if (parts.some((p) => WORDS.has(p))) {
      found = true;
      break;
    }
  }
  if (memo.size < 5000) memo.set(names, found);
  return found;
}
