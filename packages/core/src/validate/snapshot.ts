import { INPUT_LIMITS } from './limits.js';

/** A path into a payload: property names and array indices. */
export type Path = (string | number)[];

/** Why a part of the input could not be copied as JSON data. */
export type SnapshotProblem = {
  path: Path;
  code: 'not_json' | 'cycle' | 'unreadable' | 'too_deep' | 'too_big';
  /** What was expected there, when it is a limit, in English and Vietnamese. */
  expected?: { en: string; vi: string };
  /** What was found, in English and Vietnamese. */
  found: { en: string; vi: string };
};

/** Deeper than any payload the schemas describe (about 8 levels), shallow enough for any stack. */
export const MAX_DEPTH = INPUT_LIMITS.depth;

const { arrayItems: MAX_ITEMS, stringChars: MAX_CHARS, values: MAX_VALUES } = INPUT_LIMITS;

/**
 * Copies any value into plain JSON-like data that the schemas can read without side effects:
 * own enumerable string keys only, each read once; getters that throw, cycles, functions,
 * symbols, BigInts, over-deep nesting and values past {@link INPUT_LIMITS} become problems with
 * their paths. A `__proto__` key is copied as an own property, never as a prototype, so it stays
 * an ordinary (and later rejected) key. `aborted` is true when the input holds more values than
 * the limit: the copy then stops. Never throws.
 */
export function snapshot(input: unknown): { value: unknown; problems: SnapshotProblem[]; aborted: boolean } {
  const problems: SnapshotProblem[] = [];
  // The chain of objects being copied, for cycles: a payload is a few levels deep, so a scan beats a Set.
  const ancestors: object[] = [];
  // The path of the value being copied; problems take a copy of it.
  const path: Path = [];
  let values = 0;
  let aborted = false;

  const problem = (code: SnapshotProblem['code'], found: SnapshotProblem['found'], expected?: SnapshotProblem['expected']) => {
    problems.push(expected ? { path: path.slice(), code, expected, found } : { path: path.slice(), code, found });
    return undefined;
  };

  const copy = (value: unknown): unknown => {
    if (++values > MAX_VALUES) {
      if (!aborted) {
        aborted = true;
        problem(
          'too_big',
          { en: `more than ${MAX_VALUES} values; reading stopped here`, vi: `hơn ${MAX_VALUES} giá trị; dừng đọc tại đây` },
          { en: `a payload of at most ${MAX_VALUES} JSON values`, vi: `dữ liệu tối đa ${MAX_VALUES} giá trị JSON` },
        );
      }
      return undefined;
    }
    switch (typeof value) {
      case 'string':
        if (value.length > MAX_CHARS) {
          return problem(
            'too_big',
            { en: `a string of ${value.length} characters`, vi: `một chuỗi ${value.length} ký tự` },
            { en: `a string of at most ${MAX_CHARS} characters`, vi: `một chuỗi tối đa ${MAX_CHARS} ký tự` },
          );
        }
        return value;
      case 'number':
      case 'boolean':
      case 'undefined':
        return value;
      case 'bigint':
        return problem('not_json', { en: 'a BigInt', vi: 'một BigInt' });
      case 'symbol':
        return problem('not_json', { en: 'a symbol', vi: 'một symbol' });
      case 'function':
        return problem('not_json', { en: 'a function', vi: 'một hàm' });
    }
    if (value === null) return null;
    const object = value as object;
    if (ancestors.includes(object)) {
      return problem('cycle', { en: 'a reference to an enclosing object (a cycle)', vi: 'một tham chiếu vòng tới đối tượng chứa nó' });
    }
    if (path.length >= MAX_DEPTH) {
      return problem('too_deep', { en: `data nested deeper than ${MAX_DEPTH} levels`, vi: `dữ liệu lồng sâu quá ${MAX_DEPTH} cấp` });
    }
    ancestors.push(object);
    try {
      if (Array.isArray(object)) {
        const length = object.length;
        if (length > MAX_ITEMS) {
          return problem(
            'too_big',
            { en: `an array of ${length} items`, vi: `một mảng ${length} phần tử` },
            { en: `an array of at most ${MAX_ITEMS} items`, vi: `một mảng tối đa ${MAX_ITEMS} phần tử` },
          );
        }
        const out: unknown[] = new Array(length);
        for (let index = 0; index < length && !aborted; index += 1) out[index] = read(object, index);
        return out;
      }
      const keys = Object.keys(object);
      const out: Record<string, unknown> = {};
      for (let k = 0; k < keys.length && !aborted; k += 1) {
        const key = keys[k]!;
        const item = read(object, key);
        // On an ordinary object, assigning "__proto__" would set the prototype: define it as data instead.
        if (key === '__proto__') Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
        else out[key] = item;
      }
      return out;
    } catch {
      return problem('unreadable', { en: 'an object that cannot be read', vi: 'một đối tượng không đọc được' });
    } finally {
      ancestors.pop();
    }
  };

  const read = (container: object, key: string | number): unknown => {
    path.push(key);
    try {
      let item: unknown;
      try {
        item = (container as Record<string | number, unknown>)[key];
      } catch {
        return problem('unreadable', { en: 'a property whose getter throws', vi: 'một thuộc tính mà getter ném lỗi' });
      }
      if (typeof key === 'string' && key.length > MAX_CHARS) {
        return problem(
          'too_big',
          { en: `a property name of ${key.length} characters`, vi: `một tên thuộc tính ${key.length} ký tự` },
          { en: `a property name of at most ${MAX_CHARS} characters`, vi: `một tên thuộc tính tối đa ${MAX_CHARS} ký tự` },
        );
      }
      return copy(item);
    } finally {
      path.pop();
    }
  };

  const value = copy(input);
  return { value, problems, aborted };
}
