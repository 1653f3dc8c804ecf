// The dashboard as a reader on a phone sees it, in Chromium: each verdict once per card, a page
// that fits a phone until a pillar is opened, counts that use "awaiting the final figure", no
// text cut, axe clean.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { hanoi } from '../packages/core/src/data/hanoi.js';
import { assessIndicator, repeatsEarlierTarget, rollUp } from '../packages/core/src/index.js';
import { axeViolations, open, startExamples, truncatedTexts, type Examples } from './examples-page.js';

vi.setConfig({ testTimeout: 60_000 });

/**
 * Measured at 390 px: 20,359 px before the pillars opened from their counts, 2,474 after (vi,
 * today); English and other days differ by a few lines.
 */
const PHONE_HEIGHT_BOUND = 3_200;

let examples: Examples;
beforeAll(async () => {
  examples = await startExamples();
}, 60_000);
afterAll(() => examples?.close());

async function openDashboard(lang: string, width: number, asOf?: string, colorScheme: 'light' | 'dark' = 'light') {
  const opened = await open(examples, `/dashboard.html?lang=${lang}`, width, { colorScheme });
  await opened.page.waitForSelector('.card', { state: 'attached' });
  if (asOf) {
    await opened.page.fill('input[name="as-of"]', asOf);
    await opened.page.dispatchEvent('input[name="as-of"]', 'change');
  }
  return opened;
}

const openEveryPillar = (page: Page) => page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));

/** Waits until each gauge has drawn. */
const gaugesDrawn = (page: Page) =>
  page.waitForFunction(() => [...document.querySelectorAll('cds-progress')].every((el) => el.shadowRoot?.querySelector('[role="meter"], [part~="message"]')));

describe('each card', () => {
  it.each([
    ['vi', '2025-06-15'],
    ['en', '2026-12-03'],
  ])('in %s on %s shows each verdict once: in its list, never again in its gauge', async (lang, asOf) => {
    const { page } = await openDashboard(lang, 390, asOf);
    await openEveryPillar(page);
    await gaugesDrawn(page);
    for (const indicator of hanoi.indicators) {
      const card = page.locator(`.card[data-indicator="${indicator.id}"]`);
      const expected = assessIndicator(hanoi, indicator, { asOf }).filter((verdict) => !repeatsEarlierTarget(indicator, verdict.target));
      expect(await card.locator('.targets .badge').count(), indicator.id).toBe(expected.length);
      expect(await card.locator('.targets .badge').evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-status')))).toEqual(
        expected.map((verdict) => verdict.status),
      );
      // The gauge's own verdict lines, label, value and date are hidden: the card writes them once.
      const shownInGauge = await card.locator('cds-progress').evaluateAll((gauges) =>
        gauges.flatMap((gauge) =>
          [...(gauge.shadowRoot?.querySelectorAll('[part~="verdict"], [part~="label"], [part~="value"], [part~="meta"]') ?? [])].filter(
            (part) => part.getClientRects().length > 0,
          ),
        ).length,
      );
      expect(shownInGauge, indicator.id).toBe(0);
    }
    await page.close();
  });

  it('draws no bar where nothing can be drawn: no figure, or no target with a value', async () => {
    const { page } = await openDashboard('en', 390, '2026-12-03');
    for (const id of ['society.broadband-households', 'society.mobile-broadband-subscriptions', 'context.population', 'government.e-government']) {
      expect(await page.locator(`.card[data-indicator="${id}"] cds-progress`).count(), id).toBe(0);
    }
    expect(await page.locator('.card[data-indicator="society.fibre-households"] cds-progress').count()).toBe(1);
    expect(await page.locator('.card[data-indicator="society.broadband-households"] .latest').textContent()).toContain('No observation yet');
    await page.close();
  });
});

describe('the counts', () => {
  it.each([
    ['vi', 'đã qua hạn, chờ số liệu cuối kỳ', 'chờ số liệu cuối kỳ'],
    ['en', 'past their deadline, awaiting the final figure', 'awaiting the final figure'],
  ])('in %s, after the 2025 deadline, count targets awaiting their final figure, never missed', async (lang, line, chip) => {
    const asOf = '2026-12-03';
    const { page } = await openDashboard(lang, 390, asOf);
    const result = rollUp(hanoi, { year: 2025, asOf });
    const total = result.total;
    expect(total.counts.awaiting_final).toBeGreaterThan(0);
    expect(total.counts.missed).toBe(0);
    const programme = page.locator('#rollup-2025 + .rollup-line');
    expect(await programme.innerText()).toContain(`${total.counts.awaiting_final} ${line}`);
    expect(await page.locator('.rollup').first().locator('.chip[data-status="awaiting_final"]').innerText()).toBe(`${chip}: ${total.counts.awaiting_final}`);
    // Each pillar's counts, before its cards are opened.
    for (const group of result.pillars) {
      if (group.total === 0) continue;
      const section = page.locator(`section.pillar[aria-labelledby="pillar-${group.pillar}"]`);
      expect(await section.locator('.rollup-line').first().innerText(), group.pillar).toContain(`2025: ${lang === 'vi' ? `${group.met} / ${group.total}` : `${group.met} of ${group.total}`}`);
    }
    await page.close();
  });

  it('before the 2025 deadline, count no target as awaiting its final figure', async () => {
    const asOf = '2025-06-15';
    const { page } = await openDashboard('en', 390, asOf);
    expect(rollUp(hanoi, { year: 2025, asOf }).total.counts.awaiting_final).toBe(0);
    expect(await page.locator('.rollup').first().locator('.chip[data-status="awaiting_final"]').count()).toBe(0);
    expect(await page.locator('#rollup-2025 + .rollup-line').innerText()).not.toContain('awaiting');
    await page.close();
  });
});

describe('on a phone (390 px)', () => {
  it.each(['vi', 'en'])('in %s the page stays under the measured height until a pillar is opened, and opens by keyboard', async (lang) => {
    const { page } = await openDashboard(lang, 390);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(PHONE_HEIGHT_BOUND);
    const society = page.locator('section.pillar[aria-labelledby="pillar-society"] > details');
    expect(await society.locator('.card').first().isVisible()).toBe(false);
    await society.locator('> summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => society.locator('.card').first().isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(height);
    await page.close();
  });

  it('opens the pillars a filter asks for', async () => {
    const { page } = await openDashboard('en', 390);
    await page.selectOption('select[name="verdict"]', 'awaiting_final');
    await expect.poll(() => page.locator('.card').first().isVisible()).toBe(true);
    const statuses = await page.locator('.card').evaluateAll((cards) => cards.map((card) => [...card.querySelectorAll('.badge')].map((b) => b.getAttribute('data-status'))));
    expect(statuses.every((list) => list.includes('awaiting_final'))).toBe(true);
    await page.close();
  });

  it.each(['vi', 'en'])('in %s, with every pillar open, cuts no text and scrolls no sideways', async (lang) => {
    const { page } = await openDashboard(lang, 390);
    await openEveryPillar(page);
    await gaugesDrawn(page);
    expect(await truncatedTexts(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // The card that was cut before ("27,3 trên 100 …") reads in full.
    const fixed = page.locator('.card[data-indicator="society.fixed-broadband-subscriptions"] .latest');
    expect(await fixed.innerText()).toContain(lang === 'vi' ? '27,3 trên 100 dân' : '27.3 per 100 inhabitants');
    await page.close();
  });
});

describe.each([390, 1280])('at %i px', (width) => {
  it.each(['vi', 'en'])('in %s is axe clean, closed and open, light and dark', async (lang) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, problems } = await openDashboard(lang, width, undefined, colorScheme);
      expect(await axeViolations(page), `${colorScheme}, closed`).toEqual([]);
      await openEveryPillar(page);
      await gaugesDrawn(page);
      expect(await axeViolations(page), `${colorScheme}, open`).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    }
  });
});
