import { describe, expect, it } from 'vitest';
import { validPayload } from './__fixtures__/payload.js';
import { validate } from './validate.js';

/** The issues of the fixture payload with its report's publisher set to `publisher` (removed when undefined). */
function issuesWith(publisher: unknown) {
  const payload = validPayload();
  if (publisher === undefined) delete payload.sources[1].publisher;
  else payload.sources[1].publisher = publisher;
  const result = validate(payload);
  return result.ok ? [] : result.issues;
}

describe('validate: a report\'s publisher', () => {
  it('accepts a name, and a description in both languages', () => {
    expect(issuesWith('Báo Hànộimới')).toEqual([]);
    expect(issuesWith({ vi: 'Cổng tin Hà Nội (không ghi tên)', en: 'Hanoi news portal (name not printed)' })).toEqual([]);
  });

  it.each([
    [undefined, 'required', 'nothing (the field is missing)'],
    [5, 'invalid_type', 'the number 5'],
    [['Báo'], 'invalid_type', undefined],
  ])('says what a publisher may be when it is %j, in English and Vietnamese', (publisher, code, received) => {
    const [issue, ...more] = issuesWith(publisher);
    expect(more).toEqual([]);
    expect(issue).toMatchObject({ pointer: '/sources/1/publisher', code });
    expect(issue!.message.en).toContain('expected a name (a non-empty string) or a description in both languages { "vi", "en" }');
    expect(issue!.message.vi).toContain('cần một tên (chuỗi không rỗng) hoặc một mô tả bằng hai thứ tiếng { "vi", "en" }');
    if (received) expect(issue!.received).toBe(received);
  });

  it('points inside a description that lacks a language', () => {
    const [issue, ...more] = issuesWith({ vi: 'Cổng tin (không ghi tên)' });
    expect(more).toEqual([]);
    expect(issue).toMatchObject({ pointer: '/sources/1/publisher/en', code: 'required' });
  });
});
