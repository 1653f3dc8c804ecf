import { describe, expect, it } from 'vitest';
import { hanoi } from '../../packages/core/src/data/hanoi.js';
import { render, RENDER_ERROR_CODES, RenderError, renderPng, renderSvg, type RenderOptions } from '../../packages/elements/src/node/index.js';

const FIBRE = 'society.fibre-households';

function failure(run: () => unknown): RenderError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RenderError);
    return error as RenderError;
  }
  throw new Error('expected a RenderError, nothing was thrown');
}

async function rejection(run: () => Promise<unknown>): Promise<RenderError> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RenderError);
  return error as RenderError;
}

describe('a render that cannot be done throws a RenderError saying what, where and what was expected, in vi and en', () => {
  it('names an unknown indicator', () => {
    const error = failure(() => renderSvg({ indicator: 'society.nope' }));
    expect(error.code).toBe('unknown_indicator');
    expect(error.text).toEqual({ vi: 'Không tìm thấy chỉ số “society.nope” trong bộ dữ liệu.', en: 'Indicator “society.nope” is not in the dataset.' });
    expect(error.message).toBe(`${error.text.vi}\n${error.text.en}`);
    expect(RENDER_ERROR_CODES).toContain(error.code);
  });

  it('refuses an invalid dataset, with the path of its first issue', () => {
    const broken = { ...hanoi, indicators: [{ ...hanoi.indicators[0]!, unit: 'furlongs' }] };
    const error = failure(() => renderSvg({ indicator: hanoi.indicators[0]!.id, taxonomy: broken as never }));
    expect(error.code).toBe('invalid_data');
    expect(error.text.en).toMatch(/^The dataset \(taxonomy\) is not valid: indicators\[0\]\.unit: /);
    expect(error.text.vi).toMatch(/^Bộ dữ liệu \(taxonomy\) không hợp lệ: indicators\[0\]\.unit: /);
  });

  it('refuses a payload of another kind as the dataset', () => {
    const observations = {
      kind: 'observations',
      schemaVersion: 1,
      sources: [{ kind: 'report', id: 'r1', publisher: 'Báo', date: '2024-10-24', title: { vi: 'Bài báo', en: 'Article' } }],
      updates: [{ indicator: FIBRE, observations: [{ kind: 'value', date: '2024-10-24', source: 'r1', value: 91.4, qualifier: 'exact' }] }],
    };
    const error = failure(() => renderSvg({ indicator: FIBRE, taxonomy: observations as never }));
    expect(error.code).toBe('invalid_data');
    expect(error.text.en).toBe('The dataset (taxonomy) must be a payload of kind "taxonomy", received one of kind "observations".');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['look', { look: 'pie' }, 'The look option is not valid: received "pie", expected one of: bar, ring, gauge.'],
    ['lang', { lang: 'fr' }, 'The lang option is not valid: received "fr", expected one of: vi, en.'],
    ['asOf that is no real day', { asOf: '2025-02-30' }, 'The asOf option is not valid: received "2025-02-30", expected a real date written YYYY-MM-DD.'],
    ['theme auto outside html', { theme: 'auto' }, 'The theme option is not valid: received "auto", expected light or dark (auto works only with the html format).'],
    ['width too small', { width: 100 }, 'The width option is not valid: received 100, expected a whole number from 240 to 4096.'],
    ['width not whole', { width: 300.5 }, 'The width option is not valid: received 300.5, expected a whole number from 240 to 4096.'],
    ['scale of zero', { scale: 0 }, 'The scale option is not valid: received 0, expected a number above 0 to 4.'],
    ['indicator missing', { indicator: '' }, 'The indicator option is not valid: received "", expected the id of an indicator, e.g. "society.fibre-households".'],
  ])('refuses a bad option: %s', (_name, options, en) => {
    const error = failure(() => renderSvg({ indicator: FIBRE, ...options } as RenderOptions));
    expect(error.code).toBe('invalid_option');
    expect(error.text.en).toBe(en);
    expect(error.text.vi).toMatch(/^Tùy chọn \w+ không hợp lệ: nhận được .+, cần .+\.$/);
  });

  it('refuses an unknown format, and rejects rather than throws from the async functions', async () => {
    expect((await rejection(() => render({ indicator: FIBRE, format: 'gif' as never }))).text.en).toBe('The format option is not valid: received "gif", expected one of: html, svg, png, card.');
    expect((await rejection(() => renderPng({ indicator: FIBRE, scale: 9 }))).code).toBe('invalid_option');
    expect((await rejection(() => render({ indicator: 'nope', format: 'card' }))).code).toBe('unknown_indicator');
  });
});
