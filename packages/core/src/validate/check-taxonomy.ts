import type { Indicator } from '../schema/indicator.js';
import type { Payload, Taxonomy } from '../schema/payload.js';
import { describeValue, quote } from './describe.js';
import { listOf, type Draft } from './messages.js';

type Index = { byId: Map<string, Indicator>; ids: string[] };
const indexes = new WeakMap<Taxonomy, Index>();

function indexOf(taxonomy: Taxonomy): Index {
  let index = indexes.get(taxonomy);
  if (!index) {
    const byId = new Map(taxonomy.indicators.map((indicator) => [indicator.id, indicator]));
    index = { byId, ids: [...byId.keys()] };
    indexes.set(taxonomy, index);
  }
  return index;
}

/**
 * Edit distance between two strings, counting an adjacent transposition as one edit ("fiber" and
 * "fibre" are 1 apart), or `limit + 1` as soon as it exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** The known id nearest to an unknown one, when it is near enough to be a slip: at most a quarter of its length in edits. */
export function closestId(id: string, ids: readonly string[]): string | undefined {
  let limit = Math.max(2, Math.floor(id.length / 4));
  let best: string | undefined;
  for (const candidate of ids) {
    const distance = editDistance(id, candidate, limit);
    if (distance <= limit) {
      best = candidate;
      limit = distance - 1;
      if (limit < 0) break;
    }
  }
  return best;
}

/**
 * What a taxonomy says about a parsed observations payload: updates for indicators it does not
 * have (with the nearest known id when one is near) and breakdown members the indicator does not
 * have. At most `max` drafts are written; the returned `total` counts them all.
 */
export function taxonomyDrafts(payload: Payload, taxonomy: Taxonomy, max: number): { drafts: Draft[]; total: number } {
  const drafts: Draft[] = [];
  let total = 0;
  if (payload.kind !== 'observations') return { drafts, total };
  const { byId, ids } = indexOf(taxonomy);
  const count = ids.length;
  payload.updates.forEach((update, u) => {
    const indicator = byId.get(update.indicator);
    if (!indicator) {
      total += 1;
      if (drafts.length >= max) return;
      const near = closestId(update.indicator, ids);
      const draft: Draft = {
        path: ['updates', u, 'indicator'],
        code: 'unknown_indicator',
        expected: {
          en: `the id of one of the ${count} indicators of the taxonomy`,
          vi: `mã của một trong ${count} chỉ tiêu của bộ chỉ tiêu`,
        },
        received: describeValue(update.indicator),
      };
      if (near) draft.hint = { en: `Did you mean ${quote(near)}?`, vi: `Có phải là ${quote(near)}?` };
      drafts.push(draft);
      return;
    }
    const members = indicator.breakdown?.members.map((member) => member.id) ?? [];
    update.observations.forEach((observation, o) => {
      if (observation.breakdown === undefined || members.includes(observation.breakdown)) return;
      total += 1;
      if (drafts.length >= max) return;
      const shown = listOf(members);
      drafts.push({
        path: ['updates', u, 'observations', o, 'breakdown'],
        code: 'unknown_breakdown',
        expected:
          members.length > 0
            ? { en: `a member of the breakdown of ${quote(indicator.id)}: ${shown.en}`, vi: `một thành phần trong phân tổ của ${quote(indicator.id)}: ${shown.vi}` }
            : { en: `no breakdown member (${quote(indicator.id)} has no breakdown)`, vi: `bỏ trường này (${quote(indicator.id)} không có phân tổ)` },
        received: describeValue(observation.breakdown),
      });
    });
  });
  return { drafts, total };
}
