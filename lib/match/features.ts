/**
 * What the matcher keeps of an article: its language, its terms (count, type, whether in the
 * headline) and its shingle fingerprint. One scan of the text serves all three; computed the
 * same way whether the article is the query or a corpus entry.
 */
import { detectLanguage, type LanguageInfo } from './language';
import { minhash } from './minhash';
import { plainWords, scanWords, tokenize, tokenizeHeadline, type TermType } from './tokens';

export interface TermStat {
  tf: number;
  type: TermType;
  head: boolean;
}

export interface ArticleFeatures {
  terms: Map<string, TermStat>;
  /** Key -> the word as first written, for explanations. */
  surfaces: Map<string, string>;
  fingerprint: number[];
}

export interface Analysis {
  language: LanguageInfo;
  /** Null when the language is not supported: nothing is matched. */
  features: ArticleFeatures | null;
}

function termsOf(
  title: string | null,
  body: ReturnType<typeof tokenize>,
): Omit<ArticleFeatures, 'fingerprint'> {
  const head = title ? tokenizeHeadline(title, body.stats) : [];
  const terms = new Map<string, TermStat>();
  const surfaces = new Map<string, string>();
  for (const t of body.tokens) {
    const s = terms.get(t.key);
    if (s) {
      s.tf++;
      if (t.type === 'name') s.type = 'name';
    } else terms.set(t.key, { tf: 1, type: t.type, head: false });
    if (!surfaces.has(t.key)) surfaces.set(t.key, t.surface);
  }
  for (const t of head) {
    const s = terms.get(t.key);
    if (s) s.head = true;
    else terms.set(t.key, { tf: 1, type: t.type, head: true });
    if (!surfaces.has(t.key)) surfaces.set(t.key, t.surface);
  }
  return { terms, surfaces };
}

/** Language, terms and fingerprint of an article (`lang` is the declared tag, if any). */
export function analyse(title: string | null, text: string, lang?: string | null): Analysis {
  const words = scanWords(text);
  const plain = plainWords(words);
  const language = detectLanguage(text, lang, plain);
  if (!language.supported) return { language, features: null };
  return { language, features: { ...termsOf(title, tokenize(words)), fingerprint: minhash(plain) } };
}
