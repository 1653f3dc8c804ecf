import { INPUT_LIMITS, toPointer, validate, type Payload, type ValidationIssue, type ValidationResult } from '@hn-cds/core';

/** About this many bytes of JSON are validated between two yields to the page. */
export const CHUNK_BYTES = 256 * 1024;

const LISTS = { taxonomy: 'indicators', indicators: 'indicators', observations: 'updates' } as const;

/** Lets the page run (input, rendering, other tasks) before the next piece of work. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // A message, not setTimeout: timers are clamped to 4 ms after a few nestings and throttled in background tabs.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** One piece of the main list: an item, or a run of one item's observations when it holds many. */
interface Unit {
  /** The item's index in the whole list. */
  index: number;
  /** Index of its first observation in the item, when the item is split. */
  start: number;
  /** The item as validated: the whole item, or a copy with a run of its observations. */
  item: unknown;
}

/**
 * The main list as units of about `perUnit` observations: an indicator (or update) with many more
 * is validated a run of its observations at a time, since every rule on an observation reads that
 * observation alone. An item over the list limit stays whole, so its error is core's.
 */
function unitsOf(items: readonly unknown[], perUnit: number): Unit[] {
  const units: Unit[] = [];
  items.forEach((item, index) => {
    const observations = typeof item === 'object' && item !== null ? (item as { observations?: unknown }).observations : undefined;
    if (!Array.isArray(observations) || observations.length <= perUnit || observations.length > INPUT_LIMITS.observationsPerList) {
      units.push({ index, start: 0, item });
      return;
    }
    for (let start = 0; start < observations.length; start += perUnit) {
      units.push({ index, start, item: { ...(item as object), observations: observations.slice(start, start + perUnit) } });
    }
  });
  return units;
}

/**
 * Validates a parsed payload as core's `validate` does, in pieces small enough not to block the
 * page: a large payload's main list (`indicators`, or `updates` of observations) is validated a
 * slice at a time, each slice with the rest of the payload, with a yield to the page between
 * slices; an item with many observations is split into runs of them. Only the uniqueness of ids
 * across slices is checked afterwards, and a duplicate sends the whole payload through `validate`
 * at once, so the issues are exactly core's. The issues of an invalid slice have their list index
 * (and observation index) shifted back to the whole payload's.
 */
export async function validateInChunks(json: unknown, bytes: number, signal: AbortSignal): Promise<ValidationResult> {
  const pieces = Math.ceil(bytes / CHUNK_BYTES);
  const kind = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as { kind?: unknown }).kind : undefined;
  const list = typeof kind === 'string' && Object.hasOwn(LISTS, kind) ? LISTS[kind as keyof typeof LISTS] : undefined;
  const items = list ? (json as Record<string, unknown>)[list] : undefined;
  if (pieces <= 1 || !list || !Array.isArray(items) || items.length === 0) return validate(json);

  const observations = items.reduce<number>((n, item) => {
    const own = typeof item === 'object' && item !== null ? (item as { observations?: unknown }).observations : undefined;
    return n + (Array.isArray(own) ? own.length : 0);
  }, 0);
  const units = unitsOf(items, Math.max(1, Math.ceil(observations / pieces)));
  if (units.length < 2) return validate(json);
  const size = Math.ceil(units.length / Math.min(pieces, units.length));
  const merged: unknown[] = [];
  let head: Payload | undefined;
  for (let from = 0; from < units.length; from += size) {
    await yieldToPage();
    if (signal.aborted) return validate(undefined);
    const slice = units.slice(from, from + size);
    const result = validate({ ...(json as object), [list]: slice.map((unit) => unit.item) });
    if (!result.ok) return { ok: false, issues: result.issues.map((issue) => shifted(issue, list, slice)) };
    head ??= result.value;
    const parsed = (result.value as unknown as Record<string, Array<{ observations?: unknown[] }>>)[list]!;
    parsed.forEach((value, k) => {
      const unit = slice[k]!;
      const previous = merged[unit.index] as { observations?: unknown[] } | undefined;
      if (previous === undefined) merged[unit.index] = value;
      else previous.observations = [...(previous.observations ?? []), ...(value.observations ?? [])];
    });
  }
  await yieldToPage();
  if (list === 'indicators') {
    const ids = new Set<string>();
    for (const indicator of merged as Array<{ id: string }>) {
      if (ids.has(indicator.id)) return validate(json);
      ids.add(indicator.id);
    }
  }
  return { ok: true, value: { ...(head as Payload & Record<string, unknown>), [list]: merged } as Payload, notes: [] };
}

function shifted(issue: ValidationIssue, list: string, slice: readonly Unit[]): ValidationIssue {
  const [head, index, ...rest] = issue.path;
  const unit = typeof index === 'number' ? slice[index] : undefined;
  if (head !== list || unit === undefined) return issue;
  const [field, at, ...tail] = rest;
  const inner = field === 'observations' && typeof at === 'number' ? ['observations', at + unit.start, ...tail] : rest;
  const path = [head, unit.index, ...inner];
  return { ...issue, path, pointer: toPointer(path) };
}
