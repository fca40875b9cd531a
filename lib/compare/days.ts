/**
 * Days stated in a sentence: weekdays ("on Monday", "Tuesday night") and calendar dates
 * ("April 8", "8 April 2025"). A date is turned into its weekday when the year is known, so
 * "April 8" and "Tuesday" can be compared.
 */
import { words, type Word } from '../text/tokens';

export interface DayMention {
  /** What can be compared: a weekday name, or the date when its weekday is unknown. */
  day: string;
  /** As it reads: "Monday", "April 8 (Tuesday)". */
  display: string;
  /** Index of the day's first word among the sentence's words. */
  at: number;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Month names and abbreviations ("Apr", "Sept") -> month index. */
const MONTHS = new Map<string, number>();
MONTH_NAMES.forEach((m, i) => {
  for (let n = 3; n <= m.length; n++) MONTHS.set(m.slice(0, n), i);
});

/** Month index of a capitalized month name or abbreviation, or -1. */
function monthOf(word: string | undefined): number {
  return word === undefined ? -1 : (MONTHS.get(word) ?? -1);
}

/** Days named in `text`; `year` is the publication year, used when the text gives none. */
export function findDays(text: string, year: number | null, ws: Word[] = words(text)): DayMention[] {
  const out: DayMention[] = [];
  ws.forEach((w: Word, i) => {
    const weekday = WEEKDAYS.find((d) => d === w.text);
    if (weekday) {
      out.push({ day: weekday, display: weekday, at: i });
      return;
    }
    const month = monthOf(w.text);
    if (month < 0 || (w.text === 'May' && !/^\d/.test(ws[i + 1]?.text ?? ''))) return;
    const next = ws[i + 1]?.text ?? '';
    const prev = ws[i - 1]?.text ?? '';
    const dayNumber = /^\d{1,2}$/.test(next) ? Number(next) : /^\d{1,2}$/.test(prev) ? Number(prev) : null;
    if (dayNumber === null || dayNumber < 1 || dayNumber > 31) return;
    const afterDay = /^\d{1,2}$/.test(next) ? ws[i + 2]?.text : next;
    const y = /^\d{4}$/.test(afterDay ?? '') ? Number(afterDay) : year;
    const label = `${MONTH_NAMES[month]} ${dayNumber}`;
    if (y === null) {
      out.push({ day: label, display: label, at: i });
      return;
    }
    const weekdayOf = WEEKDAYS[new Date(Date.UTC(y, month, dayNumber)).getUTCDay()] ?? label;
    out.push({ day: weekdayOf, display: `${label} (${weekdayOf})`, at: i });
  });
  return out;
}
