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

const { arrayItems: MAX_ITEMS, stringChars: MAX_CHARS, values: MAX_VALUES, figureMin: FIGURE_MIN, figureMax: FIGURE_MAX } = INPUT_LIMITS;

/** What {@link snapshot} and {@link checkParsedJson} return. */
export type SnapshotResult = {
  value: unknown;
  problems: SnapshotProblem[];
  aborted: boolean;
  /**
   * Whether some number read was not a safe figure (0, or an absolute value from figureMin to
   * figureMax, see INPUT_LIMITS; NaN and infinities are not): when false, no figure of the
   * payload can be out of range, and the walk that lists such figures is skipped.
   */
  unsafeNumbers: boolean;
};

/**
 * The objects of a snapshot: records with no inherited property at all (so a `__proto__` key is an
 * ordinary key). Made by a constructor rather than `{}` or `Object.create(null)` because V8 then
 * gives them room for all their properties inline: fewer allocations, less garbage collection.
 */
const PlainRecord = function PlainRecord(this: object) {} as unknown as new () => Record<string, unknown>;
PlainRecord.prototype = Object.create(null) as object;

/**
 * Whether `Object.prototype` has no enumerable property, so that a for-in over a plain object
 * lists only its own keys. Someone may have added one (prototype pollution): then keys are listed
 * with `Object.keys`. Checked once per snapshot, as that can change at any time.
 */
function plainPrototype(): boolean {
  for (const key in Object.prototype) if (key !== undefined) return false;
  return true;
}

/** The own properties of `Object.prototype` in every engine: methods, none named like a payload field. */
const STANDARD_PROTOTYPE = new Set([
  'constructor',
  '__defineGetter__',
  '__defineSetter__',
  'hasOwnProperty',
  '__lookupGetter__',
  '__lookupSetter__',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toString',
  'valueOf',
  '__proto__',
  'toLocaleString',
]);

/**
 * Whether `Object.prototype` is as engines ship it: no enumerable property (so a for-in over a copy
 * lists only its own keys) and no property but the standard methods (so the schemas, reading a
 * field absent from the data, find nothing inherited). Someone may have added one (prototype
 * pollution): parsed JSON, whose objects inherit from it, is then copied.
 */
function standardPrototype(): boolean {
  for (const key in Object.prototype) if (key !== undefined) return false;
  for (const name of Object.getOwnPropertyNames(Object.prototype)) if (!STANDARD_PROTOTYPE.has(name)) return false;
  return true;
}

/**
 * Copies any value into plain JSON-like data that the schemas can read without side effects:
 * own enumerable string keys only, each read once; getters that throw, cycles, functions,
 * symbols, BigInts, over-deep nesting and values past {@link INPUT_LIMITS} become problems with
 * their paths. Objects are copied into records that inherit nothing, so a `__proto__` key stays an
 * ordinary (and later rejected) key. `aborted` is true when the input holds more values than
 * the limit: the copy then stops. Never throws.
 */
export function snapshot(input: unknown): SnapshotResult {
  return read(input, false);
}

/**
 * Checks, without copying it, a value that `JSON.parse` has just returned and no other code has
 * seen: it holds only plain data (no getter, Proxy, cycle, function or BigInt), so only the
 * {@link INPUT_LIMITS} are checked, and `value` is the input itself. When `Object.prototype` is not
 * as shipped, the schemas could read a field absent from the input from it: the value is then
 * copied as {@link snapshot} does, into records that inherit nothing. Never throws.
 */
export function checkParsedJson(input: unknown): SnapshotResult {
  return read(input, standardPrototype());
}

function read(input: unknown, inPlace: boolean): SnapshotResult {
  const problems: SnapshotProblem[] = [];
  // The objects enclosing the value being copied, ancestors[0 .. depth - 1], for cycles: a payload
  // is a few levels deep, so a scan beats a Set, and entries past depth are simply ignored.
  const ancestors: object[] = [];
  // The keys from the root to the value being copied: path[0 .. depth - 1]. Problems take a copy.
  const path: Path = [];
  let values = 0;
  let aborted = false;
  // Noted while reading, so that a valid payload needs no second walk over its figures.
  let unsafeNumbers = false;
  const plainObjects = plainPrototype();

  const problem = (depth: number, code: SnapshotProblem['code'], found: SnapshotProblem['found'], expected?: SnapshotProblem['expected']) => {
    const at = path.slice(0, depth);
    problems.push(expected ? { path: at, code, expected, found } : { path: at, code, found });
    return undefined;
  };

  const tooMany = (depth: number) => {
    if (!aborted) {
      aborted = true;
      problem(
        depth,
        'too_big',
        { en: `more than ${MAX_VALUES} values; reading stopped here`, vi: `hơn ${MAX_VALUES} giá trị; dừng đọc tại đây` },
        { en: `a payload of at most ${MAX_VALUES} JSON values`, vi: `dữ liệu tối đa ${MAX_VALUES} giá trị JSON` },
      );
    }
    return undefined;
  };

  const longString = (depth: number, length: number) =>
    problem(
      depth,
      'too_big',
      { en: `a string of ${length} characters`, vi: `một chuỗi ${length} ký tự` },
      { en: `a string of at most ${MAX_CHARS} characters`, vi: `một chuỗi tối đa ${MAX_CHARS} ký tự` },
    );

  const longKey = (depth: number, length: number) =>
    problem(
      depth,
      'too_big',
      { en: `a property name of ${length} characters`, vi: `một tên thuộc tính ${length} ký tự` },
      { en: `a property name of at most ${MAX_CHARS} characters`, vi: `một tên thuộc tính tối đa ${MAX_CHARS} ký tự` },
    );

  const tooManyItems = (depth: number, length: number) =>
    problem(
      depth,
      'too_big',
      { en: `an array of ${length} items`, vi: `một mảng ${length} phần tử` },
      { en: `an array of at most ${MAX_ITEMS} items`, vi: `một mảng tối đa ${MAX_ITEMS} phần tử` },
    );

  const getterThrew = (depth: number) => problem(depth, 'unreadable', { en: 'a property whose getter throws', vi: 'một thuộc tính mà getter ném lỗi' });

  /** Counts a number, a boolean or a short string, which are copied as they are: the common case, kept inline. */
  const leaf = (item: unknown): boolean => {
    const type = typeof item;
    if (type === 'number') {
      noteNumber(item as number);
      return ++values <= MAX_VALUES;
    }
    return (type === 'boolean' || (type === 'string' && (item as string).length <= MAX_CHARS)) && ++values <= MAX_VALUES;
  };

  /** Notes a number that is not a safe figure (NaN fails every comparison, so it is noted too). */
  const noteNumber = (item: number) => {
    if (item === 0) return;
    const size = item < 0 ? -item : item;
    if (!(size >= FIGURE_MIN && size <= FIGURE_MAX)) unsafeNumbers = true;
  };

  /** Copies a value found at path[0 .. depth - 1]. */
  const copy = (value: unknown, depth: number): unknown => {
    if (++values > MAX_VALUES) return tooMany(depth);
    switch (typeof value) {
      case 'string':
        return value.length > MAX_CHARS ? longString(depth, value.length) : value;
      case 'number':
        noteNumber(value);
        return value;
      case 'boolean':
      case 'undefined':
        return value;
      case 'bigint':
        return problem(depth, 'not_json', { en: 'a BigInt', vi: 'một BigInt' });
      case 'symbol':
        return problem(depth, 'not_json', { en: 'a symbol', vi: 'một symbol' });
      case 'function':
        return problem(depth, 'not_json', { en: 'a function', vi: 'một hàm' });
    }
    if (value === null) return null;
    if (inPlace) return checkObject(value as object, depth);
    return copyObject(value as object, depth);
  };

  /** Checks the limits in data from JSON.parse, in place: depth, items, characters and values. */
  const checkObject = (object: object, depth: number): unknown => {
    if (depth >= MAX_DEPTH) {
      return problem(depth, 'too_deep', { en: `data nested deeper than ${MAX_DEPTH} levels`, vi: `dữ liệu lồng sâu quá ${MAX_DEPTH} cấp` });
    }
    if (Array.isArray(object)) {
      const length = object.length;
      if (length > MAX_ITEMS) return tooManyItems(depth, length);
      for (let index = 0; index < length && !aborted; index += 1) {
        const item: unknown = object[index];
        if (leaf(item)) continue;
        path[depth] = index;
        const checked = copy(item, depth + 1);
        if (checked !== item) object[index] = checked;
      }
      return object;
    }
    const record = object as Record<string, unknown>;
    for (const key in record) {
      if (aborted) break;
      if (key.length > MAX_CHARS) {
        path[depth] = key;
        longKey(depth + 1, key.length);
        continue;
      }
      const item = record[key];
      if (leaf(item)) continue;
      path[depth] = key;
      const checked = copy(item, depth + 1);
      // Only a value past a limit changes (to undefined, with its problem listed), like a copy's.
      if (checked !== item) Object.defineProperty(record, key, { value: checked, enumerable: true, writable: true, configurable: true });
    }
    return record;
  };

  const copyObject = (object: object, depth: number): unknown => {
    for (let level = 0; level < depth; level += 1) {
      if (ancestors[level] === object) {
        return problem(depth, 'cycle', { en: 'a reference to an enclosing object (a cycle)', vi: 'một tham chiếu vòng tới đối tượng chứa nó' });
      }
    }
    if (depth >= MAX_DEPTH) {
      return problem(depth, 'too_deep', { en: `data nested deeper than ${MAX_DEPTH} levels`, vi: `dữ liệu lồng sâu quá ${MAX_DEPTH} cấp` });
    }
    ancestors[depth] = object;
    try {
      if (Array.isArray(object)) return copyArray(object, depth);
      const out = new PlainRecord();
      const prototype = Object.getPrototypeOf(object) as unknown;
      if ((prototype === Object.prototype && plainObjects) || prototype === null) {
        // A for-in over a plain object lists its own enumerable keys with no array allocated per object.
        for (const key in object) {
          if (aborted) break;
          path[depth] = key;
          if (key.length > MAX_CHARS) {
            longKey(depth + 1, key.length);
            continue;
          }
          let item: unknown;
          try {
            item = (object as Record<string, unknown>)[key];
          } catch {
            getterThrew(depth + 1);
            continue;
          }
          item = leaf(item) ? item : copy(item, depth + 1);
          // A record inherits no __proto__ setter, but a data property says so whatever the engine does.
          if (key === '__proto__') Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
          else out[key] = item;
        }
        return out;
      }
      const keys = Object.keys(object);
      let k = 0;
      // One try around the loop, not one per property: a getter that throws is rare, so resume after it.
      while (k < keys.length && !aborted) {
        try {
          for (; k < keys.length && !aborted; k += 1) {
            const key = keys[k]!;
            path[depth] = key;
            if (key.length > MAX_CHARS) {
              longKey(depth + 1, key.length);
              continue;
            }
            const item = copy((object as Record<string, unknown>)[key], depth + 1);
            if (key === '__proto__') Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
            else out[key] = item;
          }
        } catch {
          path[depth] = keys[k]!;
          getterThrew(depth + 1);
          k += 1;
        }
      }
      return out;
    } catch {
      return problem(depth, 'unreadable', { en: 'an object that cannot be read', vi: 'một đối tượng không đọc được' });
    }
  };

  const copyArray = (array: unknown[], depth: number): unknown[] | undefined => {
    const length = array.length;
    if (length > MAX_ITEMS) return tooManyItems(depth, length);
    const out: unknown[] = new Array(length);
    let index = 0;
    while (index < length && !aborted) {
      try {
        for (; index < length && !aborted; index += 1) {
          path[depth] = index;
          const item = array[index];
          out[index] = leaf(item) ? item : copy(item, depth + 1);
        }
      } catch {
        path[depth] = index;
        getterThrew(depth + 1);
        index += 1;
      }
    }
    return out;
  };

  const value = copy(input, 0);
  return { value, problems, aborted, unsafeNumbers };
}
