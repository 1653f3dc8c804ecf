/** Text in both languages of the project. */
export type Bilingual = { vi: string; en: string };

const MAX_TEXT = 40;

/** A string quoted as JSON, cut to a readable length. */
export function quote(text: string): string {
  return text.length > MAX_TEXT ? `${JSON.stringify(text.slice(0, MAX_TEXT))}…` : JSON.stringify(text);
}

/**
 * A short description of a value already copied as data by `snapshot` (so reading it has no side
 * effects): `the string "93,15"`, `an array of 3 items`, `null`. Never a dump of the value.
 */
export function describeValue(value: unknown): Bilingual {
  if (value === undefined) return { en: 'nothing (the field is missing)', vi: 'trường trống (bị thiếu)' };
  if (value === null) return { en: 'null', vi: 'null' };
  if (typeof value === 'string') {
    return value === '' ? { en: 'an empty string', vi: 'một chuỗi rỗng' } : { en: `the string ${quote(value)}`, vi: `chuỗi ${quote(value)}` };
  }
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return { en: 'NaN', vi: 'NaN' };
    if (!Number.isFinite(value)) return { en: String(value), vi: String(value) };
    return { en: `the number ${value}`, vi: `số ${value}` };
  }
  if (typeof value === 'boolean') return { en: `the boolean ${value}`, vi: `giá trị logic ${value}` };
  if (Array.isArray(value)) {
    const n = value.length;
    if (n === 0) return { en: 'an empty array', vi: 'một mảng rỗng' };
    return { en: `an array of ${n} item${n === 1 ? '' : 's'}`, vi: `một mảng ${n} phần tử` };
  }
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) return { en: 'an empty object', vi: 'một đối tượng rỗng' };
    const shown = keys.slice(0, 3).map(quote).join(', ') + (keys.length > 3 ? ', …' : '');
    return { en: `an object with keys ${shown}`, vi: `một đối tượng có các khóa ${shown}` };
  }
  return { en: `a ${typeof value}`, vi: `một giá trị kiểu ${typeof value}` };
}
