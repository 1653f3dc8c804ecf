/**
 * The largest inputs the library accepts. Beyond them the element (and, as they adopt it, the
 * validator and the CLI) refuses the input with a clear message instead of spending time and
 * memory on it.
 *
 * @example
 * ```ts
 * import { INPUT_LIMITS } from '@hn-cds/core/validate';
 *
 * if (file.size > INPUT_LIMITS.payloadBytes) throw new Error('payload too large');
 * INPUT_LIMITS.payloadBytes; // 16777216
 * ```
 */
export const INPUT_LIMITS = { /** Largest payload accepted, in bytes. */ payloadBytes: 16 * 1024 * 1024 } as const;
