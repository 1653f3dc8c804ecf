export { formatNumber, LOCALES } from './format/format-number.js';
export type { FormatNumberOptions, Lang } from './format/format-number.js';
