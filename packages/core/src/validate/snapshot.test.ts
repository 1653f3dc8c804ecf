import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validPayload } from './__fixtures__/payload.js';
import { INPUT_LIMITS, validate, validateJson, type ValidationResult } from './validate.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place in a value: the path of keys to it. */
function pathsOf(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(value)) return here.concat(...value.map((item, i) => pathsOf(item, [...at, i])));
  if (value && typeof value === 'object') return here.concat(...Object.entries(value).map(([key, item]) => pathsOf(item, [...at, key])));
  return here;
}

/** The valid fixture with one place replaced by `value`, or given a new key (own, even `__proto__`). */
function mutate(choice: number, value: Json, key: string | null): Json {
  const root = validPayload() as Json;
  const paths = pathsOf(root);
  const path = paths[choice % paths.length]!;
  if (path.length === 0) return key === null ? value : root;
  let parent = root as Record<string | number, Json>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (key !== null && parent[last] && typeof parent[last] === 'object' && !Array.isArray(parent[last])) {
    Object.defineProperty(parent[last], key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    parent[last] = value;
  }
  return root;
}

const payloads = fc
  .tuple(
    fc.nat(),
    fc.oneof(fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>, fc.constantFrom<Json>('93,15', 'x'.repeat(INPUT_LIMITS.stringChars + 1), [], {}, 2025.5)),
    fc.option(fc.constantFrom('__proto__', 'constructor', 'toString', 'kind', 'value', 'extra'), { nil: null }),
  )
  .map(([choice, value, key]) => mutate(choice, value, key));

/** A copy of a value in which every property of every object is a getter counting its reads. */
function withGetters(value: Json, reads: Map<string, number>, at = ''): unknown {
  if (Array.isArray(value)) return value.map((item, i) => withGetters(item, reads, `${at}/${i}`));
  if (!value || typeof value !== 'object') return value;
  const out = {};
  for (const [key, item] of Object.entries(value)) {
    const copy = withGetters(item, reads, `${at}/${key}`);
    reads.set(`${at}/${key}`, 0);
    Object.defineProperty(out, key, {
      enumerable: true,
      get: () => {
        reads.set(`${at}/${key}`, reads.get(`${at}/${key}`)! + 1);
        return copy;
      },
    });
  }
  return out;
}

/** A copy of a value behind transparent Proxies, at every object and array. */
function behindProxies(value: Json): unknown {
  if (!value || typeof value !== 'object') return value;
  const inner: Record<string, unknown> | unknown[] = Array.isArray(value) ? value.map(behindProxies) : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, behindProxies(v)]));
  if (!Array.isArray(value) && Object.hasOwn(value, '__proto__')) {
    Object.defineProperty(inner, '__proto__', { value: behindProxies(value['__proto__']!), enumerable: true, writable: true, configurable: true });
  }
  return new Proxy(inner, {});
}

const same = (a: ValidationResult, b: ValidationResult) => expect(a).toEqual(b);

describe('the copy validate() makes and the in-place check of parsed JSON', () => {
  it('give the same result for JSON text as for the value JSON.parse returns (property)', () => {
    fc.assert(
      fc.property(payloads, fc.boolean(), (value, lenient) => {
        const text = JSON.stringify(value);
        same(validateJson(text, { lenient }), validate(JSON.parse(text), { lenient }));
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('read each property of an object of getters once, and find what they find in its plain copy (property)', () => {
    fc.assert(
      fc.property(payloads, (value) => {
        const reads = new Map<string, number>();
        const wrapped = withGetters(value, reads);
        same(validate(wrapped), validate(value));
        expect([...reads.values()].filter((n) => n !== 1)).toEqual([]);
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('find behind transparent Proxies what they find in the plain value (property)', () => {
    fc.assert(
      fc.property(payloads, (value) => {
        same(validate(behindProxies(value)), validate(value));
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it.each([
    ['a field set on Object.prototype, not enumerable', { enumerable: false }],
    ['a field set on Object.prototype, enumerable', { enumerable: true }],
  ])('never read a field absent from the payload from %s', (_name, { enumerable }) => {
    const input = validPayload();
    delete input.indicators[0].unit;
    Object.defineProperty(Object.prototype, 'unit', { value: 'percent', enumerable, configurable: true, writable: true });
    try {
      for (const result of [validate(input), validateJson(JSON.stringify(input))]) {
        expect(result.ok || result.issues.map((issue) => [issue.code, issue.pointer])).toEqual([['required', '/indicators/0/unit']]);
      }
    } finally {
      delete (Object.prototype as Record<string, unknown>).unit;
    }
  });

  it.each<[string, () => string, string, string]>([
    ['objects nested 100 deep', () => `${'{"a":'.repeat(100)}1${'}'.repeat(100)}`, 'too_deep', 'data at most 64 levels deep'],
    ['an array of 100,001 items', () => JSON.stringify({ ...validPayload(), indicators: new Array(INPUT_LIMITS.arrayItems + 1).fill(0) }), 'too_big', 'an array of at most 100000 items'],
    ['a string of 10,001 characters', () => JSON.stringify(mutate(3, 'x'.repeat(INPUT_LIMITS.stringChars + 1), null)), 'too_big', 'a string of at most 10000 characters'],
    ['a key of 10,001 characters', () => JSON.stringify({ ...validPayload(), ['k'.repeat(INPUT_LIMITS.stringChars + 1)]: 1 }), 'too_big', 'a property name of at most 10000 characters'],
  ])('hold parsed JSON to the input limits as they hold any value: %s', (_name, text, code, expected) => {
    const result = validateJson(text());
    same(result, validate(JSON.parse(text())));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ code, expected });
  });

  it('stops reading parsed JSON past INPUT_LIMITS.values values, as it stops copying a value', () => {
    const text = JSON.stringify({ ...validPayload(), extra: new Array(4_001).fill(new Array(1_000).fill(0)) });
    const result = validateJson(text);
    same(result, validate(JSON.parse(text)));
    expect(result.ok || result.issues.map((issue) => issue.expected)).toEqual(['a payload of at most 4000000 JSON values']);
  }, 30_000);
});
