// Takes screenshots of served pages in headless Chromium and reports console errors.
// Usage: node tests/screenshot.mjs <url> <out.png> [width] [height] [--dark] [--viewport]
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';

const [url, out, width = '1000', height = '800'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const dark = process.argv.includes('--dark');
if (!url || !out) {
  console.error('usage: node tests/screenshot.mjs <url> <out.png> [width] [height] [--dark]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({
  viewport: { width: Number(width), height: Number(height) },
  colorScheme: dark ? 'dark' : 'light',
});
const problems = [];
page.on('console', (message) => {
  if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
});
page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
await page.goto(url, { waitUntil: 'networkidle' });
await page.screenshot({ path: out, fullPage: !process.argv.includes('--viewport') });
await browser.close();
console.log(problems.length ? problems.join('\n') : 'no console errors');
process.exit(problems.length ? 1 : 0);
