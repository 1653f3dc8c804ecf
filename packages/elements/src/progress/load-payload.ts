import type { Lang, Taxonomy } from '@hn-cds/core';
import { say } from '../shared/messages.js';
import { validate } from '@hn-cds/core';
import { problem, type CdsErrorDetail } from './attributes.js';

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
      return timedOut ? problem('timeout', 'timeout', { url }, shown) : problem('network_error', 'networkError', { url }, shown);
    }
    if (!response.ok) return problem('http_error', 'httpError', { url, status: response.status }, shown, response.status);
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      if (timedOut) return problem('timeout', 'timeout', { url }, shown);
      return problem('invalid_payload', 'notJson', { url }, shown);
    }
    
    const result = validate(json);
    if (!result.ok) {
      const first = result.issues[0];
      const where = (lang: Lang) => (first ? `${first.pointer || '/'}: ${first.message[lang]}` : '');
      return { code: 'invalid_payload', url, issues: result.issues, message: { vi: say('vi', 'invalidPayload', shown, where('vi')), en: say('en', 'invalidPayload', shown, where('en')) } };
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
