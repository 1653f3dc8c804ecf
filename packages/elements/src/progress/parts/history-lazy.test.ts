// The light CDN entry (cds-progress.min.js) does not carry the history part: its gauges built
// from attributes never have one. A page that registers a taxonomy of its own gets it on demand.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { hanoi } from '@hn-cds/core/hanoi';
import { setDefaultTaxonomy } from '../../cdn-light.js';
import type { CdsProgress } from '../progress.js';

const historyLoaded = () => performance.getEntriesByType('resource').some((entry) => /\/parts\/history\.(ts|js)\b/.test(entry.name));

describe('the history part with the light CDN entry', () => {
  it('draws a gauge from attributes without loading the history', async () => {
    const el = await fixture<CdsProgress>(html`<cds-progress label="Hộ có cáp quang" value="91.4" target="90" target-year="2025" as-of="2024-10-24"></cds-progress>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="indicator"]')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="history"]')).to.equal(null);
    expect(historyLoaded()).to.equal(false);
  });

  it('loads it when a registered taxonomy brings figures of two dates, and draws it', async () => {
    setDefaultTaxonomy(hanoi);
    const el = await fixture<CdsProgress>(html`<cds-progress indicator="society.fibre-households" as-of="2024-12-31"></cds-progress>`);
    await el.updateComplete;
    // The rest of the gauge is there at once; the history follows when its code has loaded.
    expect(el.shadowRoot!.querySelector('[part~="verdict"]')).to.not.equal(null);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="history"]'), 'the history never showed', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('.history-ends')!.textContent).to.equal('93,15% → 91,4%');
    expect(historyLoaded()).to.equal(true);
  });
});
