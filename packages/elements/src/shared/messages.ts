import type { Lang } from '@hn-cds/core';

/**
 * The element's own words (states, errors, captions); every figure and verdict comes from core.
 * The payload loader keeps its words in its own chunk.
 */
export const MESSAGES = {
  vi: {
    loading: 'Đang tải số liệu…',
    asOf: 'Số liệu ngày',
    undated: 'Số liệu không ghi ngày',
    source: 'Nguồn',
    expected: 'Mức cần đạt hôm nay',
    noData: 'Chưa có số liệu',
    missing: 'Chưa có dữ liệu để hiển thị: cần thuộc tính indicator, src hoặc value.',
    noDataset: 'Chưa nạp bộ dữ liệu nào, nên không tra được chỉ số “{0}”. Trong ứng dụng, thêm import \'@hn-cds/elements/hanoi\'; trên trang web, dùng hn-cds.min.js; hoặc thêm thuộc tính src.',
    unknownIndicator: 'Không tìm thấy chỉ số “{0}” trong bộ dữ liệu.',
    chooseIndicator: 'Tệp dữ liệu có nhiều chỉ số: hãy chọn một bằng thuộc tính indicator.',
    invalidAttribute: 'Giá trị của thuộc tính {0} không hợp lệ: “{1}”. {2}',
    renderFailed: 'Không hiển thị được chỉ số này.',
    stale: 'Đang hiển thị số liệu trước đó.',
    expectNumber: 'Cần một số viết bằng dấu chấm thập phân, ví dụ 93.15.',
    expectNonNegative: 'Cần một số không âm.',
    expectAtMost: 'Số quá lớn: tối đa {0}.',
    expectYear: 'Cần một năm từ 1900 đến 2200.',
    expectDate: 'Cần một ngày dạng YYYY-MM-DD.',
    expectOneOf: 'Cần một trong: {0}.',
  },
  en: {
    loading: 'Loading figures…',
    asOf: 'Figures as of',
    undated: 'Figure undated',
    source: 'Source',
    expected: 'Expected today',
    noData: 'No figure yet',
    missing: 'Nothing to show yet: set the indicator, src or value attribute.',
    noDataset: 'No dataset is loaded, so indicator “{0}” cannot be looked up. In an app, add import \'@hn-cds/elements/hanoi\'; in a page, use hn-cds.min.js; or add a src attribute.',
    unknownIndicator: 'Indicator “{0}” is not in the dataset.',
    chooseIndicator: 'The data file has several indicators: choose one with the indicator attribute.',
    invalidAttribute: 'The {0} attribute is not valid: “{1}”. {2}',
    renderFailed: 'This indicator cannot be shown.',
    stale: 'Showing the previous figures.',
    expectNumber: 'Expected a number written with a decimal point, e.g. 93.15.',
    expectNonNegative: 'Expected a number that is not negative.',
    expectAtMost: 'The number is too large: at most {0}.',
    expectYear: 'Expected a year from 1900 to 2200.',
    expectDate: 'Expected a date written YYYY-MM-DD.',
    expectOneOf: 'Expected one of: {0}.',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** A key of the element's own words. */
export type MessageKey = keyof (typeof MESSAGES)['en'];

/** A sentence with `{0}`, `{1}`… filled in. */
export function fill(text: string, args: Array<string | number>): string {
  return text.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

/** One of the element's own sentences in a language, with `{0}`, `{1}`… filled in. */
export function say(lang: Lang, key: MessageKey, ...args: Array<string | number>): string {
  return fill(MESSAGES[lang][key], args);
}

/** Text in both languages, as the `cds-error` event carries it. */
export function both(text: (lang: Lang) => string): { vi: string; en: string } {
  return { vi: text('vi'), en: text('en') };
}
