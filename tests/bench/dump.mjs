// Prints the shadow DOM of one gauge of a benchmark case, to count and read its nodes.
//   node tests/bench/dump.mjs light-bar
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../chromium.mjs';
import { CASES, checkBuilt, openCase, referenceScript } from './pages.mjs';

const c = CASES.find((x) => x.id === (process.argv[2] ?? 'light-bar'));
checkBuilt();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const { tab, close } = await openCase(browser, c, 1, { reference: await referenceScript() });
  const result = await tab.evaluate(async () => {
    const { nodes } = await window.bench(true);
    return { nodes, html: document.querySelector('body > div > *').shadowRoot.innerHTML };
  });
  console.log(`${result.nodes} nodes\n${result.html}`);
  await close();
} finally {
  await browser.close();
}
