import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../hanoi.js';
import '../progress.js';
import type { CdsProgress } from '../progress.js';
import { BLOCK_SIZE } from '../progress.styles.js';
import { LOOKS } from '../geometry.js';

const FIBRE = 'society.fibre-households';

async function gauge(template: ReturnType<typeof html>): Promise<CdsProgress> {
  const el = await fixture<CdsProgress>(template);
  await el.updateComplete;
  return el;
}
const details = (el: CdsProgress) => el.shadowRoot!.querySelector<HTMLElement>('[part~="explanation"]')!;
const summary = (el: CdsProgress) => details(el).querySelector<HTMLButtonElement>('button[part~="explanation-summary"]')!;
/** Whether the disclosure is open, as a screen reader hears it, and whether its content is there. */
const isOpen = (el: CdsProgress) => {
  const expanded = summary(el).getAttribute('aria-expanded') === 'true';
  expect(details(el).querySelector('.why') !== null, 'the content is there exactly while open').to.equal(expanded);
  return expanded;
};
/** The text the open disclosure shows, once its words have loaded. */
async function opened(el: CdsProgress): Promise<string> {
  await waitUntil(() => details(el).querySelector('.why-target'), 'the explanation never showed');
  await el.updateComplete;
  return details(el).querySelector('.why')!.textContent!;
}
async function press(el: CdsProgress, key: 'Enter' | 'Space'): Promise<void> {
  summary(el).focus();
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('the explanation part', () => {
  // First in the file, so that the content has not been loaded by a reader's click yet.
  it('opens from markup or script: the explained attribute loads and shows the explanation, and clearing it closes it', async () => {
    const el = await gauge(html`<cds-progress indicator=${FIBRE} as-of="2025-12-31" explained></cds-progress>`);
    expect(summary(el).getAttribute('aria-expanded')).to.equal('true');
    expect(await opened(el)).to.include('Mục tiêu');
    el.explained = false;
    await el.updateComplete;
    expect(isOpen(el)).to.equal(false);
    el.explained = true;
    await el.updateComplete;
    expect(isOpen(el)).to.equal(true);
  });

  it('passes an axe audit closed', async () => {
    const el = await gauge(html`<cds-progress indicator=${FIBRE} as-of="2025-12-31"></cds-progress>`);
    await expect(el).to.be.accessible();
  });

  it('passes an axe audit open', async () => {
    const el = await gauge(html`<cds-progress indicator=${FIBRE} as-of="2025-12-31"></cds-progress>`);
    await press(el, 'Enter');
    await opened(el);
    await expect(el).to.be.accessible();
  });

  it('is on every gauge, closed by default, its summary saying "Vì sao?" and naming the indicator for screen readers', async () => {
    for (const look of LOOKS) {
      const el = await gauge(html`<cds-progress look=${look} indicator="city.rank-innovation" as-of="2025-12-31"></cds-progress>`);
      expect(isOpen(el), look).to.equal(false);
      expect(el.hasAttribute('explained')).to.equal(false);
      expect(summary(el).textContent).to.equal('Vì sao?');
      expect(summary(el).getAttribute('aria-label')).to.match(/^Vì sao\? Cách đánh giá: /);
    }
  });

  it('shifts nothing while closed: every look keeps the block size reserve.css reserves', async () => {
    const reserve = await (await fetch(new URL('../reserve.css', import.meta.url))).text();
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(reserve);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      for (const look of LOOKS) {
        const rule = look === 'bar' ? /cds-progress \{[^}]*min-block-size: ([\d.]+)em/ : new RegExp(`cds-progress\\[look='${look}'\\] \\{[^}]*min-block-size: ([\\d.]+)em`);
        expect(Number(rule.exec(reserve)![1]), look).to.equal(BLOCK_SIZE.wide[look]);
        const el = await gauge(html`<cds-progress look=${look} indicator=${FIBRE} as-of="2025-12-31" style="font-size: 15px"></cds-progress>`);
        expect(el.getBoundingClientRect().height, look).to.be.closeTo(BLOCK_SIZE.wide[look] * 15, 0.5);
        const base = el.shadowRoot!.querySelector('[part~="base"]')!.getBoundingClientRect();
        const closed = details(el).getBoundingClientRect();
        expect(closed.bottom, `${look}: the closed summary fits in the reserved box`).to.be.at.most(base.bottom + 0.5);
      }
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });

  it('opens with Enter and closes with Space on its summary, growing while open and returning to the height it had', async () => {
    const el = await gauge(html`<cds-progress indicator=${FIBRE} as-of="2025-12-31" style="font-size: 20px"></cds-progress>`);
    const closedHeight = el.getBoundingClientRect().height;
    await press(el, 'Enter');
    expect(isOpen(el)).to.equal(true);
    await opened(el);
    expect(el.hasAttribute('explained')).to.equal(true);
    expect(el.shadowRoot!.getElementById(summary(el).getAttribute('aria-controls')!), 'aria-controls names the open content').to.equal(details(el).querySelector('.why'));
    expect(el.getBoundingClientRect().height).to.be.greaterThan(closedHeight + 100);
    await press(el, 'Space');
    expect(isOpen(el)).to.equal(false);
    expect(el.hasAttribute('explained')).to.equal(false);
    expect(el.getBoundingClientRect().height).to.be.closeTo(closedHeight, 0.5);
  });

  it('opens with Space too', async () => {
    const el = await gauge(html`<cds-progress indicator=${FIBRE} as-of="2025-12-31"></cds-progress>`);
    await press(el, 'Space');
    expect(isOpen(el)).to.equal(true);
  });

  it('explains the fibre verdict before the deadline: figure, date, documents, deadline, the fall between sources and the reported status (vi)', async () => {
    const el = await gauge(html`<cds-progress lang="vi" indicator=${FIBRE} as-of="2025-12-31"></cds-progress>`);
    await press(el, 'Enter');
    const text = await opened(el);
    expect(text).to.include('Mục tiêu ≥ 90% vào năm 2025: vượt mức sớm (số liệu 24/10/2024)');
    expect(text).to.include('Số liệu được dùng: 91,4% (24/10/2024;');
    expect(text).to.include('Văn bản đặt mục tiêu: Nghị quyết 18-NQ/TU');
    expect(text).to.include('Văn bản đặt mục tiêu: Kế hoạch 239/KH-UBND');
    expect(text).to.include('Hạn: 31/12/2025, còn 0 ngày');
    expect(text).to.include('số liệu đi xuống: 93,15% (05/02/2024; nguồn: Báo Hànộimới)');
    expect(text).to.include('đã hoàn thành; khớp với kết luận tính từ số liệu');
    expect(text).to.include('Đánh giá tính đến 31/12/2025');
    // What holds for every target is said once.
    expect(text.split('số liệu đi xuống').length).to.equal(2);
  });

  it('explains the same verdict after the deadline as awaiting the final figure (en)', async () => {
    const el = await gauge(html`<cds-progress lang="en" indicator=${FIBRE} as-of="2026-01-01"></cds-progress>`);
    await press(el, 'Enter');
    const text = await opened(el);
    expect(summary(el).textContent).to.equal('Why?');
    expect(summary(el).getAttribute('aria-label')).to.equal('Why? How it is assessed: Fibre to households');
    expect(text).to.include('Target at least 90% by 2025: awaiting the final figure; the 24 Oct 2024 figure exceeded it');
    expect(text).to.include('Figure used: 91.4% (24 Oct 2024;');
    expect(text).to.include('Set by Resolution 18-NQ/TU');
    expect(text).to.include('Deadline: 31 Dec 2025, passed as of 1 Jan 2026.');
    expect(text).to.include('The last figure before it (24 Oct 2024) showed: exceeded.');
    expect(text).to.include('achieved; this agrees with what the last figure showed');
  });

  it('names each document once for a target two documents set (online services)', async () => {
    const el = await gauge(html`<cds-progress lang="en" indicator="government.online-public-services" as-of="2025-06-30"></cds-progress>`);
    await press(el, 'Enter');
    const text = await opened(el);
    expect(details(el).querySelectorAll('.why-target')).to.have.length(1);
    expect(text).to.match(/Set by .+ and Resolution 18-NQ\/TU/);
  });

  it('says a gauge drawn from attributes has its figure and target from the page, not from a document', async () => {
    const el = await gauge(html`<cds-progress lang="en" label="Sample" value="72" target="90" target-year="2025" as-of="2024-10-24" source="Sample report"></cds-progress>`);
    await press(el, 'Enter');
    const text = await opened(el);
    expect(text).to.include('Figure used: 72% (24 Oct 2024; source: Sample report).');
    expect(text).to.include('The figure and the target are written on this page');
    expect(text).not.to.include('Set by');
  });

  it('colours each target heading by its verdict, and keeps the text readable in the dark theme', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="background:#0d1117;padding:4px"><cds-progress theme="dark" indicator=${FIBRE} as-of="2025-12-31"></cds-progress></div>`);
    const el = wrapper.querySelector('cds-progress')!;
    await el.updateComplete;
    await press(el, 'Enter');
    await opened(el);
    const headings = [...details(el).querySelectorAll<HTMLElement>('.why-heading')];
    expect(headings.map((h) => h.dataset.status)).to.deep.equal(['exceeded', 'not_assessable', 'not_assessable']);
    // Each heading starts with its verdict's icon, the same character as the verdict line above.
    const lines = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="verdict"]')];
    const icon = (node: Element) => getComputedStyle(node, '::before').content;
    expect(headings.map(icon)).to.deep.equal(['"★" / ""', '"–" / ""', '"–" / ""']);
    expect(icon(headings[0]!)).to.equal(icon(lines.find((l) => l.dataset.status === 'exceeded')!));
    await expect(el).to.be.accessible();
  });
});
