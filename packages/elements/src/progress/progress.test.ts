import { expect, fixture, html } from '@open-wc/testing';
import './progress.js';
import type { CdsProgress } from './progress.js';

describe('cds-progress', () => {
  it('passes an accessibility audit', async () => {
    const el = await fixture<CdsProgress>(html`<cds-progress label="Cáp quang" value="91.4" target="90"></cds-progress>`);
    await expect(el).to.be.accessible();
  });

  it('shows the value with a Vietnamese decimal comma by default', async () => {
    const el = await fixture<CdsProgress>(html`<cds-progress label="Cáp quang" value="93.15"></cds-progress>`);
    const value = el.shadowRoot!.querySelector('[part="value"]')!;
    expect(value.textContent).to.equal('93,15%');
  });

  it('follows the lang of the nearest ancestor', async () => {
    const wrapper = await fixture(html`<div lang="en"><cds-progress value="93.15"></cds-progress></div>`);
    const el = wrapper.querySelector('cds-progress')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="value"]')!.textContent).to.equal('93.15%');
  });

  it('fills the bar in proportion to the target', async () => {
    const el = await fixture<CdsProgress>(html`<cds-progress value="45" target="90" style="width: 400px"></cds-progress>`);
    const track = el.shadowRoot!.querySelector<HTMLElement>('[part="track"]')!;
    const fill = el.shadowRoot!.querySelector<HTMLElement>('[part="indicator"]')!;
    expect(fill.getBoundingClientRect().width / track.getBoundingClientRect().width).to.be.closeTo(0.5, 0.01);
  });

  it('re-renders when a property changes', async () => {
    const el = await fixture<CdsProgress>(html`<cds-progress value="10"></cds-progress>`);
    el.value = 46.25;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuetext')).to.equal('46,25%');
  });
});
