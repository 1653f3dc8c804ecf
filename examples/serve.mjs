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

export function startServer(port = Number(process.env.PORT ?? 8080), host = process.env.HOST ?? '127.0.0.1') {
  const server = createServer((request, response) => {
    if (request.url === '/favicon.ico') {
      // Pages that name no icon (the generated API reference) ask for this one: there is none.
      response.writeHead(204).end();
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
