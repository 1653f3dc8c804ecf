/**
 * The largest payload the library reads: its size, its shape and its figures. Beyond these the
 * validator, the CLI and the element report an issue instead of spending time and memory on it.
 * Each limit is far above what a real programme needs (Hanoi's whole dataset is about 60 kB, 42
 * indicators, at most a few dozen figures each) and low enough that checking, indexing and
 * drawing a payload at the limit stays linear and quick.
 *
 * `validate()` enforces the shape limits while it copies its input (`too_big`, `too_deep`); the
 * schemas enforce the per-list, per-string and per-figure limits (so `schema.json` carries them as
 * `maxItems`, `maxLength`, `minimum` and `maximum`); `validateJson()`, `validateBytes()`, the CLI and
 * `<cds-progress src>` check `payloadBytes` before parsing.
 *
 * @example
 * ```ts
 * import { INPUT_LIMITS } from '@hn-cds/core';
 *
 * if (file.size > INPUT_LIMITS.payloadBytes) throw new Error('payload too large');
 * INPUT_LIMITS.observationsPerList; // 10000
 * ```
 */
export const INPUT_LIMITS = {
  /** Bytes of a payload's JSON text (UTF-8): 16 MiB. Checked before the text is read or parsed. */
  payloadBytes: 16 * 1024 * 1024,
  /** Levels of nesting of any value, the root being level 0 (the schemas use about 8). */
  depth: 64,
  /** JSON values of any kind (objects, arrays, strings, numbers, booleans, nulls) in one payload. */
  values: 4_000_000,
  /** Items of any one array, whatever it holds. */
  arrayItems: 100_000,
  /** Characters (UTF-16 code units) of any string, property names included. */
  stringChars: 10_000,
  /** Characters of an id: a slug such as `nq18`, an indicator id such as `society.fibre-households`. */
  idChars: 100,
  /** Entries of `sources`. */
  sources: 10_000,
  /** Entries of `indicators`. */
  indicators: 5_000,
  /** Pillars of a programme. */
  pillars: 200,
  /** Members of one breakdown. */
  breakdownMembers: 500,
  /** Targets of one indicator. */
  targetsPerIndicator: 1_000,
  /** Observations of one indicator, or of one entry of `updates`. */
  observationsPerList: 10_000,
  /** Entries of `updates` in an observations payload. */
  updates: 10_000,
  /** Reported summaries of a programme, and `via` reports of one target. */
  shortLists: 1_000,
  /** Largest absolute value of a figure (values, targets, ranges, `outOf`): 10^15. */
  figureMax: 1e15,
  /** Smallest absolute value of a figure other than 0: 10^-9, so that ratios of figures stay finite. */
  figureMin: 1e-9,
  /** Earliest year of a date, a period or a target. */
  yearMin: 1900,
  /** Latest year of a date, a period or a target. */
  yearMax: 2200,
} as const;

/**
 * The type of {@link INPUT_LIMITS}.
 *
 * @example
 * ```ts
 * const bytes: InputLimits['payloadBytes'] = INPUT_LIMITS.payloadBytes;
 * ```
 */
export type InputLimits = typeof INPUT_LIMITS;
