// Pages of server-rendered <cds-progress> tags for the Chromium tests (src/progress/ssr.test.ts),
// rendered on request by the web-test-runner middleware with the built renderHtml (run `pnpm build`
// first: the test command does). Each page is one HTML string and the headers it is served with.
const LOOKS = ['bar', 'ring', 'gauge'];
const LANGS = ['vi', 'en'];
const THEMES = ['light', 'dark'];
const REPORT = '<script type="module" src="/packages/elements/test-pages/ssr-report.ts"></script>';
const SCRIPT = '<script type="module" src="/packages/elements/src/cdn.ts"></script>';

async function renderer() {
  try {
    return await import('../dist/node/index.js');
  } catch (error) {
    throw new Error(`packages/elements/dist/node/index.js cannot be loaded: run \`pnpm build\` first (${error})`);
  }
}

/** Every look × language × theme with a figure, then the other states, then both sides of the 2025 deadline. */
async function everyState(renderHtml) {
  const tags = [];
  for (const look of LOOKS) {
    for (const lang of LANGS) {
      for (const theme of THEMES) {
        tags.push(await renderHtml({ indicator: 'society.fibre-households', look, lang, theme, asOf: '2024-10-24' }));
      }
      tags.push(await renderHtml({ indicator: 'economy.digital-economy-share', look, lang, asOf: '2024-10-24' }));
      tags.push(await renderHtml({ indicator: 'society.nope', look, lang, asOf: '2024-10-24' }));
    }
  }
  for (const asOf of ['2025-12-31', '2026-01-01']) tags.push(await renderHtml({ indicator: 'government.online-public-services', look: 'gauge', lang: 'en', asOf }));
  return tags;
}

/** Three looks in two languages and both themes: what a late script upgrades. */
async function someGauges(renderHtml) {
  return [
    await renderHtml({ indicator: 'society.fibre-households', look: 'bar', lang: 'vi', theme: 'light', asOf: '2025-12-31' }),
    await renderHtml({ indicator: 'government.online-public-services', look: 'ring', lang: 'en', theme: 'dark', asOf: '2026-01-01' }),
    await renderHtml({ indicator: 'society.e-payment-urban-adults', look: 'gauge', lang: 'en', asOf: '2025-12-31' }),
    await renderHtml({ indicator: 'economy.digital-economy-share', look: 'bar', lang: 'en', asOf: '2026-01-01' }),
  ];
}

function page({ title, probe, head = '', body }) {
  return `<!doctype html>
<html lang="en" data-probe="${probe}">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>${title}</title>
    ${head}
  </head>
  <body>
    <p>Before the gauges.</p>
    ${body.join('\n    ')}
    <p id="after">After the gauges: this paragraph must not move.</p>
  </body>
</html>
`;
}

/**
 * The page at `/__cds/ssr/<name>.html`, or undefined for a name that is not one:
 * - `nojs`: every state, and no script at all (the test also loads it in a sandbox without scripts);
 * - `late`: four tags, no stylesheet, the script inserted after the page has settled;
 * - `csp`: the same under a strict CSP that allows the tags' inline style by its hash (ssrStyleHash);
 * - `trusted-types`: the same with Trusted Types enforced, the script loaded with the page.
 */
export async function ssrPage(name) {
  const { renderHtml, ssrStyleHash } = await renderer();
  switch (name) {
    case 'nojs':
      return { html: page({ title: 'Server-rendered cds-progress, no script', probe: 'nojs', body: await everyState(renderHtml) }) };
    case 'late':
      return { html: page({ title: 'Server-rendered cds-progress, late script, no stylesheet', probe: 'ssr-late', head: REPORT, body: await someGauges(renderHtml) }) };
    case 'csp': {
      const body = await someGauges(renderHtml);
      return {
        html: page({ title: 'Server-rendered cds-progress under a strict CSP', probe: 'ssr-late-csp', head: REPORT, body }),
        headers: {
          'content-security-policy': `default-src 'self'; script-src 'self'; style-src 'self' ${await ssrStyleHash()}; img-src 'self'; object-src 'none'; base-uri 'none'`,
        },
      };
    }
    case 'trusted-types':
      return {
        html: page({ title: 'Server-rendered cds-progress under Trusted Types', probe: 'ssr-trusted-types', head: `${REPORT}\n    ${SCRIPT}`, body: await someGauges(renderHtml) }),
        headers: {
          'content-security-policy': "script-src 'self'; object-src 'none'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
        },
      };
    default:
      return undefined;
  }
}
