/** A path into a payload: property names and array indices. */
export type Path = (string | number)[];

/** Why a part of the input could not be copied as JSON data. */
export type SnapshotProblem = {
  path: Path;
  code: 'not_json' | 'cycle' | 'unreadable' | 'too_deep';
  /** What was found, in English and Vietnamese. */
  found: { en: string; vi: string };
};

/** Deeper than any payload the schemas describe (about 8 levels), shallow enough for any stack. */
export const MAX_DEPTH = 64;

/**
 * Copies any value into plain JSON-like data that the schemas can read without side effects:
 * own enumerable string keys only, each read once; getters that throw, cycles, functions,
 * symbols, BigInts and over-deep nesting become problems with their paths. Objects are copied
 * into prototype-less records, so a `__proto__` key stays an ordinary (and later rejected) key.
 * Never throws.
 */
export function snapshot(input: unknown): { value: unknown; problems: SnapshotProblem[] } {
  const problems: SnapshotProblem[] = [];
  const ancestors = new Set<object>();

  const copy = (value: unknown, path: Path): unknown => {
    switch (typeof value) {
      case 'string':
      case 'number':
      case 'boolean':
      case 'undefined':
        return value;
      case 'bigint':
        problems.push({ path, code: 'not_json', found: { en: 'a BigInt', vi: 'một BigInt' } });
        return undefined;
      case 'symbol':
        problems.push({ path, code: 'not_json', found: { en: 'a symbol', vi: 'một symbol' } });
        return undefined;
      case 'function':
        problems.push({ path, code: 'not_json', found: { en: 'a function', vi: 'một hàm' } });
        return undefined;
    }
    if (value === null) return null;
    const object = value as object;
    if (ancestors.has(object)) {
      problems.push({ path, code: 'cycle', found: { en: 'a reference to an enclosing object (a cycle)', vi: 'một tham chiếu vòng tới đối tượng chứa nó' } });
      return undefined;
    }
    if (path.length >= MAX_DEPTH) {
      problems.push({ path, code: 'too_deep', found: { en: `data nested deeper than ${MAX_DEPTH} levels`, vi: `dữ liệu lồng sâu quá ${MAX_DEPTH} cấp` } });
      return undefined;
    }
    ancestors.add(object);
    try {
      if (Array.isArray(object)) {
        const length = object.length;
        const out: unknown[] = new Array(length);
        for (let index = 0; index < length; index += 1) out[index] = read(object, index, [...path, index]);
        return out;
      }
      const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (const key of Object.keys(object)) out[key] = read(object, key, [...path, key]);
      return out;
    } catch {
      problems.push({ path, code: 'unreadable', found: { en: 'an object that cannot be read', vi: 'một đối tượng không đọc được' } });
      return undefined;
    } finally {
      ancestors.delete(object);
    }
  };

  const read = (container: object, key: string | number, path: Path): unknown => {
    let item: unknown;
    try {
      item = (container as Record<string | number, unknown>)[key];
    } catch {
      problems.push({ path, code: 'unreadable', found: { en: 'a property whose getter throws', vi: 'một thuộc tính mà getter ném lỗi' } });
      return undefined;
    }
    return copy(item, path);
  };

  return { value: copy(input, []), problems };
}
