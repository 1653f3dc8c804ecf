// A @web/test-runner reporter that writes the pass/fail counts for the closing summary line.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resultsDir } from './summary.mjs';

function countSuite(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite?.suites ?? []) countSuite(child, counts);
}

export function countReporter(name) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        countSuite(session.testResults, counts);
        // A file that failed to load or threw outside a test has errors but no failed test.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed += 1;
      }
      mkdirSync(resultsDir, { recursive: true });
      writeFileSync(new URL(`${name}.json`, resultsDir), JSON.stringify(counts));
    },
  };
}
