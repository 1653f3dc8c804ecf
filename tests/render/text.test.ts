import { describe, expect, it } from 'vitest';
import { escapeXml, textWidth, wrapRuns, wrapText } from '../../packages/elements/src/static/text.js';

const texts = (lines: ReturnType<typeof wrapRuns>) => lines.map((line) => line.runs.map((run) => run.text).join(''));

describe('line breaks of static text', () => {
  it('breaks at spaces into lines no wider than asked', () => {
    const lines = wrapText('Hộ gia đình được phủ băng rộng cáp quang', 120, 16);
    expect(texts(lines).join(' ')).toBe('Hộ gia đình được phủ băng rộng cáp quang');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(120);
  });

  it('never cuts a word wider than the line: it gets a line of its own', () => {
    expect(texts(wrapText('a 2025/2030/2035/2040 b', 40, 16))).toEqual(['a', '2025/2030/2035/2040', 'b']);
  });

  it('keeps a no-break space and a run glued to the word before it on one line', () => {
    const lines = wrapRuns([{ text: 'vượt mức sớm', bold: true }, { text: '\u00a0· ≥ 90% vào năm 2025', bold: false }], 110, 14);
    const all = texts(lines);
    expect(all.join(' ')).toBe('vượt mức sớm\u00a0· ≥ 90% vào năm 2025');
    expect(all.some((line) => line.startsWith('·') || line.startsWith('\u00a0'))).toBe(false);
    expect(lines[0]!.runs[0]).toEqual({ text: expect.stringMatching(/^vượt/), bold: true });
  });

  it('counts a letter with Vietnamese diacritics as wide as its base letter, and bold as wider', () => {
    expect(textWidth('ộ', 16)).toBe(textWidth('o', 16));
    expect(textWidth('Đ', 16)).toBe(textWidth('D', 16));
    expect(textWidth('abc', 16, true)).toBeGreaterThan(textWidth('abc', 16));
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml(`<b> & "x" 'y'\u0007\ud800`)).toBe('&lt;b&gt; &amp; &quot;x&quot; &apos;y&apos;');
  });
});
