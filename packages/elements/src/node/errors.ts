/**
 * What can go wrong in a Node render, as {@link RenderError}'s `code`.
 *
 * @example
 * ```ts
 * RENDER_ERROR_CODES.includes(error.code); // true for every RenderError
 * ```
 */
export const RENDER_ERROR_CODES = ['unknown_indicator', 'invalid_data', 'invalid_option', 'png_unavailable', 'html_unavailable'] as const;
/** One of {@link RENDER_ERROR_CODES}. */
export type RenderErrorCode = (typeof RENDER_ERROR_CODES)[number];

/**
 * A render that cannot be done: an unknown indicator, an invalid dataset, an option out of range,
 * or an output whose renderer is not installed. `text` says what, where and what was expected, in
 * Vietnamese and English; `message` holds both, Vietnamese first.
 *
 * @example
 * ```ts
 * try {
 *   await renderSvg({ indicator: 'nope' });
 * } catch (error) {
 *   if (error instanceof RenderError) console.error(error.code, error.text.en);
 *   // unknown_indicator Indicator “nope” is not in the dataset. …
 * }
 * ```
 */
export class RenderError extends Error {
  /** What went wrong, for programs. */
  readonly code: RenderErrorCode;
  /** What went wrong, for people, in each language. */
  readonly text: { vi: string; en: string };

  constructor(code: RenderErrorCode, text: { vi: string; en: string }) {
    super(`${text.vi}\n${text.en}`);
    this.name = 'RenderError';
    this.code = code;
    this.text = text;
  }
}
