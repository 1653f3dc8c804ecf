import { describe, expect, it } from 'vitest';
import { VERDICTS } from '../../packages/core/src/index.js';
import { paletteStyles } from '../../packages/elements/src/shared/palette.styles.js';
import { STATIC_PALETTE, type StaticColours } from '../../packages/elements/src/static/palette.js';

/** Every `--_name: #hex` token the element's palette sets for `theme="light"` and `theme="dark"`, the themes that paint their own background as an image does. */
function elementTokens(): Map<string, { light: string; dark: string }> {
  const block = (theme: string) => {
    const rule = new RegExp(`:host\\(\\[theme='${theme}'\\]\\)\\s*\\{([^}]*)\\}`).exec(paletteStyles.cssText);
    expect(rule, `the :host([theme='${theme}']) rule`).not.toBeNull();
    return new Map([...rule![1]!.matchAll(/--_([a-z_]+):\s*(#[0-9a-fA-F]{3,8})\s*;/g)].map(([, name, hex]) => [name!, hex!.toLowerCase()]));
  };
  const light = block('light');
  const dark = block('dark');
  const tokens = new Map<string, { light: string; dark: string }>();
  for (const [name, hex] of light) tokens.set(name, { light: hex, dark: dark.get(name) ?? 'missing' });
  return tokens;
}

/** The static palette's colour for an element token: verdict tokens are named after their status. */
function staticColour(colours: StaticColours, token: string): string | undefined {
  if ((VERDICTS as readonly string[]).includes(token)) return colours.status[token as keyof StaticColours['status']];
  const value = (colours as unknown as Record<string, unknown>)[token];
  return typeof value === 'string' ? value : undefined;
}

describe('the static palette', () => {
  it('has the colour of every token the element paints with theme="light" and theme="dark", background included', () => {
    const tokens = elementTokens();
    expect(tokens.size).toBeGreaterThanOrEqual(16);
    for (const [token, { light, dark }] of tokens) {
      const name = token === 'bg' ? 'background' : token;
      expect(staticColour(STATIC_PALETTE.light, name), `--_${token} (light)`).toBe(light);
      expect(staticColour(STATIC_PALETTE.dark, name), `--_${token} (dark)`).toBe(dark);
    }
  });

  it('names a colour for every verdict', () => {
    for (const theme of ['light', 'dark'] as const) expect(Object.keys(STATIC_PALETTE[theme].status).sort()).toEqual([...VERDICTS].sort());
  });

  it('keeps text readable on its own background (WCAG AA, 4.5:1)', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    for (const theme of ['light', 'dark'] as const) {
      const colours = STATIC_PALETTE[theme];
      for (const text of [colours.text, colours.muted, colours.link, ...Object.values(colours.status)]) {
        expect(contrast(text, colours.background), `${theme} ${text}`).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrast(colours.fill, colours.background), `${theme} fill`).toBeGreaterThanOrEqual(3);
    }
  });
});
