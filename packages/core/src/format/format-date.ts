import type { ObservedAt } from '../schema/observation.js';
import type { Lang } from './format-number.js';

// The day is written by hand, not with Intl.DateTimeFormat: the first DateTimeFormat of a page
// loads the browser's calendar data, 20 to 35 ms before the first gauge can draw. These are the
// patterns Intl writes for vi-VN (2-digit day and month) and en-GB (short month) in UTC.
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

const UNDATED: Record<Lang, string> = { vi: 'không ghi ngày', en: 'undated' };

function day(date: string, lang: Lang): string {
  const time = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(time.getTime())) return date;
  const d = time.getUTCDate();
  const m = time.getUTCMonth();
  const y = time.getUTCFullYear();
  return lang === 'vi' ? `${d < 10 ? '0' : ''}${d}/${m < 9 ? '0' : ''}${m + 1}/${y}` : `${d} ${MONTHS_EN[m]} ${y}`;
}

/**
 * Writes when an observation holds: a day ('24/10/2024', '24 Oct 2024'), a period (a whole
 * calendar year as 'năm 2024' / '2024', else both ends), or 'không ghi ngày' / 'undated'.
 *
 * @example
 * ```ts
 * formatDate('2024-10-24');                                  // '24/10/2024'
 * formatDate('2024-10-24', { lang: 'en' });                  // '24 Oct 2024'
 * formatDate({ from: '2023-01-01', to: '2023-12-31' });      // 'năm 2023'
 * formatDate({ from: '2024-01-01', to: '2024-06-30' }, { lang: 'en' }); // '1 Jan 2024 – 30 Jun 2024'
 * formatDate('undated');                                     // 'không ghi ngày'
 * ```
 */
export function formatDate(date: ObservedAt, options: { lang?: Lang } = {}): string {
  const { lang = 'vi' } = options;
  if (date === 'undated') return UNDATED[lang];
  if (typeof date === 'string') return day(date, lang);
  const year = date.from.slice(0, 4);
  if (date.from === `${year}-01-01` && date.to === `${year}-12-31`) return lang === 'vi' ? `năm ${Number(year)}` : String(Number(year));
  return `${day(date.from, lang)} – ${day(date.to, lang)}`;
}
