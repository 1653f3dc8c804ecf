import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from '../../tests/count-reporter.mjs';
import { chromiumPath, CHROMIUM_ARGS } from '../../tests/chromium.mjs';
import { ssrPage } from './test-pages/ssr-pages.mjs';

/**
 * Pages that need HTTP headers or a slow answer are served by this middleware rather than by
 * html test files: a Content-Security-Policy or Trusted Types header must come with the page
 * itself, and wtr's own test pages carry inline scripts that a strict policy would block.
 * The embedding tests load these pages in iframes and read what they report by postMessage.
 * Pages of server-rendered tags (`/__cds/ssr/<name>.html`) are rendered on request by the built
 * renderHtml, with their headers: see test-pages/ssr-pages.mjs.
 */
const STRICT_CSP = {
  'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'",
};
const TRUSTED_TYPES = {
  'content-security-policy': "script-src 'self'; object-src 'none'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
};
const HEADERS = {
  '/packages/elements/test-pages/csp.html': STRICT_CSP,
  '/packages/elements/test-pages/trusted-types.html': TRUSTED_TYPES,
  '/packages/elements/test-pages/summary-csp.html': STRICT_CSP,
  '/packages/elements/test-pages/summary-trusted-types.html': TRUSTED_TYPES,
};

const SSR_PAGE = /^\/__cds\/ssr\/([a-z-]+)\.html$/;

async function testPages(context, next) {
  const ssr = SSR_PAGE.exec(context.path);
  const served = ssr ? await ssrPage(ssr[1]) : undefined;
  if (served) {
    context.body = served.html;
    context.type = 'text/html; charset=utf-8';
    for (const [name, value] of Object.entries(served.headers ?? {})) context.set(name, value);
    return;
  }
  if (context.path === '/__cds/slow.json') {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    context.body = '{}';
    context.type = 'application/json';
    return;
  }
  await next();
  for (const [name, value] of Object.entries(HEADERS[context.path] ?? {})) context.set(name, value);
}

export default {
  rootDir: '../..',
  files: ['src/**/*.test.ts'],
  middleware: [testPages],
  nodeResolve: { exportConditions: ['source', 'production', 'browser'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter(), countReporter('elements')],
};
