import * as z from 'zod';
import { INPUT_LIMITS } from '../validate/limits.js';
import { IsoDate, LocalizedText, Slug } from './common.js';

/**
 * A group of indicators: one of the programme's pillars (`pillar`), the city-wide rankings that
 * sit above them (`city_wide`), or context figures with no target (`context`).
 */
export const PillarKind = z.enum(['pillar', 'city_wide', 'context']);
/** A kind of indicator group. */
export type PillarKind = z.infer<typeof PillarKind>;

/** A pillar of the programme, e.g. `{ id: 'economy', kind: 'pillar', label: { vi: 'Kinh tế số', … } }`. */
export const Pillar = z.strictObject({
  id: Slug,
  kind: PillarKind,
  label: LocalizedText,
  description: LocalizedText.optional(),
});
/** A pillar of the programme. */
export type Pillar = z.infer<typeof Pillar>;

const count = z.int().nonnegative();

/**
 * A progress count a report prints for a whole document, e.g. "8 of 15 targets met, 7 of them
 * exceeded; 7 in progress, 1 of which has no calculation method". `exceeded` is part of
 * `achieved`, and `noMethod` part of `inProgress`.
 */
export const ReportedSummary = z
  .strictObject({
    /** Id of the document whose targets are counted. */
    document: Slug,
    /** Id of the report that prints the count. */
    source: Slug,
    date: IsoDate,
    total: count,
    achieved: count,
    exceeded: count,
    inProgress: count,
    noMethod: count,
  })
  .refine((s) => s.achieved + s.inProgress <= s.total, {
    error: 'achieved + inProgress must not exceed total',
    path: ['inProgress'],
  })
  .refine((s) => s.exceeded <= s.achieved, { error: 'exceeded is part of achieved', path: ['exceeded'] })
  .refine((s) => s.noMethod <= s.inProgress, { error: 'noMethod is part of inProgress', path: ['noMethod'] });
/** A progress count a report prints for a whole document. */
export type ReportedSummary = z.infer<typeof ReportedSummary>;

/** The programme: its name, place and pillars, and the progress counts reports print for it. */
export const Programme = z.strictObject({
  id: Slug,
  name: LocalizedText,
  place: LocalizedText,
  pillars: z.array(Pillar).min(1).max(INPUT_LIMITS.pillars),
  reportedSummaries: z.array(ReportedSummary).max(INPUT_LIMITS.shortLists).optional(),
});
/** The programme. */
export type Programme = z.infer<typeof Programme>;
