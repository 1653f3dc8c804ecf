import type { Lang, ValidationIssue } from '@hn-cds/core';
import { both, fill, say, type MessageKey } from '../shared/messages.js';

/**
 * What can go wrong, as the `code` of a `cds-error` event.
 *
 * @example
 * ```ts
 * CDS_ERROR_CODES.includes(event.detail.code); // true for every cds-error
 * ```
 */
export const CDS_ERROR_CODES = [
  'invalid_attribute',
  'missing_data',
  'no_dataset',
  'unknown_indicator',
  'choose_indicator',
  'invalid_payload',
  'http_error',
  'timeout',
  'network_error',
  'payload_too_large',
  'render_failed',
] as const;
/** What can go wrong, as the `code` of a `cds-error` event. */
export type CdsErrorCode = (typeof CDS_ERROR_CODES)[number];

/**
 * The detail of a `cds-error` event: what is missing or wrong, in Vietnamese and English, and
 * the facts behind it. The element shows the message in the page's language and keeps its last
 * good render.
 *
 * @example
 * ```ts
 * gauge.addEventListener('cds-error', (event) => {
 *   const { code, message, attribute, received } = event.detail;
 *   // 'invalid_attribute', { vi: 'Giá trị của thuộc tính value…', en: 'The value attribute…' }, 'value', '93,15'
 * });
 * ```
 */
export interface CdsErrorDetail {
  code: CdsErrorCode;
  message: { vi: string; en: string };
  /** The attribute at fault, for `invalid_attribute`. */
  attribute?: string;
  /** What the attribute held, as text. */
  received?: string;
  /** The `src` being loaded, for payload and network errors. */
  url?: string;
  /** The HTTP status, for `http_error`. */
  status?: number;
  /** What the validator found, for `invalid_payload`. */
  issues?: ValidationIssue[];
}

/** The largest figure the element accepts; anything larger is almost certainly a typo. */
export const MAX_FIGURE = 1e12;

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Builds the detail of an `invalid_attribute` error. */
export function invalidAttribute(attribute: string, received: string, reason: MessageKey, ...args: Array<string | number>): CdsErrorDetail {
  const shown = received.length > 40 ? `${received.slice(0, 40)}…` : received;
  return {
    code: 'invalid_attribute',
    attribute,
    received,
    message: both((lang) => say(lang, 'invalidAttribute', attribute, shown, say(lang, reason, ...args))),
  };
}

// A property set from script can hold anything; these say what it held instead of "[object Object]".
const WORDS = {
  vi: {
    notText: 'Thuộc tính {0} nhận {1}, không phải văn bản hay số. {2}',
    object: 'một đối tượng',
    array: 'một mảng',
    boolean: 'một giá trị đúng/sai',
    bigint: 'một số BigInt',
    symbol: 'một symbol',
    function: 'một hàm',
  },
  en: {
    notText: 'The {0} property was given {1}, not text or a number. {2}',
    object: 'an object',
    array: 'an array',
    boolean: 'a boolean',
    bigint: 'a BigInt',
    symbol: 'a symbol',
    function: 'a function',
  },
} as const satisfies Record<Lang, Record<string, string>>;

type Kind = Exclude<keyof (typeof WORDS)['en'], 'notText'>;

/** The kind of a value that is not text, a number or nothing, else `undefined`. */
function kindOf(input: unknown): Kind | undefined {
  if (input == null || typeof input === 'string' || typeof input === 'number') return undefined;
  if (Array.isArray(input)) return 'array';
  const type = typeof input;
  return type === 'boolean' || type === 'bigint' || type === 'symbol' || type === 'function' ? type : 'object';
}

/** The detail of an `invalid_attribute` error for a property that holds neither text nor a number. */
function notText(attribute: string, kind: Kind, reason: MessageKey, ...args: Array<string | number>): CdsErrorDetail {
  return {
    code: 'invalid_attribute',
    attribute,
    received: WORDS.en[kind],
    message: both((lang) => fill(WORDS[lang].notText, [attribute, WORDS[lang][kind], say(lang, reason, ...args)])),
  };
}

/** An attribute's text, trimmed; `undefined` for a property that holds neither text nor a number. */
function textOf(input: unknown): string | undefined {
  return kindOf(input) ? undefined : String(input ?? '').trim();
}

/** A non-negative figure written with a decimal point, or why it is not one. */
export function readFigure(attribute: string, input: unknown): number | CdsErrorDetail {
  const kind = kindOf(input);
  if (kind) return notText(attribute, kind, 'expectNumber');
  const text = typeof input === 'number' ? String(input) : String(input ?? '').trim();
  const value = typeof input === 'number' ? input : NUMBER.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(value)) return invalidAttribute(attribute, text, 'expectNumber');
  if (value < 0) return invalidAttribute(attribute, text, 'expectNonNegative');
  if (value > MAX_FIGURE) return invalidAttribute(attribute, text, 'expectAtMost', MAX_FIGURE.toExponential());
  // -0 is a figure of zero; keeping its sign would print "-0".
  return value === 0 ? 0 : value;
}

/** A target year from 1900 to 2200, or why it is not one. */
export function readYear(attribute: string, input: unknown): number | CdsErrorDetail {
  const text = textOf(input);
  if (text === undefined) return notText(attribute, kindOf(input)!, 'expectYear');
  const year = /^\d{4}$/.test(text) ? Number(text) : Number.NaN;
  return year >= 1900 && year <= 2200 ? year : invalidAttribute(attribute, text, 'expectYear');
}

/** A calendar date `YYYY-MM-DD` that exists, or why it is not one. */
export function readDate(attribute: string, input: unknown): string | CdsErrorDetail {
  const text = textOf(input);
  if (text === undefined) return notText(attribute, kindOf(input)!, 'expectDate');
  const time = DATE.test(text) ? Date.parse(`${text}T00:00:00Z`) : Number.NaN;
  const valid = Number.isFinite(time) && new Date(time).toISOString().startsWith(text);
  return valid ? text : invalidAttribute(attribute, text, 'expectDate');
}

/** One of a list of words, or why it is not one. */
export function readChoice<T extends string>(attribute: string, input: unknown, choices: readonly T[]): T | CdsErrorDetail {
  const text = textOf(input);
  if (text === undefined) return notText(attribute, kindOf(input)!, 'expectOneOf', choices.join(', '));
  return (choices as readonly string[]).includes(text) ? (text as T) : invalidAttribute(attribute, text, 'expectOneOf', choices.join(', '));
}

/** How long a `src` may take to load by default, in milliseconds. */
export const DEFAULT_TIMEOUT = 10_000;

/** The longest delay a browser timer keeps (2³¹−1 ms, about 24.8 days); longer ones fire at once. */
export const MAX_TIMEOUT = 2 ** 31 - 1;

/**
 * The `timeout` to use, in milliseconds: a positive number as given, capped at {@link MAX_TIMEOUT}
 * (browsers wrap longer delays, which would fire almost at once); anything else (0, a negative
 * number, NaN, text that is not a number) means {@link DEFAULT_TIMEOUT}, with no error, since the
 * gauge can still load its `src`.
 *
 * @example
 * ```ts
 * readTimeout(3000); // 3000
 * readTimeout(2147483648); // 2147483647
 * readTimeout(-1); // 10000
 * readTimeout(Number.NaN); // 10000
 * ```
 */
export function readTimeout(input: unknown): number {
  const value = typeof input === 'number' ? input : typeof input === 'string' && input.trim() !== '' ? Number(input) : Number.NaN;
  if (Number.isNaN(value) || value <= 0) return DEFAULT_TIMEOUT;
  return Math.min(value, MAX_TIMEOUT);
}

/** Whether a reader returned a problem rather than a value. */
export function isProblem(result: unknown): result is CdsErrorDetail {
  return typeof result === 'object' && result !== null && 'code' in result;
}

/** Builds the detail of any error other than an invalid attribute. */
export function problem(code: CdsErrorCode, key: MessageKey, facts: Omit<CdsErrorDetail, 'code' | 'message'> = {}, ...args: Array<string | number>): CdsErrorDetail {
  return { code, message: both((lang) => say(lang, key, ...args)), ...facts };
}

/** Today in the page's time zone, as `YYYY-MM-DD`. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
