// Sums the counts every test runner wrote and prints the closing line `N passed, N failed`.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const resultsDir = new URL('../.test-results/', import.meta.url);

/** The runners whose counts make up the closing line; a runner that wrote nothing counts as one failure. */
export const RUNNERS = ['steps', 'core', 'elements'];

function read(name) {
  const file = new URL(`${name}.json`, resultsDir);
  if (!existsSync(file)) return undefined;
  const data = JSON.parse(readFileSync(file, 'utf8'));
  if ('numPassedTests' in data) {
    // vitest's JSON report: a test file that failed to load counts as one failure.
    const brokenFiles = data.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
    return { passed: data.numPassedTests, failed: data.numFailedTests + brokenFiles };
  }
  return data;
}

export function summarise() {
  let passed = 0;
  let failed = 0;
  const missing = [];
  for (const name of RUNNERS) {
    const counts = read(name);
    if (!counts) {
      missing.push(name);
      failed += 1;
      continue;
    }
    passed += counts.passed;
    failed += counts.failed;
  }
  return { passed, failed, missing };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { passed, failed, missing } = summarise();
  if (missing.length > 0) console.log(`no results from: ${missing.join(', ')} (each counted as 1 failed)`);
  console.log(`${passed} passed, ${failed} failed`);
}
