// The article examples are written by examples/render-articles.mjs at build time (the test
// command builds first): every gauge is a server-rendered tag pinned to the article's date.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe.each([
  ['article.html', 'vi', '91,4%'],
  ['article.en.html', 'en', '91.4%'],
])('examples/%s', (file, lang, fibre) => {
  const url = new URL(`../../examples/${file}`, import.meta.url);

  it('is built from its template, with server-rendered gauges as of the article\'s date (2024-10-24)', () => {
    expect(existsSync(url), `examples/${file} is missing: run \`pnpm build\` first`).toBe(true);
    const html = readFileSync(url, 'utf8');
    const template = readFileSync(new URL(`../../examples/${file.replace('.html', '.template.html')}`, import.meta.url), 'utf8');
    const tags = [...html.matchAll(/<cds-progress ([^>]*)><template shadowroot="open" shadowrootmode="open">/g)].map((m) => m[1]!);
    expect(tags).toHaveLength([...template.matchAll(/<cds-progress\b/g)].length);
    expect(tags.length).toBe(4);
    for (const attributes of tags) {
      expect(attributes).toContain('as-of="2024-10-24"');
      expect(attributes).toContain(`lang="${lang}"`);
    }
    expect(html).toContain(`<span part="value" class="value">${fibre}</span>`);
    // The page keeps its one CDN script, which upgrades the tags in place.
    expect([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual(['<script type="module" src="/cdn/hn-cds.min.js">']);
  });
});
