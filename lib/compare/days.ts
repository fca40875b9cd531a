/**
 * Days stated in a sentence: weekdays ("on Monday", "Tuesday night") and calendar dates
 * ("April 8", "8 April 2025", "Sept. 11"). A date gets its weekday when the year is known (or
 * inferred from the publication date: the most recent such date not after it), so "April 8"
 * and "Tuesday" can be compared.
 */
import { words, type Word } from '../text/tokens';

export interface DayMention {
  /** "April 8", or null for a weekday alone. */
  date: string | null;
  /** "Tuesday", or null when a date's year is unknown. */
  weekday: string | null;
  /** As it reads: "Monday", "April 8 (Tuesday)". */
  display: string;
  /** Index of the day's first word among the sentence's words. */
  at: number;
}

const WEEKDAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');
const MONTH_NAMES =
  'January February March April May June July August September October November December'.split(' ');

/** Month names and abbreviations ("Apr", "Sept") -> month index. */
const MONTHS = new Map<string, number>();
MONTH_NAMES.forEach((m, i) => {
  for (let n = 3; n <= m.length; n++) MONTHS.set(m.slice(0, n), i);
});

const DAY_NUMBER = /^\d{1,2}$/;

/** Days named in `text`; `published` (ISO date) dates the text when it gives no year. */
export function findDays(text: string, published: string | null, ws: Word[] = words(text)): DayMention[] {
  const out: DayMention[] = [];
  const pub = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  ws.forEach((w: Word, i) => {
    const c = w.text.charCodeAt(0);
    if (c < 65 || c > 90) return;
    if (WEEKDAYS.includes(w.text)) {
      out.push({ date: null, weekday: w.text, display: w.text, at: i });
      return;
    }
    const month = MONTHS.get(w.text);
    if (month === undefined) return;
    const next = ws[i + 1]?.text ?? '';
    const prev = ws[i - 1]?.text ?? '';
    const day = DAY_NUMBER.test(next) ? Number(next) : DAY_NUMBER.test(prev) ? Number(prev) : 0;
    if (day < 1 || day > 31) return;
    const afterDay = DAY_NUMBER.test(next) ? ws[i + 2]?.text : next;
    let year = /^\d{4}$/.test(afterDay ?? '') ? Number(afterDay) : null;
    if (year === null && pub) {
      const later = month + 1 > Number(pub[2]) || (month + 1 === Number(pub[2]) && day > Number(pub[3]));
      year = Number(pub[1]) - (later ? 1 : 0);
    }
    const date = `${MONTH_NAMES[month]} ${day}`;
    const weekday =
      year === null ? null : (WEEKDAYS[new Date(Date.UTC(year, month, day)).getUTCDay()] ?? null);
    out.push({ date, weekday, display: weekday ? `${date} (${weekday})` : date, at: i });
  });
  return out;
}
