import type { Lang, Taxonomy } from '@hn-cds/core';
import { both, fill } from '../shared/messages.js';
import { validate } from '@hn-cds/core';
import { problem, type CdsErrorCode, type CdsErrorDetail } from './attributes.js';

// Only a `src` can fail these ways, so their words come in this lazy chunk, not the element's bundle.
const WORDS = {
  vi: {
    invalidPayload: 'Tệp dữ liệu {0} không hợp lệ: {1}',
    notJson: 'Tệp dữ liệu {0} không phải JSON.',
    httpError: 'Không tải được {0} (HTTP {1}).',
    timeout: 'Hết thời gian chờ khi tải {0}.',
    networkError: 'Không kết nối được tới {0}.',
  },
  en: {
    invalidPayload: 'The data file {0} is not valid: {1}',
    notJson: 'The data file {0} is not JSON.',
    httpError: 'Could not load {0} (HTTP {1}).',
    timeout: 'Loading {0} took too long.',
    networkError: 'Could not reach {0}.',
  },
} as const satisfies Record<Lang, Record<string, string>>;

function fail(code: CdsErrorCode, key: keyof (typeof WORDS)['en'], facts: Omit<CdsErrorDetail, 'code' | 'message'>, ...args: Array<string | number>): CdsErrorDetail {
  return { code, message: both((lang) => fill(WORDS[lang][key], args)), ...facts };
}

/**
 * Fetches a payload, checks it with core's validator and
 * turns it into a taxonomy: a taxonomy as is; a set of indicators with a stand-in programme;
 * new observations merged into `base` (the default dataset) when there is one.
 */
export async function loadPayload(url: string, base: Taxonomy | undefined, timeout: number, signal: AbortSignal): Promise<Taxonomy | CdsErrorDetail> {
  const shown = url.length > 80 ? `${url.slice(0, 80)}…` : url;
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  signal.addEventListener('abort', onAbort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, headers: { accept: 'application/json' } });
    } catch {
      return timedOut ? fail('timeout', 'timeout', { url }, shown) : fail('network_error', 'networkError', { url }, shown);
    }
    if (!response.ok) return fail('http_error', 'httpError', { url, status: response.status }, shown, response.status);
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      if (timedOut) return fail('timeout', 'timeout', { url }, shown);
      return fail('invalid_payload', 'notJson', { url }, shown);
    }

    const result = validate(json);
    if (!result.ok) {
      const first = result.issues[0];
      const where = (lang: Lang) => (first ? `${first.pointer || '/'}: ${first.message[lang]}` : '');
      return { code: 'invalid_payload', url, issues: result.issues, message: both((lang) => fill(WORDS[lang].invalidPayload, [shown, where(lang)])) };
    }
    const payload = result.value;
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
    if (base === undefined) return problem('no_dataset', 'noDataset', { url }, shown);
    const known = new Set(base.sources.map((s) => s.id));
    return {
      ...base,
      sources: [...base.sources, ...payload.sources.filter((s) => !known.has(s.id))],
      indicators: base.indicators.map((indicator) => {
        const added = payload.updates.filter((u) => u.indicator === indicator.id).flatMap((u) => u.observations);
        return added.length === 0 ? indicator : { ...indicator, observations: [...indicator.observations, ...added] };
      }),
    };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}
