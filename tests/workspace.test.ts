import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

/** The README's Quick start: the shell blocks, in order (start, then test). */
function quickStartCommands(): string[] {
  const section = read('README.md').split('## Quick start')[1]?.split('\n## ')[0] ?? '';
  return [...section.matchAll(/```sh\n([^\n]+)\n```/g)].map((match) => match[1]!);
}

describe('the README contract', () => {
  it('has exactly two Quick start commands: start, then test', () => {
    const commands = quickStartCommands();
    expect(commands).toHaveLength(2);
    expect(commands[0]).toMatch(/pnpm start$/);
    expect(commands[1]).toMatch(/pnpm test$/);
  });

  it('is what CI runs, word for word', () => {
    const ciLines = read('.ci/run').split('\n');
    expect(ciLines).toContain(quickStartCommands()[1]);
  });

  it('installs the pnpm version that no packageManager field contradicts', () => {
    const rootPackage = JSON.parse(read('package.json')) as Record<string, unknown>;
    const version = /pnpm@([\d.]+)/.exec(quickStartCommands()[0]!)?.[1];
    expect(version).toBeDefined();
    if ('packageManager' in rootPackage) expect(rootPackage.packageManager).toBe(`pnpm@${version}`);
  });
});
