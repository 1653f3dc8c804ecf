import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { INPUT_LIMITS } from '@hn-cds/core';
import '../hanoi.js';
import type { CdsErrorDetail } from './attributes.js';
import { readTimeout } from './timeout.js';
import { forgetSharedLoads, sharedLoads } from './payload-cache.js';
import { CHUNK_BYTES } from './validate-in-chunks.js';
import './progress.js';
import type { CdsProgress } from './progress.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const meter = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[role="meter"]');

const report = { kind: 'report', id: 'r1', publisher: 'Báo', date: '2024-10-24', title: { vi: 'Bài báo', en: 'Article' } };
const resolution = { kind: 'resolution', id: 'nq18', issuer: { vi: 'Thành ủy', en: 'Party Committee' }, title: { vi: 'Nghị quyết', en: 'Resolution' } };

function indicator(id: string, value = 62) {
  return {
    id,
    pillar: 'society',
    label: { vi: `Chỉ số ${id}`, en: `Indicator ${id}` },
    unit: 'percent',
    direction: 'higher_is_better',
    targets: [{ year: 2025, source: 'nq18', comparator: 'reach', value: 90 }],
    observations: [{ kind: 'value', date: '2024-10-24', source: 'r1', value, qualifier: 'exact' }],
  };
}

function payload(count: number, value = 62) {
  return { kind: 'indicators', schemaVersion: 1, sources: [resolution, report], indicators: Array.from({ length: count }, (_, i) => indicator(`society.i${i}`, value)) };
}

/** Serves answers from a table instead of the network, counting requests per URL. */
function fakeServer(routes: Record<string, () => Response | Promise<Response>>) {
  const real = window.fetch;
  const requests = new Map<string, number>();
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input), document.baseURI);
    const route = routes[url.pathname + url.search];
    if (!route) return real(input, init);
    requests.set(url.pathname + url.search, (requests.get(url.pathname + url.search) ?? 0) + 1);
    if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    return route();
  };
  return { requests, restore: () => (window.fetch = real) };
}

const json = (body: unknown, headers: Record<string, string> = {}) => () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json', ...headers } });

let server: ReturnType<typeof fakeServer>;
let seq = 0;
const unique = (name: string) => `/__hardening/${name}.json?n=${(seq += 1)}`;

afterEach(() => {
  server?.restore();
  forgetSharedLoads();
});

async function settled(el: CdsProgress) {
  for (let i = 0; i < 250 && ((el as unknown as { loading: boolean }).loading || !(meter(el) || part(el, 'message')?.textContent)); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await el.updateComplete;
}

describe('<cds-progress src> under load', () => {
  it('is accessible while it shares a payload', async () => {
    const src = unique('a11y');
    server = fakeServer({ [src]: json(payload(2)) });
    const el = await fixture<CdsProgress>(html`<cds-progress lang="en" src=${src} indicator="society.i0" as-of="2024-12-31"></cds-progress>`);
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('fetches a src once for every gauge that names it, however written', async () => {
    const src = unique('shared');
    server = fakeServer({ [src]: json(payload(3)) });
    const absolute = new URL(src, document.baseURI).href;
    const box = await fixture<HTMLDivElement>(html`<div>
      <cds-progress src=${src} indicator="society.i0" as-of="2024-12-31"></cds-progress>
      <cds-progress src=${absolute} indicator="society.i1" as-of="2024-12-31"></cds-progress>
      <cds-progress src=${src} indicator="society.i2" as-of="2024-12-31"></cds-progress>
    </div>`);
    const gauges = [...box.querySelectorAll('cds-progress')];
    for (const el of gauges) await settled(el);
    expect(gauges.map((el) => meter(el) !== null)).to.deep.equal([true, true, true]);
    expect(server.requests.get(src)).to.equal(1);
  });

  it('reuses the payload when lang, look, as-of or indicator change, and when a gauge with the same src comes later', async () => {
    const src = unique('reuse');
    server = fakeServer({ [src]: json(payload(2)) });
    const el = await fixture<CdsProgress>(html`<cds-progress src=${src} indicator="society.i0" as-of="2024-12-31"></cds-progress>`);
    await settled(el);
    for (const [name, value] of [['lang', 'en'], ['look', 'ring'], ['as-of', '2024-11-30'], ['indicator', 'society.i1'], ['timeout', '5000']] as const) {
      el.setAttribute(name, value);
      await settled(el);
      expect(meter(el), name).to.not.equal(null);
    }
    const later = await fixture<CdsProgress>(html`<cds-progress src=${src} indicator="society.i1" as-of="2024-12-31"></cds-progress>`);
    await settled(later);
    expect(meter(later)).to.not.equal(null);
    expect(server.requests.get(src)).to.equal(1);
  });

  it('fetches again after a failed load, on a retry or a changed src', async () => {
    const src = unique('retry');
    let fail = true;
    server = fakeServer({ [src]: () => (fail ? new Response('down', { status: 503 }) : json(payload(1))()) });
    const el = await fixture<CdsProgress>(html`<cds-progress lang="en" src=${src}></cds-progress>`);
    const { detail } = (await oneEvent(el, 'cds-error')) as CustomEvent<CdsErrorDetail>;
    expect(detail).to.include({ code: 'http_error', status: 503 });
    fail = false;
    el.src = '/packages/elements/test-pages/indicators.json';
    await settled(el);
    el.src = src;
    await settled(el);
    expect(meter(el)).to.not.equal(null);
    expect(server.requests.get(src)).to.equal(2);
  });

  it('loads again when it is moved in the page while loading', async () => {
    const src = unique('moved');
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    server = fakeServer({ [src]: async () => (await gate, json(payload(1))()) });
    const box = await fixture<HTMLDivElement>(html`<div><cds-progress src=${src}></cds-progress><p></p></div>`);
    const el = box.querySelector('cds-progress')!;
    await el.updateComplete;
    box.querySelector('p')!.append(el);
    release();
    await settled(el);
    expect(meter(el)).to.not.equal(null);
  });

  it('aborts a shared load nobody waits for any more, and keeps no entry for it', async () => {
    const src = unique('abandoned');
    let aborted = false;
    let started = false;
    const real = window.fetch;
    server = fakeServer({});
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (!String(input).includes('abandoned')) return real(input, init);
      started = true;
      return new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => ((aborted = true), reject(new DOMException('aborted', 'AbortError')))));
    };
    const before = sharedLoads();
    const el = await fixture<CdsProgress>(html`<cds-progress src=${src}></cds-progress>`);
    for (let i = 0; i < 250 && !started; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(started).to.equal(true);
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(aborted).to.equal(true);
    expect(sharedLoads()).to.equal(before);
    window.fetch = real;
  });

  it('validates a payload of several slices as a whole: the same gauge, and issues at their real index', async () => {
    const big = payload(Math.ceil((3 * CHUNK_BYTES) / JSON.stringify(indicator('society.i0')).length));
    const count = big.indicators.length;
    const last = `society.i${count - 1}`;
    const broken = structuredClone(big) as { indicators: Array<{ observations: Array<{ value: unknown }> }> };
    broken.indicators[count - 1]!.observations[0]!.value = '62,5';
    const good = unique('sliced');
    const bad = unique('sliced-bad');
    server = fakeServer({ [good]: json(big), [bad]: json(broken) });
    const el = await fixture<CdsProgress>(html`<cds-progress lang="en" src=${good} indicator=${last} as-of="2024-12-31"></cds-progress>`);
    await settled(el);
    expect(part(el, 'value')!.textContent).to.equal('62%');
    const event = oneEvent(el, 'cds-error');
    el.src = bad;
    const { detail } = (await event) as CustomEvent<CdsErrorDetail>;
    expect(detail.code).to.equal('invalid_payload');
    expect(detail.issues![0]!.pointer).to.equal(`/indicators/${count - 1}/observations/0/value`);
  });

  it('validates one indicator of many figures a run of them at a time: the same gauge, and issues at their real index', async () => {
    const one = indicator('society.many');
    const figure = JSON.stringify(one.observations[0]).length;
    const count = Math.min(INPUT_LIMITS.observationsPerList, Math.ceil((3 * CHUNK_BYTES) / figure));
    // Undated figures first, one dated figure last: the gauge shows the dated one.
    const figures = Array.from({ length: count }, (_, i) => ({ kind: 'value', date: i === count - 1 ? '2024-10-24' : 'undated', source: 'r1', value: i === count - 1 ? 71 : 62, qualifier: 'exact' }));
    const big = { kind: 'indicators', schemaVersion: 1, sources: [resolution, report], indicators: [{ ...one, observations: figures }] };
    const broken = structuredClone(big) as { indicators: Array<{ observations: Array<{ value: unknown }> }> };
    broken.indicators[0]!.observations[count - 2]!.value = '62,5';
    const good = unique('one-big');
    const bad = unique('one-big-bad');
    server = fakeServer({ [good]: json(big), [bad]: json(broken) });
    const el = await fixture<CdsProgress>(html`<cds-progress lang="en" src=${good} indicator="society.many" as-of="2024-12-31"></cds-progress>`);
    await settled(el);
    expect(part(el, 'value')!.textContent).to.equal('71%');
    const event = oneEvent(el, 'cds-error');
    el.src = bad;
    const { detail } = (await event) as CustomEvent<CdsErrorDetail>;
    expect(detail.code).to.equal('invalid_payload');
    expect(detail.issues![0]!.pointer).to.equal(`/indicators/0/observations/${count - 2}/value`);
  });

  it('reports duplicate ids in different slices as core does', async () => {
    const big = payload(Math.ceil((3 * CHUNK_BYTES) / JSON.stringify(indicator('society.i0')).length));
    big.indicators[big.indicators.length - 1]!.id = 'society.i0';
    const src = unique('duplicates');
    server = fakeServer({ [src]: json(big) });
    const el = await fixture<CdsProgress>(html`<cds-progress lang="en" src=${src} indicator="society.i0"></cds-progress>`);
    const { detail } = (await oneEvent(el, 'cds-error')) as CustomEvent<CdsErrorDetail>;
    expect(detail.code).to.equal('invalid_payload');
    expect(detail.issues!.some((issue) => issue.pointer.startsWith(`/indicators/${big.indicators.length - 1}`))).to.equal(true);
  });

  const tooLarge: Array<[string, () => Response]> = [
    ['a Content-Length over the limit', () => new Response('{}', { headers: { 'content-length': String(INPUT_LIMITS.payloadBytes + 1) } })],
    [
      'a body that streams past the limit',
      () => {
        const piece = new Uint8Array(1024 * 1024).fill(32);
        let sent = 0;
        return new Response(new ReadableStream({ pull: (c) => (sent++ > 17 ? c.close() : c.enqueue(piece)) }));
      },
    ],
  ];
  for (const [name, answer] of tooLarge) {
    it(`refuses ${name} before parsing it, in both languages`, async () => {
      const src = unique('large');
      server = fakeServer({ [src]: answer });
      const el = await fixture<CdsProgress>(html`<cds-progress lang="en" src=${src}></cds-progress>`);
      const { detail } = (await oneEvent(el, 'cds-error')) as CustomEvent<CdsErrorDetail>;
      await el.updateComplete;
      expect(detail.code).to.equal('payload_too_large');
      expect(detail.message.en).to.match(/too large/);
      expect(detail.message.vi).to.match(/quá lớn/);
      expect(detail.message.en).to.include(String(INPUT_LIMITS.payloadBytes));
      expect(part(el, 'message')!.textContent).to.equal(detail.message.en);
    });
  }

  it('says a body that is not UTF-8 is not UTF-8 text', async () => {
    const src = unique('latin1');
    server = fakeServer({ [src]: () => new Response(new Uint8Array([0x7b, 0x22, 0xff, 0xc0, 0xaf, 0x22, 0x7d])) });
    const el = await fixture<CdsProgress>(html`<cds-progress lang="en" src=${src}></cds-progress>`);
    const { detail } = (await oneEvent(el, 'cds-error')) as CustomEvent<CdsErrorDetail>;
    expect(detail.code).to.equal('invalid_payload');
    expect(detail.message).to.deep.equal({ en: `The data file ${src} is not UTF-8 text.`, vi: `Tệp dữ liệu ${src} không phải văn bản UTF-8.` });
  });

  it('reads JSON served with another content type', async () => {
    const src = unique('text-plain');
    server = fakeServer({ [src]: () => new Response(JSON.stringify(payload(1)), { headers: { 'content-type': 'text/plain' } }) });
    const el = await fixture<CdsProgress>(html`<cds-progress src=${src} as-of="2024-12-31"></cds-progress>`);
    await settled(el);
    expect(meter(el)).to.not.equal(null);
  });
});

describe('<cds-progress timeout>', () => {
  const cases: Array<[unknown, number]> = [
    [3000, 3000],
    [2147483647, 2147483647],
    [2147483648, 2147483647],
    [1e300, 2147483647],
    [Number.POSITIVE_INFINITY, 2147483647],
    [0, 10000],
    [-5, 10000],
    [Number.NaN, 10000],
    ['garbage', 10000],
    ['', 10000],
    ['250', 250],
  ];
  for (const [input, expected] of cases) {
    it(`uses ${expected} ms for a timeout of ${String(input)}`, () => {
      expect(readTimeout(input)).to.equal(expected);
    });
  }

  for (const timeout of ['2147483648', '99999999999', '-1', 'soon']) {
    it(`still loads a src with timeout="${timeout}", with no error`, async () => {
      const src = unique('timeout');
      server = fakeServer({ [src]: async () => (await new Promise((resolve) => setTimeout(resolve, 500)), json(payload(1))()) });
      const errors: CdsErrorDetail[] = [];
      const el = await fixture<CdsProgress>(html`<cds-progress timeout=${timeout} src=${src} as-of="2024-12-31" @cds-error=${(e: CustomEvent<CdsErrorDetail>) => errors.push(e.detail)}></cds-progress>`);
      await settled(el);
      expect(errors).to.deep.equal([]);
      expect(meter(el)).to.not.equal(null);
    });
  }
});

describe('<cds-progress> given odd values', () => {
  it('treats target=" " as no target, like target=""', async () => {
    const spaces = await fixture<CdsProgress>(html`<cds-progress lang="en" value="40" target=" " target-year=" " as-of="2024-10-24"></cds-progress>`);
    const empty = await fixture<CdsProgress>(html`<cds-progress lang="en" value="40" target="" as-of="2024-10-24"></cds-progress>`);
    expect(part(spaces, 'message')).to.equal(null);
    expect(meter(spaces)!.getAttribute('aria-valuetext')).to.equal(meter(empty)!.getAttribute('aria-valuetext'));
    expect(spaces.shadowRoot!.querySelectorAll('[part~="target"]').length).to.equal(0);
  });

  it('treats value=" " as no value, like value=""', async () => {
    const spaces = await fixture<CdsProgress>(html`<cds-progress lang="en" value="  "></cds-progress>`);
    const empty = await fixture<CdsProgress>(html`<cds-progress lang="en" value=""></cds-progress>`);
    expect(part(spaces, 'message')!.textContent).to.equal(part(empty, 'message')!.textContent);
  });

  const odd: Array<[string, unknown, string]> = [
    ['an object', {}, '{…}'],
    ['an array', [1], '{…}'],
    ['an object whose toString throws', { toString: () => { throw new Error('no'); } }, '{…}'],
    ['a boolean', true, 'true'],
    ['a symbol', Symbol('x'), 'Symbol(x)'],
  ];
  for (const [name, input, shown] of odd) {
    it(`says value holds ${name} that is not a number, in both languages, through cds-error`, async () => {
      const el = await fixture<CdsProgress>(html`<cds-progress lang="en" value="40"></cds-progress>`);
      const event = oneEvent(el, 'cds-error');
      el.value = input as string;
      const { detail } = (await event) as CustomEvent<CdsErrorDetail>;
      await el.updateComplete;
      expect(detail).to.include({ code: 'invalid_attribute', attribute: 'value', received: shown });
      expect(detail.message).to.deep.equal({
        en: `The value attribute is not valid: “${shown}”. Expected a number written with a decimal point, e.g. 93.15.`,
        vi: `Giá trị của thuộc tính value không hợp lệ: “${shown}”. Cần một số viết bằng dấu chấm thập phân, ví dụ 93.15.`,
      });
      expect(el.shadowRoot!.textContent).to.not.include('[object Object]');
      expect(part(el, 'notice')!.textContent).to.include(detail.message.en);
    });
  }

  it('reads a BigInt value as the number it holds', async () => {
    const el = await fixture<CdsProgress>(html`<cds-progress lang="en" value="40"></cds-progress>`);
    el.value = 5n as unknown as string;
    await el.updateComplete;
    expect(part(el, 'value')!.textContent).to.equal('5%');
  });

  it('says what a non-text look, as-of, target-year or target held', async () => {
    const el = await fixture<CdsProgress>(html`<cds-progress lang="en" value="40"></cds-progress>`);
    for (const name of ['look', 'asOf', 'targetYear', 'target'] as const) {
      const event = oneEvent(el, 'cds-error');
      (el as unknown as Record<string, unknown>)[name] = { a: 1 };
      const { detail } = (await event) as CustomEvent<CdsErrorDetail>;
      expect(detail.received, name).to.equal('{…}');
      expect(detail.message.en, name).to.not.include('[object Object]');
      (el as unknown as Record<string, unknown>)[name] = name === 'look' ? 'bar' : undefined;
      await el.updateComplete;
    }
  });

  it('never throws into the page for a lang that is not text: it reports it and keeps its render', async () => {
    const el = await fixture<CdsProgress>(html`<cds-progress value="40"></cds-progress>`);
    const event = oneEvent(el, 'cds-error');
    (el as unknown as { lang: unknown }).lang = { en: true };
    const { detail } = (await event) as CustomEvent<CdsErrorDetail>;
    await el.updateComplete;
    expect(detail.code).to.equal('render_failed');
    expect(meter(el)).to.not.equal(null);
  });
});
