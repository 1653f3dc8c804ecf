import type { DocumentKind, Report, Source } from '../schema/source.js';
import { formatDate } from './format-date.js';
import type { Lang } from './format-number.js';

const KINDS: Record<Lang, Record<DocumentKind, string>> = {
  vi: { resolution: 'Nghị quyết', plan: 'Kế hoạch', programme: 'Chương trình', decision: 'Quyết định' },
  en: { resolution: 'Resolution', plan: 'Plan', programme: 'Programme', decision: 'Decision' },
};

/**
 * The publisher of a report in a language: its name as printed, or its description in that
 * language when the report prints no name.
 *
 * @example
 * ```ts
 * formatPublisher(r000);                  // 'Báo Hànộimới'
 * formatPublisher(r003, { lang: 'en' });  // 'Hanoi news portal (name not printed)'
 * ```
 */
export function formatPublisher(report: Pick<Report, 'publisher'>, options: { lang?: Lang } = {}): string {
  const { lang = 'vi' } = options;
  return typeof report.publisher === 'string' ? report.publisher : report.publisher[lang];
}

/**
 * Writes a short citation. A target-setting document reads as its kind and number (or its
 * title when the number is unknown), issuer and date; a report as its publisher and date.
 *
 * @example
 * ```ts
 * formatCitation(nq18);                   // 'Nghị quyết 18-NQ/TU, Thành ủy Hà Nội, 30/12/2022'
 * formatCitation(nq18, { lang: 'en' });   // 'Resolution 18-NQ/TU, Hanoi Party Committee, 30 Dec 2022'
 * formatCitation(r000);                   // 'Báo Hànộimới, 05/02/2024'
 * ```
 */
export function formatCitation(source: Source, options: { lang?: Lang } = {}): string {
  const { lang = 'vi' } = options;
  if (source.kind === 'report') return `${formatPublisher(source, { lang })}, ${formatDate(source.date, { lang })}`;
  const parts = [formatDocumentName(source, { lang }), source.issuer[lang]];
  if (source.date !== undefined) parts.push(formatDate(source.date, { lang }));
  return parts.join(', ');
}

/**
 * The short name of a target-setting document: its kind and number, or its title when the
 * sources give no number. A report reads as its publisher.
 *
 * @example
 * ```ts
 * formatDocumentName(nq18);                  // 'Nghị quyết 18-NQ/TU'
 * formatDocumentName(nq18, { lang: 'en' });  // 'Resolution 18-NQ/TU'
 * formatDocumentName(ctcds);                 // 'Chương trình Chuyển đổi số TP Hà Nội'
 * ```
 */
export function formatDocumentName(source: Source, options: { lang?: Lang } = {}): string {
  const { lang = 'vi' } = options;
  if (source.kind === 'report') return formatPublisher(source, { lang });
  return source.number === undefined ? source.title[lang] : `${KINDS[lang][source.kind]} ${source.number}`;
}
