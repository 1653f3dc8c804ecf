/** How long a `src` may take to load by default, in milliseconds (the element's `timeout` default). */
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
