import { describe, expect, it } from 'vitest';
import type { Source } from '../schema/source.js';
import { formatCitation, formatDocumentName, formatPublisher } from './format-citation.js';

const nq18: Source = {
  kind: 'resolution',
  id: 'nq18',
  number: '18-NQ/TU',
  date: '2022-12-30',
  issuer: { vi: 'Thành ủy Hà Nội', en: 'Hanoi Party Committee' },
  title: { vi: 'Nghị quyết về chuyển đổi số', en: 'Resolution on digital transformation' },
};
const programme: Source = {
  kind: 'programme',
  id: 'ctcds',
  issuer: { vi: 'UBND thành phố Hà Nội', en: 'Hanoi People’s Committee' },
  title: { vi: 'Chương trình Chuyển đổi số TP Hà Nội', en: 'Hanoi digital transformation programme' },
};
const report: Source = { kind: 'report', id: 'r000', publisher: 'Báo Hànộimới', date: '2024-02-05', title: { vi: 'Tin', en: 'News' } };
const undated: Source = { kind: 'report', id: 'r004', publisher: 'Báo X', date: 'undated', title: { vi: 'Tin', en: 'News' } };

describe('formatCitation', () => {
  it.each([
    [nq18, 'vi', 'Nghị quyết 18-NQ/TU, Thành ủy Hà Nội, 30/12/2022'],
    [nq18, 'en', 'Resolution 18-NQ/TU, Hanoi Party Committee, 30 Dec 2022'],
    [programme, 'vi', 'Chương trình Chuyển đổi số TP Hà Nội, UBND thành phố Hà Nội'],
    [report, 'vi', 'Báo Hànộimới, 05/02/2024'],
    [report, 'en', 'Báo Hànộimới, 5 Feb 2024'],
    [undated, 'vi', 'Báo X, không ghi ngày'],
  ] as const)('cites %o in %s as %s', (source, lang, expected) => {
    expect(formatCitation(source, { lang })).toBe(expected);
  });
});

describe('formatPublisher', () => {
  const unnamed: Source = { kind: 'report', id: 'r003', publisher: { vi: 'Cổng tin Hà Nội (không ghi tên)', en: 'Hanoi news portal (name not printed)' }, date: '2024-10-24', title: { vi: 'Tin', en: 'News' } };

  it('prints a name as printed in every language', () => {
    expect(formatPublisher(report as Extract<Source, { kind: 'report' }>)).toBe('Báo Hànộimới');
    expect(formatPublisher(report as Extract<Source, { kind: 'report' }>, { lang: 'en' })).toBe('Báo Hànộimới');
  });

  it('describes a publisher the report does not name in the reader\'s language, in citations and names too', () => {
    expect(formatCitation(unnamed)).toBe('Cổng tin Hà Nội (không ghi tên), 24/10/2024');
    expect(formatCitation(unnamed, { lang: 'en' })).toBe('Hanoi news portal (name not printed), 24 Oct 2024');
    expect(formatDocumentName(unnamed)).toBe('Cổng tin Hà Nội (không ghi tên)');
    expect(formatDocumentName(unnamed, { lang: 'en' })).toBe('Hanoi news portal (name not printed)');
  });
});
