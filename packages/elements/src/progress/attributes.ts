import type { ValidationIssue } from '@hn-cds/core';
import { both, say, type MessageKey } from '../shared/messages.js';

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

/**
 * An attribute's text, trimmed. A property set from script may hold an object or an array: it
 * reads as `{…}`, never "[object Object]" (and a throwing `toString` is never called).
 */
export function textOf(input: unknown): string {
  return typeof input == 'object' && input ? '{…}' : String(input ?? '').trim();
}

/** A non-negative figure written with a decimal point, or why it is not one. */
export function readFigure(attribute: string, input: unknown): number | CdsErrorDetail {
  const text = textOf(input);
  const value = typeof input === 'number' ? input : NUMBER.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(value)) return invalidAttribute(attribute, text, 'expectNumber');
  if (value < 0) return invalidAttribute(attribute, text, 'expectNonNegative');
  if (value > MAX_FIGURE) return invalidAttribute(attribute, text, 'expectAtMost', MAX_FIGURE.toExponential());
  return value;
}

/** A target year from 1900 to 2200, or why it is not one. */
export function readYear(attribute: string, input: unknown): number | CdsErrorDetail {
  const text = textOf(input);
  const year = /^\d{4}$/.test(text) ? Number(text) : Number.NaN;
  return year >= 1900 && year <= 2200 ? year : invalidAttribute(attribute, text, 'expectYear');
}

/** A calendar date `YYYY-MM-DD` that exists, or why it is not one. */
export function readDate(attribute: string, input: unknown): string | CdsErrorDetail {
  const text = textOf(input);
  const time = DATE.test(text) ? Date.parse(`${text}T00:00:00Z`) : Number.NaN;
  const valid = Number.isFinite(time) && new Date(time).toISOString().startsWith(text);
  return valid ? text : invalidAttribute(attribute, text, 'expectDate');
}

/** One of a list of words, or why it is not one. */
export function readChoice<T extends string>(attribute: string, input: unknown, choices: readonly T[]): T | CdsErrorDetail {
  const text = textOf(input);
  return (choices as readonly string[]).includes(text) ? (text as T) : invalidAttribute(attribute, text, 'expectOneOf', choices.join(', '));
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
