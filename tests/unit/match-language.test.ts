import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../lib/match';
import {
  DUTCH_TEXT,
  FERRY_A,
  FRENCH_TEXT,
  GERMAN_TEXT,
  POLISH_TEXT,
  RUSSIAN_TEXT,
  TURKISH_TEXT,
} from './match-fixtures';

describe('language detection', () => {
  it('tells English from other languages written in Latin script', () => {
    expect(detectLanguage(FERRY_A.text)).toEqual({ code: 'en', supported: true });
    expect(detectLanguage(FRENCH_TEXT)).toEqual({ code: 'fr', supported: true });
    expect(detectLanguage(GERMAN_TEXT)).toEqual({ code: 'de', supported: true });
    expect(detectLanguage(DUTCH_TEXT)).toEqual({ code: 'nl', supported: false });
  });

  it('tells Turkish and Polish, whose function words are few, by their letters too', () => {
    expect(detectLanguage(TURKISH_TEXT)).toEqual({ code: 'tr', supported: true });
    expect(detectLanguage(POLISH_TEXT)).toEqual({ code: 'pl', supported: true });
  });

  it('tells other scripts by their letters', () => {
    expect(detectLanguage(RUSSIAN_TEXT)).toEqual({ code: 'ru', supported: false });
    expect(
      detectLanguage(
        '北京时间今天上午，一艘渡轮在湖上倾覆，造成至少十七人死亡。救援人员从水中救出了大部分乘客。',
      ),
    ).toMatchObject({
      code: 'zh',
      supported: false,
    });
  });

  it('is not swayed by a few foreign words in an English text', () => {
    expect(detectLanguage(`${FERRY_A.text}\n— Володимир Зеленський (@ZelenskyyUa)`)).toEqual({
      code: 'en',
      supported: true,
    });
  });

  it('uses the primary subtag of a declared tag', () => {
    expect(detectLanguage(FERRY_A.text, 'pt-BR')).toEqual({ code: 'pt', supported: true });
    expect(detectLanguage(FERRY_A.text, 'nl-BE')).toEqual({ code: 'nl', supported: false });
    expect(detectLanguage(FRENCH_TEXT, 'EN')).toEqual({ code: 'en', supported: true });
  });

  it('gives up on a text too short to tell, without refusing it', () => {
    expect(detectLanguage('Breaking news')).toEqual({ code: null, supported: true });
  });

  it('refuses a long Latin-script text in no language it knows', () => {
    const text = 'Polisi wamesema kwamba feri hiyo ilikuwa imebeba abiria wengi kuliko uwezo wake. '.repeat(
      4,
    );
    expect(detectLanguage(text)).toEqual({ code: null, supported: false });
  });
});
