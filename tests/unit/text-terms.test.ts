import { describe, expect, it } from 'vitest';
import { numberValue } from '../../lib/text/numbers';
import { placeOf } from '../../lib/text/places';
import { stem } from '../../lib/text/stem';
import { terms } from '../../lib/text/tokens';

describe('terms', () => {
  it('keeps content words only, stemmed', () => {
    expect(terms('The soldiers were captured by the army')).toEqual(['trop', 'captur', 'armi']);
  });

  it('brings paraphrases and demonyms together', () => {
    expect(terms('Ukrainian nationals')).toEqual(terms('Ukraine citizens'));
    expect(terms('troops')).toEqual(terms('soldiers'));
  });

  it('brings spelling variants of names together', () => {
    expect(terms('Zelenskyy')).toEqual(terms('Zelensky'));
  });

  it('writes numbers in digits', () => {
    expect(terms('two men and 1,300 troops')).toEqual(['2', 'men', '1300', 'trop']);
  });

  it('knows the United States by its usual names', () => {
    expect(terms('the U.S.')).toEqual(['usa']);
    expect(terms('the US')).toEqual(['usa']);
    expect(terms('the United States')).toEqual(['usa']);
  });
});

describe('stem', () => {
  it('conflates inflections', () => {
    expect(new Set(['captured', 'capturing', 'capture', 'captures'].map(stem)).size).toBe(1);
    expect(stem('deployed')).toBe(stem('deployment'));
  });
});

describe('numberValue', () => {
  it('reads digits and words', () => {
    expect(numberValue('12,000')).toBe(12000);
    expect(numberValue('3.5')).toBe(3.5);
    expect(numberValue('two')).toBe(2);
    expect(numberValue('twenty-five')).toBe(25);
    expect(numberValue('troops')).toBeNull();
  });
});

describe('placeOf', () => {
  it('knows countries, demonyms and aliases', () => {
    expect(placeOf('Chinese')).toBe('China');
    expect(placeOf('North Korean')).toBe('North Korea');
    expect(placeOf('U.S.')).toBe('United States');
    expect(placeOf('Smith')).toBeNull();
  });
});
