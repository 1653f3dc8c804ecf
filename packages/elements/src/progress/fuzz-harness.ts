import type { CdsErrorDetail } from './attributes.js';
import type { AttributeSet, RouteAnswer } from './fuzz-sets.js';

// Test support for the browser fuzz of <cds-progress>: puts attribute sets on gauges, settles them
// and checks what a host page must be able to count on. Runs in the page, with `cds-progress`
// defined; never imported by the element. Type imports only, so the long run can serve it as
// plain JavaScript after stripping the types.

/** What the fuzz checks, one class each. */
export const FUZZ_CLASSES = ['thrown', 'injected', 'blank', 'stuck', 'unreported', 'leaked-text', 'leaked'] as const;
type FuzzClass = (typeof FUZZ_CLASSES)[number];

/** One failed check: its class, what happened, and the attribute set that caused it. */
export interface FuzzFailure {
  name: string;
  message: string;
  input: string;
}

/** What a fuzz run found. */
export interface FuzzResult {
  classes: Record<FuzzClass, { inputs: number; failures: number }>;
  failures: FuzzFailure[];
  sets: number;
  changes: number;
  responses: number;
  /** How many gauges ended drawn, and how many ended showing an error (alone or over a kept render). */
  drawn: number;
  errors: number;
}

type Gauge = HTMLElement & { loading?: boolean; updateComplete: Promise<boolean> };

/**
 * Answers same-origin requests from `routes` (404 for any other path) instead of the network, for
 * the short run in the test runner, whose server cannot be told how to answer: a redirect is
 * followed by calling fetch again, as the browser would. Returns a function that puts the real
 * fetch back, and the number of answers given.
 */
export function installFakeServer(routes: Record<string, RouteAnswer>): { restore: () => void; responses: () => number } {
  const real = window.fetch;
  let responses = 0;
  const fake = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (url.origin !== location.origin) return real(input, init);
    // Any other same-origin URL a hostile src names gets a 404 here, not from the test server's log.
    const route = routes[url.pathname] ?? { status: 404, body: 'not found' };
    responses += 1;
    const signal = init?.signal;
    if (route.delay) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, route.delay);
        signal?.addEventListener('abort', () => (clearTimeout(timer), reject(new DOMException('aborted', 'AbortError'))));
      });
    }
    if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
    if (route.redirect) return fake(route.redirect, init);
    const headers = route.headers ?? {};
    if (route.stream) {
      const { size, count } = route.stream;
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent < count) controller.enqueue(new Uint8Array(size).fill(32));
          else if (sent === count) controller.enqueue(new TextEncoder().encode('{}'));
          else controller.close();
          sent += 1;
        },
      });
      return new Response(body, { status: route.status ?? 200, headers });
    }
    const body = typeof route.body === 'string' || route.body === undefined ? (route.body ?? '') : new Uint8Array(route.body);
    return new Response(body, { status: route.status ?? 200, headers });
  };
  window.fetch = fake;
  return { restore: () => (window.fetch = real), responses: () => responses };
}

const MARKUP = 'img, script, iframe, object, embed, foreignObject, link, meta, base, form, input';
const LEAKS = ['[object Object]', 'undefined', 'NaN', 'Infinity'];

/**
 * Puts each attribute set on a new gauge (`batch` gauges at a time), applies its quick changes,
 * waits until every gauge has settled (at most `settle` ms), checks each gauge, then removes them.
 */
export async function runSets(sets: AttributeSet[], options: { batch?: number; settle?: number } = {}): Promise<FuzzResult> {
  const { batch = 16, settle = 4000 } = options;
  const result: FuzzResult = {
    classes: Object.fromEntries(FUZZ_CLASSES.map((name) => [name, { inputs: 0, failures: 0 }])) as FuzzResult['classes'],
    failures: [],
    sets: 0,
    changes: 0,
    responses: 0,
    drawn: 0,
    errors: 0,
  };
  const fail = (name: FuzzClass, message: string, set: AttributeSet | undefined) => {
    result.classes[name].failures += 1;
    if (result.failures.length < 50) result.failures.push({ name: `element: ${name}`, message, input: JSON.stringify(set ?? null).slice(0, 400) });
  };

  // Count the page-level listeners the gauges add and remove, to find any left behind.
  const listeners = new Set<unknown>();
  const add = globalThis.addEventListener;
  const remove = globalThis.removeEventListener;
  globalThis.addEventListener = function (this: unknown, type: string, listener: unknown, ...rest: unknown[]) {
    if (type === 'hn-cds-taxonomy') listeners.add(listener);
    return (add as Function).call(this, type, listener, ...rest);
  } as typeof add;
  globalThis.removeEventListener = function (this: unknown, type: string, listener: unknown, ...rest: unknown[]) {
    if (type === 'hn-cds-taxonomy') listeners.delete(listener);
    return (remove as Function).call(this, type, listener, ...rest);
  } as typeof remove;

  const thrown: string[] = [];
  const onError = (event: ErrorEvent) => thrown.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => thrown.push(String(event.reason?.message ?? event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const box = document.createElement('div');
  document.body.append(box);

  try {
    for (let start = 0; start < sets.length; start += batch) {
      const chunk = sets.slice(start, start + batch);
      thrown.length = 0;
      const gauges = chunk.map((set) => {
        const el = document.createElement('cds-progress') as unknown as Gauge;
        const errors: CdsErrorDetail[] = [];
        el.addEventListener('cds-error', (event) => errors.push((event as CustomEvent<CdsErrorDetail>).detail));
        for (const [name, value] of Object.entries(set.attributes)) el.setAttribute(name, value);
        box.append(el);
        return { el, set, errors };
      });
      // The first change at once, the next after a microtask, the others after a task.
      for (let step = 0; step < 4; step += 1) {
        for (const { el, set } of gauges) {
          const change = set.changes[step];
          if (!change) continue;
          result.changes += Object.keys(change).length;
          for (const [name, value] of Object.entries(change)) {
            if (value === null) el.removeAttribute(name);
            else el.setAttribute(name, value);
          }
        }
        if (step === 1) await Promise.resolve();
        else if (step > 1) await new Promise((resolve) => setTimeout(resolve, 0));
      }
      const deadline = performance.now() + settle;
      while (performance.now() < deadline && gauges.some(({ el }) => el.loading)) await new Promise((resolve) => setTimeout(resolve, 10));
      await Promise.all(gauges.map(({ el }) => el.updateComplete));

      result.classes.thrown.inputs += chunk.length;
      for (const message of thrown) fail('thrown', message, chunk[0]);
      for (const { el, set, errors } of gauges) {
        result.sets += 1;
        check(el, set, errors, fail, result);
      }
      for (const { el } of gauges) el.remove();
    }
    // Disconnected gauges must have let go of the page.
    await new Promise((resolve) => setTimeout(resolve, 0));
    result.classes.leaked.inputs += 1;
    if (listeners.size > 0) fail('leaked', `${listeners.size} hn-cds-taxonomy listeners left on the page after every gauge was removed`, undefined);
  } finally {
    globalThis.addEventListener = add;
    globalThis.removeEventListener = remove;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    box.remove();
  }
  return result;
}

function check(el: Gauge, set: AttributeSet, errors: CdsErrorDetail[], fail: (name: FuzzClass, message: string, set: AttributeSet) => void, result: FuzzResult) {
  const root = el.shadowRoot;
  for (const name of ['injected', 'blank', 'stuck', 'unreported', 'leaked-text'] as const) result.classes[name].inputs += 1;
  if (!root) return fail('blank', 'no shadow root', set);

  const pwned = (window as { __pwned?: unknown }).__pwned;
  const markup = root.querySelector(MARKUP);
  const handler = [...root.querySelectorAll('*')].find((node) => [...node.attributes].some((a) => a.name.startsWith('on')));
  const link = [...root.querySelectorAll('a[href]')].find((a) => !/^https?:\/\//i.test(a.getAttribute('href') ?? ''));
  if (pwned !== undefined || markup || handler || link || el.childNodes.length > 0) {
    fail('injected', `markup in the gauge: ${markup?.outerHTML ?? handler?.outerHTML ?? link?.outerHTML ?? (pwned !== undefined ? 'window.__pwned set' : 'light DOM children')}`.slice(0, 300), set);
    delete (window as { __pwned?: unknown }).__pwned;
  }

  if (el.loading) return fail('stuck', 'still loading after the settle time', set);
  // A scale is a meter; every other kind of figure is a group named by its sentence.
  const meter = root.querySelector('[role="meter"], [role="group"]');
  const message = root.querySelector('[part~="message"]');
  const notice = root.querySelector('[part~="notice"]');
  if (!meter && !message?.textContent?.trim()) fail('blank', 'neither a gauge nor a message', set);

  const shown = (notice ?? (meter ? null : message))?.textContent?.trim();
  if (meter) result.drawn += 1;
  if (shown) result.errors += 1;
  if (shown) {
    const last = errors[errors.length - 1];
    const said = last && [last.message.vi, last.message.en].some((text) => text && shown.includes(text.trim()));
    if (!said) fail('unreported', `shows "${shown.slice(0, 120)}" with no cds-error saying it (last: ${last ? last.message.en.slice(0, 80) : 'none'})`, set);
  }
  for (const detail of errors) {
    if (!detail.message?.vi || !detail.message?.en || !detail.code) fail('unreported', `a cds-error without a code or a message in both languages: ${JSON.stringify(detail).slice(0, 120)}`, set);
  }

  const given = JSON.stringify(set);
  const text = root.textContent ?? '';
  const values = [...root.querySelectorAll('[aria-valuetext]')].map((node) => node.getAttribute('aria-valuetext') ?? '').join(' ');
  for (const leak of LEAKS) {
    if (!given.includes(leak) && (text.includes(leak) || values.includes(leak))) fail('leaked-text', `the gauge shows "${leak}": ${(text + values).slice(0, 160)}`, set);
  }
}
