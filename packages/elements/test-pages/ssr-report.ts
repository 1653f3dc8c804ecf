// Reports to the test page that loaded a page of server-rendered tags in an iframe: what the
// reader sees before the script (drawn gauges, their values), the script inserted late (or loaded
// with the page), then the layout shift, errors, cds-error events, CSP violations, and whether the
// shadow DOM after the upgrade is the one the server sent.
const probe = document.documentElement.dataset.probe ?? '';
const violations: string[] = [];
const errors: string[] = [];
const cdsErrors: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
window.addEventListener('error', (event) => errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
document.addEventListener('cds-error', (event) => cdsErrors.push((event as CustomEvent<{ code: string }>).detail.code));
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  errors.push(args.map(String).join(' '));
  consoleError(...args);
};

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

type Gauge = HTMLElement & { updateComplete?: Promise<boolean>; hasUpdated?: boolean };
const gauges = () => [...document.querySelectorAll<Gauge>('cds-progress')];

/**
 * The shadow DOM as markup, without what differs by construction: the server's <style> (the
 * element adopts the same sheet), lit's comment markers and the expected marker's <title>, whose
 * text the browser fills in (a server render writes no text into a <title>); attributes are
 * compared in name order.
 */
function markup(el: Element): string {
  const copy = document.createElement('div');
  copy.append(...[...el.shadowRoot!.childNodes].map((node) => node.cloneNode(true)));
  copy.querySelectorAll('style').forEach((style) => style.remove());
  copy.querySelectorAll('title').forEach((title) => title.replaceChildren());
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((comment) => comment.parentNode!.removeChild(comment));
  copy.normalize();
  // Attributes in one order: the browser adds bound attributes after the template's static ones.
  for (const element of copy.querySelectorAll('*')) {
    const attributes = [...element.attributes].map((a) => [a.name, a.value] as const).sort(([a], [b]) => a.localeCompare(b));
    for (const [name] of attributes) element.removeAttribute(name);
    for (const [name, value] of attributes) element.setAttribute(name, value);
  }
  return copy.innerHTML;
}

function snapshot() {
  return gauges().map((el) => {
    const root = el.shadowRoot;
    const fill = root?.querySelector('[part~="indicator"]');
    const value = root?.querySelector<HTMLElement>('[part~="value"], [part~="message"]');
    return {
      look: el.getAttribute('look') ?? 'bar',
      markup: root ? markup(el) : '',
      height: el.getBoundingClientRect().height,
      fillWidth: fill ? fill.getBoundingClientRect().width : 0,
      value: value?.textContent ?? null,
      valueVisible: Boolean(value?.checkVisibility() && value.getBoundingClientRect().height > 0),
      statuses: [...(root?.querySelectorAll<HTMLElement>('[part~="verdict"]') ?? [])].map((v) => v.dataset.status),
    };
  });
}

async function main() {
  const result: Record<string, unknown> = { probe };
  await frames(3);
  const late = probe === 'ssr-late' || probe === 'ssr-late-csp';
  if (late) {
    await sleep(300);
    result.defined = Boolean(customElements.get('cds-progress'));
    result.before = snapshot();
    result.afterTop = document.getElementById('after')!.getBoundingClientRect().top;
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/packages/elements/src/cdn.ts';
    document.head.append(script);
  }
  await customElements.whenDefined('cds-progress');
  await Promise.all(gauges().map((el) => el.updateComplete));
  await frames(3);
  await sleep(300);
  result.upgraded = gauges().map((el) => el instanceof customElements.get('cds-progress')! && el.hasUpdated === true);
  result.after = snapshot();
  result.afterTopLater = document.getElementById('after')!.getBoundingClientRect().top;
  result.adoptedSheets = gauges().map((el) => el.shadowRoot?.adoptedStyleSheets.length ?? 0);
  result.styleElements = gauges().map((el) => el.shadowRoot?.querySelectorAll('style').length ?? 0);
  result.cls = cls;
  result.violations = violations;
  result.errors = errors;
  result.cdsErrors = cdsErrors;
  parent.postMessage(result, '*');
}

void main();
