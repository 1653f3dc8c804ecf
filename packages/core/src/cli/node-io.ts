import { readFile, stat, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CliIo } from './main.js';
import type { NodeRenderer, RenderIo } from './render.js';

/** Reads standard input's bytes, stopping once it has more than `limit`. */
async function readStdin(limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(bytes);
    size += bytes.length;
    if (size > limit) break;
  }
  return Buffer.concat(chunks);
}

/** The package's version; this file sits two levels below the package root in both src/ and dist/. */
function packageVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * The real terminal, files and environment of a Node process, for {@link main}.
 *
 * @example
 * ```ts
 * process.exitCode = await main(process.argv.slice(2), nodeIo());
 * ```
 */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFile(path),
    fileSize: async (path) => (await stat(path)).size,
    readStdin,
    env: process.env,
    version: packageVersion(),
    renderIo: nodeRenderIo,
  };
}

/**
 * Loads `@hn-cds/elements/node` at run time (core does not depend on elements): first as the
 * project in the current directory sees it, then as this package's own location does (a global
 * or `npx -p` install), or `undefined` when neither finds it.
 */
async function loadRenderer(): Promise<NodeRenderer | undefined> {
  for (const base of [join(process.cwd(), 'package.json'), fileURLToPath(import.meta.url)]) {
    let resolved: string;
    try {
      resolved = createRequire(base).resolve('@hn-cds/elements/node');
    } catch {
      continue;
    }
    const loaded = (await import(pathToFileURL(resolved).href)) as Partial<NodeRenderer>;
    if (typeof loaded.render === 'function') return loaded as NodeRenderer;
  }
  return undefined;
}

/**
 * The real terminal and files of a Node process, for {@link renderCommand}. A reader that closes
 * the pipe early (`| head`) ends the command quietly instead of crashing it with EPIPE.
 *
 * @example
 * ```ts
 * process.exitCode = await renderCommand(argv, nodeRenderIo(), 'vi');
 * ```
 */
export function nodeRenderIo(): RenderIo {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return {
    stdout: (data) => process.stdout.write(data),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFile(path),
    fileSize: async (path) => (await stat(path)).size,
    writeFile: (path, data) => writeFile(path, data),
    loadRenderer,
    stdoutIsTerminal: process.stdout.isTTY === true,
  };
}
