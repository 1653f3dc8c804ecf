// Reports to the test page that loaded this page in an iframe: CSP violations, uncaught errors,
// what rendered, and (for the late-script pages) the layout shift measured around the upgrade.
const probe = document.documentElement.dataset.probe ?? '';
const violations: string[] = [];
const errors: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
window.addEventListener('error', (event) => errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

let cls = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
    if (!entry.hadRecentInput) cls += entry.value;
  }
}).observe({ type: 'layout-shift', buffered: true });

const frames = (n: number) => new Promise<void>((resolve) => {
  const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
  step(n);
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Gauge = HTMLElement & { updateComplete: Promise<boolean> };
const gauges = () => [...document.querySelectorAll<Gauge>('cds-progress')];
const summaries = () => [...document.querySelectorAll<Gauge>('cds-summary')];
const hosts = () => [...document.querySelectorAll<Gauge>('cds-progress, cds-summary')];

async function rendered() {
  await customElements.whenDefined(gauges().length > 0 ? 'cds-progress' : 'cds-summary');
  const start = performance.now();
  // src gauges render after their fetch: wait for every meter (every summary's segments), for at most 5 s.
  const pending = () =>
    gauges().some((el) => !el.shadowRoot?.querySelector('[role="meter"]')) || summaries().some((el) => !el.shadowRoot?.querySelector('[part~="segments"]'));
  while (pending() && performance.now() - start < 5000) await sleep(20);
  await Promise.all(hosts().map((el) => el.updateComplete));
  await frames(3);
}

function describeSummaries() {
  return summaries().map((el) => ({
    segments: el.shadowRoot?.querySelectorAll('[part~="segment"]').length ?? 0,
    computed: el.shadowRoot?.querySelector('[part~="computed"]')?.textContent ?? null,
    reported: el.shadowRoot?.querySelector('[part~="reported"]')?.textContent ?? null,
    adoptedSheets: el.shadowRoot?.adoptedStyleSheets.length ?? 0,
    height: el.getBoundingClientRect().height,
  }));
}

function describe() {
  return gauges().map((el) => {
    const fill = el.shadowRoot?.querySelector<HTMLElement | SVGElement>('[part~="indicator"]');
    return {
      look: el.getAttribute('look') ?? 'bar',
      meter: Boolean(el.shadowRoot?.querySelector('[role="meter"]')),
      value: el.shadowRoot?.querySelector('[part~="value"]')?.textContent ?? null,
      fillWidth: fill ? fill.getBoundingClientRect().width : 0,
      adoptedSheets: el.shadowRoot?.adoptedStyleSheets.length ?? 0,
      height: el.getBoundingClientRect().height,
    };
  });
}

async function main() {
  const result: Record<string, unknown> = { probe };
  if (probe.startsWith('late')) {
    await frames(3);
    await sleep(300);
    result.before = hosts().map((el) => ({ text: el.textContent!.trim(), height: el.getBoundingClientRect().height, visible: el.checkVisibility() }));
    result.afterTop = document.getElementById('after')!.getBoundingClientRect().top;
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/packages/elements/src/cdn.ts';
    document.head.append(script);
  }
  await rendered();
  await sleep(300);
  result.gauges = describe();
  result.summaries = describeSummaries();
  result.cls = cls;
  if (probe.startsWith('late')) result.afterTopLater = document.getElementById('after')!.getBoundingClientRect().top;
  result.violations = violations;
  result.errors = errors;
  result.defined = customElements.get('cds-progress')?.name ?? null;
  parent.postMessage(result, '*');
}

void main();
