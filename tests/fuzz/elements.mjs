// The long browser fuzz of <cds-progress>, run by tests/fuzz/run.mjs (`pnpm fuzz`) after
// `pnpm build`: the CDN bundle in Chromium, a real server answering the fuzz URLs (real
// redirects, slow, huge and broken bodies), attribute sets generated here with fast-check and
// checked in the page by packages/elements/src/progress/fuzz-harness.ts, then a heap check that
// every removed gauge was collected.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../chromium.mjs';

const cdn = new URL('../../packages/elements/dist/cdn/', import.meta.url);
const progress = new URL('../../packages/elements/src/progress/', import.meta.url);
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

/** A TypeScript test-support file as JavaScript (it has type imports only). */
function javascript(name) {
  const source = readFileSync(new URL(name, progress), 'utf8');
  return ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
}

function serve(routes) {
  let responses = 0;
  const harness = javascript('fuzz-harness.ts');
  const page = '<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="stylesheet" href="/hn-cds.css"></head><body><script type="module">import "/hn-cds.min.js"; import * as harness from "/harness.js"; window.harness = harness;</script></body></html>';
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    if (url.pathname === '/harness.js') return response.writeHead(200, { 'content-type': 'text/javascript' }).end(harness);
    const file = new URL(`.${url.pathname}`, cdn);
    if (!url.pathname.startsWith('/__fuzz/') && file.href.startsWith(cdn.href) && existsSync(file) && extname(file.pathname)) {
      return response.writeHead(200, { 'content-type': TYPES[extname(file.pathname)] ?? 'application/octet-stream' }).end(readFileSync(file));
    }
    responses += 1;
    const route = routes[url.pathname] ?? { status: 404, body: 'not found' };
    if (route.delay) await new Promise((resolve) => setTimeout(resolve, route.delay));
    if (route.redirect) return response.writeHead(302, { location: route.redirect }).end();
    response.on('error', () => undefined);
    if (route.stream) {
      response.writeHead(route.status ?? 200, route.headers ?? {});
      const piece = Buffer.alloc(route.stream.size, 32);
      let sent = 0;
      const more = () => {
        while (sent < route.stream.count) {
          sent += 1;
          if (!response.write(piece)) return void response.once('drain', more);
        }
        response.end('{}');
      };
      request.socket.on('close', () => (sent = route.stream.count + 1));
      return more();
    }
    const body = Array.isArray(route.body) ? Buffer.from(route.body) : Buffer.from(route.body ?? '');
    const headers = { ...(route.headers ?? {}) };
    // A declared length larger than the body: the element must refuse it from the header alone.
    if (headers['content-length']) {
      response.writeHead(route.status ?? 200, headers);
      response.write(body);
      return setTimeout(() => response.destroy(), 2000);
    }
    return response.writeHead(route.status ?? 200, headers).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port, responses: () => responses })));
}

/**
 * Runs `count` attribute sets through gauges in Chromium and returns the counts per class.
 *
 * @example
 * ```js
 * const { classes, failures } = await fuzzElements({ count: 10000, seed: 1 });
 * ```
 */
export async function fuzzElements({ count, seed, batch = 25, perPage = 500 }) {
  if (!existsSync(new URL('hn-cds.min.js', cdn))) throw new Error('packages/elements/dist/cdn/hn-cds.min.js is missing: run `pnpm build` first.');
  const sets = await import(`data:text/javascript,${encodeURIComponent(javascript('fuzz-sets.ts'))}`);
  const { server, port, responses } = await serve(sets.ROUTES);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
  const total = { classes: {}, failures: [], sets: 0, changes: 0, responses: 0 };
  const add = (result) => {
    for (const [name, counts] of Object.entries(result.classes)) {
      const entry = (total.classes[name] ??= { inputs: 0, failures: 0 });
      entry.inputs += counts.inputs;
      entry.failures += counts.failures;
    }
    total.failures.push(...result.failures);
    total.sets += result.sets;
    total.changes += result.changes;
  };
  try {
    const page = await browser.newPage();
    const thrown = [];
    page.on('pageerror', (error) => thrown.push(String(error.message)));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => window.harness && customElements.get('cds-progress'));
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const before = await heap();
    const all = fc.sample(sets.attributeSet(fc), { seed, numRuns: count });
    for (let start = 0; start < all.length; start += perPage) {
      const result = await page.evaluate(([chunk, size]) => window.harness.runSets(chunk, { batch: size, settle: 4000 }), [all.slice(start, start + perPage), batch]);
      add(result);
      process.stdout.write(`\r  elements: ${Math.min(all.length, start + perPage).toLocaleString('en')} / ${all.length.toLocaleString('en')} sets`);
    }
    process.stdout.write('\n');

    total.classes.thrown.failures += thrown.length;
    for (const message of thrown.slice(0, 10)) total.failures.push({ name: 'element: thrown', message, input: '(a page error; see the sets above it)' });

    // Every gauge was removed: once the server has closed what it held open (2 s) and after a
    // collection, none may be alive, and the heap is back near where it began.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 2500)));
    const prototype = await cdp.send('Runtime.evaluate', { expression: 'customElements.get("cds-progress").prototype' });
    const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.result.objectId });
    const alive = await cdp.send('Runtime.callFunctionOn', { objectId: found.objects.objectId, functionDeclaration: 'function () { return this.length; }', returnByValue: true });
    const after = await heap();
    const grown = after - before;
    total.classes.leaked.inputs += 2;
    if (alive.result.value > 0) {
      total.classes.leaked.failures += 1;
      total.failures.push({ name: 'element: leaked', message: `${alive.result.value} gauges still alive after all were removed and a collection`, input: '' });
    }
    if (grown > 32 * 1024 * 1024) {
      total.classes.leaked.failures += 1;
      total.failures.push({ name: 'element: leaked', message: `the heap grew by ${(grown / 1048576).toFixed(1)} MB over the run`, input: '' });
    }
    console.log(`  elements: heap ${(before / 1048576).toFixed(1)} MB before, ${(after / 1048576).toFixed(1)} MB after; ${alive.result.value} gauges alive after removal`);
  } finally {
    await browser.close();
    server.close();
    total.responses = responses();
  }
  return total;
}
