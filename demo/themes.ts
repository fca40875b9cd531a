/**
 * How each demo site looks. The corpus outlets get a look of their own (colours, type,
 * layout) so the demo feels like browsing different sites; an outlet without an entry gets
 * a plain look under its own name, and an unknown outlet a neutral wire site that claims
 * no real name.
 */
import { slugify } from './html.ts';

export interface Theme {
  /** File name without ".html". */
  slug: string;
  /** The outlet's name for og:site_name and JSON-LD publisher; null when unknown. */
  siteName: string | null;
  /** The name in the masthead. */
  brand: string;
  tagline: string;
  sections: string[];
  /** Section label above the headline. */
  kicker: string;
  colors: {
    page: string;
    ink: string;
    muted: string;
    accent: string;
    headerBg: string;
    headerInk: string;
    rule: string;
  };
  fonts: { body: string; heading: string };
  masthead: 'left' | 'center';
  sidebar: 'left' | 'right';
}

const SERIF = 'Georgia, "Times New Roman", serif';
const SANS = '"Helvetica Neue", Arial, sans-serif';

type Look = Omit<Theme, 'slug' | 'siteName' | 'brand'>;

const LOOKS: Record<string, { slug: string; look: Look }> = {
  'The Moscow Times': {
    slug: 'moscow-times',
    look: {
      tagline: 'Independent news from Russia',
      sections: ['News', 'Business', 'Opinion', 'Arts and Life', 'Ukraine War', 'Podcasts'],
      kicker: 'Ukraine War',
      colors: {
        page: '#ffffff',
        ink: '#1b1b1b',
        muted: '#6b6b6b',
        accent: '#c8102e',
        headerBg: '#0f1b2d',
        headerInk: '#ffffff',
        rule: '#e3e3e3',
      },
      fonts: { body: SERIF, heading: SANS },
      masthead: 'left',
      sidebar: 'right',
    },
  },
  'The Guardian': {
    slug: 'guardian',
    look: {
      tagline: 'News provides the facts. We give them meaning.',
      sections: ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle', 'World', 'Europe'],
      kicker: 'Ukraine',
      colors: {
        page: '#ffffff',
        ink: '#121212',
        muted: '#707070',
        accent: '#c70000',
        headerBg: '#052962',
        headerInk: '#ffe500',
        rule: '#dcdcdc',
      },
      fonts: { body: SERIF, heading: SERIF },
      masthead: 'left',
      sidebar: 'right',
    },
  },
  'The New York Times': {
    slug: 'nytimes',
    look: {
      tagline: 'International Edition',
      sections: ['World', 'U.S.', 'Politics', 'N.Y.', 'Business', 'Opinion', 'Science', 'Arts'],
      kicker: 'Russia-Ukraine War',
      colors: {
        page: '#ffffff',
        ink: '#121212',
        muted: '#5a5a5a',
        accent: '#326891',
        headerBg: '#ffffff',
        headerInk: '#000000',
        rule: '#121212',
      },
      fonts: { body: SERIF, heading: SERIF },
      masthead: 'center',
      sidebar: 'right',
    },
  },
  'Latin Times': {
    slug: 'latin-times',
    look: {
      tagline: 'News for the Latino community',
      sections: ['Politics', 'World', 'Entertainment', 'Sports', 'Business', 'Immigration'],
      kicker: 'World',
      colors: {
        page: '#f6f6f6',
        ink: '#222222',
        muted: '#777777',
        accent: '#d6232a',
        headerBg: '#d6232a',
        headerInk: '#ffffff',
        rule: '#dddddd',
      },
      fonts: { body: SANS, heading: SANS },
      masthead: 'left',
      sidebar: 'left',
    },
  },
};

const PLAIN: Look = {
  tagline: 'News',
  sections: ['Home', 'World', 'Politics', 'Business', 'Opinion'],
  kicker: 'World',
  colors: {
    page: '#ffffff',
    ink: '#202020',
    muted: '#666666',
    accent: '#0b5fa5',
    headerBg: '#f2f2f2',
    headerInk: '#202020',
    rule: '#dddddd',
  },
  fonts: { body: SERIF, heading: SANS },
  masthead: 'left',
  sidebar: 'right',
};

/** The neutral site for articles whose outlet is unknown. Not a real outlet's name. */
export const WIRE_BRAND = 'Demo Wire';

const WIRE: Look = {
  tagline: 'Reports from around the world — a Parallax demo site',
  sections: ['Latest', 'World', 'Europe', 'Asia', 'Markets'],
  kicker: 'Breaking news',
  colors: {
    page: '#fbfbf8',
    ink: '#1e1e1e',
    muted: '#6f6f6f',
    accent: '#2f6f4e',
    headerBg: '#2f2f2f',
    headerInk: '#f5f5f5',
    rule: '#d9d9d0',
  },
  fonts: { body: SANS, heading: SANS },
  masthead: 'left',
  sidebar: 'right',
};

/** The theme of an outlet's demo page; null outlet -> the neutral wire site. */
export function themeFor(outlet: string | null): Theme {
  if (outlet === null) return { ...WIRE, slug: 'unattributed', siteName: null, brand: WIRE_BRAND };
  const known = LOOKS[outlet];
  return known
    ? { ...known.look, slug: known.slug, siteName: outlet, brand: outlet }
    : { ...PLAIN, slug: slugify(outlet), siteName: outlet, brand: outlet };
}

/** The fictional local paper of the demo's unrelated story. */
export const LEDGER_THEME: Theme = {
  slug: 'other-story',
  siteName: 'Harbor City Ledger',
  brand: 'Harbor City Ledger',
  tagline: 'Your city, every morning — a fictional paper of the Parallax demo',
  sections: ['Local', 'City Hall', 'Schools', 'Business', 'Sports', 'Opinion'],
  kicker: 'City Hall',
  colors: {
    page: '#fffdf7',
    ink: '#1d1d1d',
    muted: '#6a655a',
    accent: '#8a3b12',
    headerBg: '#fffdf7',
    headerInk: '#1d1d1d',
    rule: '#cfc6b4',
  },
  fonts: { body: SERIF, heading: SERIF },
  masthead: 'center',
  sidebar: 'right',
};
