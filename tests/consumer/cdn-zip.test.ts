// The self-hosting archive the docs site offers (docs/build.mjs, after the build): the CDN folder, whole.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../docs/zip.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cdn = join(root, 'packages/elements/dist/cdn');

/** The entries of a zip archive, read from its central directory. */
function unzip(archive: Buffer): Map<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i += 1) {
    expect(archive.readUInt32LE(at)).toBe(0x02014b50);
    const crc = archive.readUInt32LE(at + 16);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = inflateRawSync(archive.subarray(start, start + size));
    expect(crc32(data), name).toBe(crc);
    entries.set(name, data);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));

describe('the self-hosting archive hn-cds-cdn.zip', () => {
  it('holds every script and stylesheet of dist/cdn/, chunks included, byte for byte, under hn-cds/', () => {
    const entries = unzip(readFileSync(join(root, 'docs/site/hn-cds-cdn.zip')));
    const expected = filesUnder(cdn)
      .map((path) => relative(cdn, path).split(sep).join('/'))
      .filter((name) => /\.(js|css)$/.test(name));
    expect([...entries.keys()].sort()).toEqual(expected.map((name) => `hn-cds/${name}`).sort());
    expect(expected.some((name) => name.startsWith('chunks/'))).toBe(true);
    for (const name of expected) expect(entries.get(`hn-cds/${name}`)!.equals(readFileSync(join(cdn, name))), name).toBe(true);
  });
});
