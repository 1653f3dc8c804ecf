import { INPUT_LIMITS, type Lang, type Payload, type Taxonomy } from '@hn-cds/core';
import { both, fill } from '../shared/messages.js';
import { isProblem, problem, type CdsErrorCode, type CdsErrorDetail } from './attributes.js';
import { shared } from './payload-cache.js';
import { readTimeout } from './timeout.js';
import { validateInChunks, yieldToPage } from './validate-in-chunks.js';

// Only a `src` can fail these ways, so their words come in this lazy chunk, not the element's bundle.
const WORDS = {
  vi: {
    invalidPayload: 'Tệp dữ liệu {0} không hợp lệ: {1}',
    notJson: 'Tệp dữ liệu {0} không phải JSON.',
    notUtf8: 'Tệp dữ liệu {0} không phải văn bản UTF-8.',
    tooLarge: 'Tệp dữ liệu {0} quá lớn: {1} byte, tối đa {2} byte.',
    tooLargeStreamed: 'Tệp dữ liệu {0} quá lớn: hơn {1} byte.',
    httpError: 'Không tải được {0} (HTTP {1}).',
    timeout: 'Hết thời gian chờ khi tải {0}.',
    networkError: 'Không kết nối được tới {0}.',
  },
  en: {
    invalidPayload: 'The data file {0} is not valid: {1}',
    notJson: 'The data file {0} is not JSON.',
    notUtf8: 'The data file {0} is not UTF-8 text.',
    tooLarge: 'The data file {0} is too large: {1} bytes, at most {2}.',
    tooLargeStreamed: 'The data file {0} is too large: more than {1} bytes.',
    httpError: 'Could not load {0} (HTTP {1}).',
    timeout: 'Loading {0} took too long.',
    networkError: 'Could not reach {0}.',
  },
} as const satisfies Record<Lang, Record<string, string>>;

type Key = keyof (typeof WORDS)['en'];

function fail(code: CdsErrorCode, key: Key, facts: Omit<CdsErrorDetail, 'code' | 'message'>, ...args: Array<string | number>): CdsErrorDetail {
  return { code, message: both((lang) => fill(WORDS[lang][key], args)), ...facts };
}

/** Why a load stopped before it had a payload; `url` is filled in by each gauge. */
type Failure = { failure: Key; code: CdsErrorCode; args: Array<string | number>; status?: number; issues?: CdsErrorDetail['issues']; detail?: string };

/** A validated payload and, per default dataset, the taxonomy built from it. */
interface Loaded {
  payload: Payload;
  taxonomies: WeakMap<object, Taxonomy | CdsErrorDetail>;
}

const NO_BASE = {};

/**
 * Fetches a payload, checks it with core's validator and turns it into a taxonomy: a taxonomy as
 * is; a set of indicators with a stand-in programme; new observations merged into `base` (the
 * default dataset) when there is one.
 *
 * Every gauge naming the same absolute URL shares one fetch, one parse, one validation and one
 * taxonomy; a failed load is forgotten once it settles, so the next attempt fetches again. A body
 * larger than `INPUT_LIMITS.payloadBytes` is refused before it is parsed (from `Content-Length`
 * when the server sends one, else while it streams in), and the work on a large body yields to
 * the page between parsing and validating and between slices of validation. The content type is
 * not checked: many static hosts serve JSON as `text/plain`. `timeout` (milliseconds) is this
 * gauge's own patience, read by `readTimeout`; the shared fetch is aborted when no gauge waits for it any more.
 */
export async function loadPayload(url: string, base: Taxonomy | undefined, timeout: unknown, signal: AbortSignal): Promise<Taxonomy | CdsErrorDetail> {
  const shown = url.length > 80 ? `${url.slice(0, 80)}…` : url;
  let absolute: string;
  try {
    absolute = new URL(url, document.baseURI).href;
  } catch {
    return fail('network_error', 'networkError', { url }, shown);
  }
  const mine = new AbortController();
  const onAbort = () => mine.abort();
  signal.addEventListener('abort', onAbort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    mine.abort();
  }, readTimeout(timeout));
  try {
    const loaded = await shared<Loaded | Failure>(
      absolute,
      (sharedSignal) => fetchPayload(absolute, sharedSignal).catch((): Failure => ({ failure: 'networkError', code: 'network_error', args: [] })),
      (result) => 'failure' in result,
      mine.signal,
      (): Failure => ({ failure: 'timeout', code: 'timeout', args: [] }),
    );
    if (timedOut && !signal.aborted) return fail('timeout', 'timeout', { url }, shown);
    if ('failure' in loaded) return failure(loaded, url, shown);
    const key = loaded.payload.kind === 'observations' ? (base ?? NO_BASE) : NO_BASE;
    let taxonomy = loaded.taxonomies.get(key);
    if (!taxonomy) {
      taxonomy = toTaxonomy(loaded.payload, base, shown);
      // A missing dataset may be registered later: only a taxonomy is worth keeping.
      if (!isProblem(taxonomy)) loaded.taxonomies.set(key, taxonomy);
    }
    return isProblem(taxonomy) ? { ...taxonomy, url } : taxonomy;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

function failure(found: Failure, url: string, shown: string): CdsErrorDetail {
  if (found.failure === 'invalidPayload') {
    return { code: 'invalid_payload', url, issues: found.issues ?? [], message: both((lang) => fill(WORDS[lang].invalidPayload, [shown, firstIssue(found, lang)])) };
  }
  return fail(found.code, found.failure, { url, ...(found.status === undefined ? {} : { status: found.status }) }, shown, ...found.args);
}

function firstIssue(found: Failure, lang: Lang): string {
  const first = found.issues?.[0];
  return first ? `${first.pointer || '/'}: ${first.message[lang]}` : '';
}

async function fetchPayload(url: string, signal: AbortSignal): Promise<Loaded | Failure> {
  const limit = INPUT_LIMITS.payloadBytes;
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch {
    return { failure: 'networkError', code: 'network_error', args: [] };
  }
  if (!response.ok) {
    void response.body?.cancel().catch(() => undefined);
    return { failure: 'httpError', code: 'http_error', args: [response.status], status: response.status };
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) {
    void response.body?.cancel().catch(() => undefined);
    return { failure: 'tooLarge', code: 'payload_too_large', args: [declared, limit] };
  }

  const text = await readText(response, limit);
  if (typeof text !== 'string') return text;
  await yieldToPage();
  if (signal.aborted) return { failure: 'timeout', code: 'timeout', args: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { failure: 'notJson', code: 'invalid_payload', args: [] };
  }
  await yieldToPage();
  if (signal.aborted) return { failure: 'timeout', code: 'timeout', args: [] };
  const result = await validateInChunks(json, text.length, signal);
  if (signal.aborted) return { failure: 'timeout', code: 'timeout', args: [] };
  if (!result.ok) return { failure: 'invalidPayload', code: 'invalid_payload', args: [], issues: result.issues };
  return { payload: result.value, taxonomies: new WeakMap() };
}

/** The body as UTF-8 text, counting bytes as they arrive and stopping past `limit`. */
async function readText(response: Response, limit: number): Promise<string | Failure> {
  if (!response.body) return '';
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const reader = response.body.getReader();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      return { failure: 'networkError', code: 'network_error', args: [] };
    }
    if (!chunk.done) bytes += chunk.value.byteLength;
    if (bytes > limit) {
      void reader.cancel().catch(() => undefined);
      return { failure: 'tooLargeStreamed', code: 'payload_too_large', args: [limit] };
    }
    try {
      parts.push(chunk.done ? decoder.decode() : decoder.decode(chunk.value, { stream: true }));
    } catch {
      void reader.cancel().catch(() => undefined);
      return { failure: 'notUtf8', code: 'invalid_payload', args: [] };
    }
    if (chunk.done) return parts.join('');
  }
}

function toTaxonomy(payload: Payload, base: Taxonomy | undefined, shown: string): Taxonomy | CdsErrorDetail {
  if (payload.kind === 'taxonomy') return payload;
  if (payload.kind === 'indicators') {
    const pillars = [...new Set(payload.indicators.map((i) => i.pillar))];
    return {
      kind: 'taxonomy',
      schemaVersion: payload.schemaVersion,
      programme: { id: 'payload', name: { vi: shown, en: shown }, place: { vi: '—', en: '—' }, pillars: pillars.map((id) => ({ id, kind: 'pillar', label: { vi: id, en: id } })) },
      sources: payload.sources,
      indicators: payload.indicators,
    };
  }
  if (base === undefined) return problem('no_dataset', 'noDataset', {}, shown);
  const known = new Set(base.sources.map((s) => s.id));
  const added = new Map<string, Taxonomy['indicators'][number]['observations']>();
  for (const update of payload.updates) {
    const list = added.get(update.indicator) ?? [];
    for (const observation of update.observations) list.push(observation);
    added.set(update.indicator, list);
  }
  return {
    ...base,
    sources: [...base.sources, ...payload.sources.filter((s) => !known.has(s.id))],
    indicators: base.indicators.map((indicator) => {
      const more = added.get(indicator.id);
      return more === undefined ? indicator : { ...indicator, observations: [...indicator.observations, ...more] };
    }),
  };
}
