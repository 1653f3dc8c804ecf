import { toPointer, validate, type Payload, type ValidationIssue, type ValidationResult } from '@hn-cds/core';

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

/**
 * Validates a parsed payload as core's `validate` does, in pieces small enough not to block the
 * page: a large payload's main list (`indicators`, or `updates` of observations) is validated a
 * slice at a time, each slice with the rest of the payload, with a yield to the page between
 * slices. Only the uniqueness of ids across slices is checked afterwards, and a duplicate sends
 * the whole payload through `validate` at once, so the issues are exactly core's. The issues of
 * an invalid slice have their list index shifted back to the whole payload's.
 */
export async function validateInChunks(json: unknown, bytes: number, signal: AbortSignal): Promise<ValidationResult> {
  const pieces = Math.ceil(bytes / CHUNK_BYTES);
  const kind = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as { kind?: unknown }).kind : undefined;
  const list = typeof kind === 'string' && Object.hasOwn(LISTS, kind) ? LISTS[kind as keyof typeof LISTS] : undefined;
  const items = list ? (json as Record<string, unknown>)[list] : undefined;
  if (pieces <= 1 || !list || !Array.isArray(items) || items.length < 2) return validate(json);

  const size = Math.ceil(items.length / Math.min(pieces, items.length));
  const values: Payload[] = [];
  for (let start = 0; start < items.length; start += size) {
    await yieldToPage();
    if (signal.aborted) return validate(undefined);
    const result = validate({ ...(json as object), [list]: items.slice(start, start + size) });
    if (!result.ok) return { ok: false, issues: result.issues.map((issue) => shifted(issue, list, start)) };
    values.push(result.value);
  }
  await yieldToPage();
  if (list === 'indicators') {
    const ids = new Set<string>();
    for (const value of values) {
      for (const indicator of (value as { indicators: Array<{ id: string }> }).indicators) {
        if (ids.has(indicator.id)) return validate(json);
        ids.add(indicator.id);
      }
    }
  }
  const first = values[0] as Payload & Record<string, unknown>;
  return { ok: true, value: { ...first, [list]: values.flatMap((value) => (value as unknown as Record<string, unknown[]>)[list]!) } as Payload, notes: [] };
}

function shifted(issue: ValidationIssue, list: string, offset: number): ValidationIssue {
  const [head, index, ...rest] = issue.path;
  if (head !== list || typeof index !== 'number' || offset === 0) return issue;
  const path = [head, index + offset, ...rest];
  return { ...issue, path, pointer: toPointer(path) };
}
