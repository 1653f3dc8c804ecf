import * as z from 'zod';
import { INPUT_LIMITS } from '../validate/limits.js';
import { IsoDate, LocalizedText, Slug } from './common.js';

const text = () => z.string().trim().min(1).max(INPUT_LIMITS.stringChars);

/** Kinds of document that set targets. */
export const DocumentKind = z.enum(['resolution', 'plan', 'programme', 'decision']);
/** Kinds of document that set targets. */
export type DocumentKind = z.infer<typeof DocumentKind>;

/**
 * A document that sets targets: a resolution (nghị quyết), a plan (kế hoạch), a programme
 * (chương trình) or a decision (quyết định). `number` and `date` are absent when the sources do
 * not print them.
 *
 * @example
 * ```ts
 * TargetDocument.parse({
 *   kind: 'resolution', id: 'nq18', number: '18-NQ/TU', date: '2022-12-30',
 *   issuer: { vi: 'Thành ủy Hà Nội', en: 'Hanoi Party Committee' },
 *   title: { vi: 'Nghị quyết về chuyển đổi số…', en: 'Resolution on digital transformation…' },
 * });
 * ```
 */
export const TargetDocument = z.strictObject({
  kind: DocumentKind,
  id: Slug,
  number: text().optional(),
  issuer: LocalizedText,
  date: IsoDate.optional(),
  title: LocalizedText,
  url: z.url().max(INPUT_LIMITS.stringChars).optional(),
  note: LocalizedText.optional(),
});
/** A document that sets targets. */
export type TargetDocument = z.infer<typeof TargetDocument>;

/**
 * A report (news article, portal page) that gives observed values. Its `publisher` is a name as
 * printed (`"Báo Hànộimới"`, the same in every language), or, when the report prints no name,
 * a description in both languages (`{ vi: 'Cổng tin Hà Nội (không ghi tên)', en: 'Hanoi news
 * portal (name not printed)' }`). Its `date` is `'undated'` when the report prints none;
 * `dateNote` says what is known instead, and `notBefore` the earliest day it can be from.
 */
export const Report = z.strictObject({
  kind: z.literal('report'),
  id: Slug,
  publisher: z.union([text(), LocalizedText]),
  author: text().optional(),
  date: z.union([IsoDate, z.literal('undated')]),
  dateNote: LocalizedText.optional(),
  /**
   * For an undated report: the earliest day it can have been written, from what it speaks of in
   * the past. Its undated figures are not used for a day before it.
   */
  notBefore: IsoDate.optional(),
  title: LocalizedText,
  url: z.url().max(INPUT_LIMITS.stringChars).optional(),
  /** The file of the project's seed collection this report was read from, e.g. `003`. */
  seed: z.string().regex(/^\d{3}$/).optional(),
});
/** A report that gives observed values. */
export type Report = z.infer<typeof Report>;

/** Anything a target or an observation can cite: a target-setting document or a report. */
export const Source = z.discriminatedUnion('kind', [TargetDocument, Report]);
/** Anything a target or an observation can cite. */
export type Source = z.infer<typeof Source>;
