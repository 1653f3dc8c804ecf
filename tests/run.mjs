// The test command: Chromium (installed when missing), typecheck, build, docs, vitest, then the browser tests.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';
import { resultsDir, summarise } from './summary.mjs';

rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const chrome = ensureChromium();
const env = { ...process.env, CHROME_PATH: chrome };
const steps = { passed: 0, failed: 0, skipped: 0 };

function run(title, command) {
  console.log(`\n▶ ${title}: ${command}`);
  const started = performance.now();
  const { status } = spawnSync(command, { stdio: 'inherit', shell: true, env });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${status === 0 ? '✔' : '✘'} ${title} (${seconds} s)`);
  return status === 0;
}

// typecheck, build and docs are not test runners, but a failure of any must show in the closing line.
for (const [title, command] of [
  ['typecheck', 'pnpm run typecheck'],
  ['build', 'pnpm run build'],
  ['docs (guides, element reference, typedoc with every export documented)', 'pnpm run docs'],
]) {
  if (run(title, command)) steps.passed += 1;
  else steps.failed += 1;
}
writeFileSync(new URL('steps.json', resultsDir), JSON.stringify(steps));

run('core and cross-package tests (vitest)', 'pnpm exec vitest run --config tests/vitest.config.mjs');
run('element tests (Chromium)', 'pnpm --filter @hn-cds/elements run test');

const { passed, failed, missing } = summarise();
if (missing.length > 0) console.log(`no results from: ${missing.join(', ')} (each counted as 1 failed)`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
