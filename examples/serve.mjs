// Serves the examples, the built bundles and the docs from one local HTTP server, then prints the URL.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** URL prefix → folder. Anything else is a 404: the repository itself is never served. */
export const MOUNTS = [
  ['/cdn/', 'packages/elements/dist/cdn'],
  ['/lib/core/', 'packages/core/dist'],
  ['/lib/elements/', 'packages/elements/dist'],
  ['/docs/', 'docs/site'],
  ['/', 'examples'],
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export function resolvePath(urlPath) {
  let pathname;
  try {
    pathname = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  for (const [prefix, folder] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    const base = join(root, folder);
    let file = normalize(join(base, pathname.slice(prefix.length)));
    if (file !== base && !file.startsWith(base + sep)) return undefined;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    return existsSync(file) ? file : undefined;
  }
  return undefined;
}

/** The query parameters of `/render` and the option each one sets. */
const RENDER_PARAMS = { indicator: 'indicator', look: 'look', lang: 'lang', 'as-of': 'asOf', theme: 'theme', format: 'format', width: 'width', scale: 'scale' };
const RENDER_TYPES = { svg: 'image/svg+xml; charset=utf-8', png: 'image/png', card: 'image/png', html: 'text/html; charset=utf-8' };

/** Numbers as the renderer checks them: "480" is 480, "480px" stays a string it refuses. */
const numeric = (text) => (/^\d+(\.\d+)?$/.test(text) ? Number(text) : text);

/**
 * `GET /render?indicator=…&look=…&lang=…&as-of=…&theme=…&format=html|svg|png|card&width=…&scale=…`:
 * one gauge from `@hn-cds/elements/node`, with its content type; a bad request is a 400 whose body
 * says what is wrong in Vietnamese and English.
 */
export async function renderRequest(url) {
  const params = new URL(url, 'http://localhost').searchParams;
  const request = {};
  const unknown = [...params.keys()].filter((key) => !(key in RENDER_PARAMS));
  if (unknown.length > 0) {
    const known = Object.keys(RENDER_PARAMS).join(', ');
    return {
      status: 400,
      type: 'text/plain; charset=utf-8',
      body: `Tham số không hợp lệ: ${unknown.join(', ')}; các tham số là ${known}.\nUnknown parameter: ${unknown.join(', ')}; the parameters are ${known}.\n`,
    };
  }
  for (const [param, option] of Object.entries(RENDER_PARAMS)) {
    const value = params.get(param);
    if (value !== null) request[option] = option === 'width' || option === 'scale' ? numeric(value) : value;
  }
  if (request.indicator === undefined) request.indicator = '';
  const format = request.format ?? 'svg';
  try {
    const { render } = await import('@hn-cds/elements/node');
    const output = await render(request);
    return { status: 200, type: RENDER_TYPES[format] ?? 'application/octet-stream', body: typeof output === 'string' ? output : Buffer.from(output) };
  } catch (error) {
    if (error?.name === 'RenderError') return { status: 400, type: 'text/plain; charset=utf-8', body: `${error.text.vi}\n${error.text.en}\n` };
    return { status: 500, type: 'text/plain; charset=utf-8', body: `Lỗi máy chủ khi vẽ thước đo.\nServer error while rendering the gauge: ${error?.message ?? error}\n` };
  }
}

export function startServer(port = Number(process.env.PORT ?? 8080), host = process.env.HOST ?? '127.0.0.1') {
  const server = createServer((request, response) => {
    if (request.url === '/favicon.ico') {
      // Pages that name no icon (the generated API reference) ask for this one: there is none.
      response.writeHead(204).end();
      return;
    }
    if ((request.url ?? '').split('?')[0] === '/render') {
      renderRequest(request.url).then(({ status, type, body }) => {
        response.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache', 'access-control-allow-origin': '*' });
        response.end(request.method === 'HEAD' ? undefined : body);
      });
      return;
    }
    const file = resolvePath(request.url ?? '/');
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`Not found: ${request.url}\n`);
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      // As a CDN does: a snippet pasted into another site loads the module script cross-origin.
      'access-control-allow-origin': '*',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error) => {
      // A busy port is common on a developer machine: take the next one.
      if (error.code === 'EADDRINUSE' && port < 65535) resolve(startServer(port + 1, host));
      else reject(error);
    });
    server.listen(port, host, () => resolve(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startServer();
  const { port } = server.address();
  console.log(`\nhn-cds examples: http://localhost:${port}/\n(press Ctrl+C to stop)`);
}
