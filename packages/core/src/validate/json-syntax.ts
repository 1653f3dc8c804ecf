import type { Bilingual } from './describe.js';

/** Where JSON text stops being JSON, and what was expected there. */
export type JsonSyntaxProblem = {
  /** Offset of the offending character in the text (UTF-16 code units); the text's length at its end. */
  offset: number;
  /** Line of the offset, from 1. */
  line: number;
  /** Column of the offset, from 1. */
  column: number;
  expected: Bilingual;
  received: Bilingual;
  hint?: Bilingual;
};

const both = (en: string, vi: string): Bilingual => ({ en, vi });

const VALUE = both('a JSON value (object, array, string, number, true, false or null)', 'một giá trị JSON (đối tượng, mảng, chuỗi, số, true, false hoặc null)');
const KEY = both('a property name in double quotes', 'một tên thuộc tính trong dấu ngoặc kép');
const COLON = both('":" after the property name', 'dấu ":" sau tên thuộc tính');
const AFTER_ITEM = both('"," or "]" after an array item', 'dấu "," hoặc "]" sau một phần tử của mảng');
const AFTER_PROPERTY = both('"," or "}" after a property', 'dấu "," hoặc "}" sau một thuộc tính');
const END = both('the end of the text after the JSON value', 'hết văn bản sau giá trị JSON');
const DIGIT = both('a digit', 'một chữ số');
const ESCAPE = both('an escape \\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX', 'một chuỗi thoát \\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t hoặc \\uXXXX');
const STRING_CHAR = both('a character of a string, or its closing quote', 'một ký tự của chuỗi, hoặc dấu ngoặc kép đóng');

const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

function describeChar(text: string, offset: number): Bilingual {
  if (offset >= text.length) return both('the end of the text', 'hết văn bản');
  const code = text.codePointAt(offset)!;
  if (code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f) || code === 0xfeff) {
    const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return both(`the control character ${hex}`, `ký tự điều khiển ${hex}`);
  }
  const char = String.fromCodePoint(code);
  return both(`the character ${JSON.stringify(char)}`, `ký tự ${JSON.stringify(char)}`);
}

/**
 * Finds the first place where a text is not JSON (RFC 8259), with what was expected there, in
 * both languages; `undefined` when the text is JSON. Engines word `JSON.parse` errors differently
 * and only in English, so the validator locates the error itself. Runs in one pass with a stack,
 * so deep nesting costs no recursion.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  const stack: number[] = []; // 0x5b "[" or 0x7b "{" of each open container
  let i = 0;
  const n = text.length;
  let fail: { offset: number; expected: Bilingual; hint?: Bilingual } | undefined;
  const stop = (expected: Bilingual, hint?: Bilingual) => {
    fail = hint ? { offset: i, expected, hint } : { offset: i, expected };
  };
  const skip = () => {
    while (i < n && isSpace(text.charCodeAt(i))) i += 1;
  };
  const string = (): boolean => {
    i += 1; // the opening quote
    while (i < n) {
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i += 1;
        return true;
      }
      if (code < 0x20) {
        stop(STRING_CHAR, both('Write line breaks and tabs inside strings as \\n and \\t.', 'Hãy viết xuống dòng và tab trong chuỗi thành \\n và \\t.'));
        return false;
      }
      if (code === 0x5c) {
        i += 1;
        const escape = text.charCodeAt(i);
        if (escape === 0x75) {
          for (let k = 1; k <= 4; k += 1) {
            if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) {
              i += k;
              stop(both('a hexadecimal digit of a \\uXXXX escape', 'một chữ số thập lục phân của chuỗi thoát \\uXXXX'));
              return false;
            }
          }
          i += 5;
          continue;
        }
        if (!'"\\/bfnrt'.includes(text[i] ?? 'x') || i >= n) {
          stop(ESCAPE);
          return false;
        }
      }
      i += 1;
    }
    stop(STRING_CHAR);
    return false;
  };
  const number = (): boolean => {
    if (text.charCodeAt(i) === 0x2d) i += 1;
    if (text.charCodeAt(i) === 0x30) i += 1;
    else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i += 1;
    else return stop(DIGIT), false;
    if (text.charCodeAt(i) === 0x2e) {
      i += 1;
      if (!isDigit(text.charCodeAt(i))) return stop(DIGIT, both('Write decimals with a digit on each side of the point: 0.5.', 'Hãy viết số thập phân có chữ số ở cả hai bên dấu chấm: 0.5.')), false;
      while (isDigit(text.charCodeAt(i))) i += 1;
    }
    if (text.charCodeAt(i) === 0x65 || text.charCodeAt(i) === 0x45) {
      i += 1;
      if (text.charCodeAt(i) === 0x2b || text.charCodeAt(i) === 0x2d) i += 1;
      if (!isDigit(text.charCodeAt(i))) return stop(DIGIT), false;
      while (isDigit(text.charCodeAt(i))) i += 1;
    }
    return true;
  };
  const literal = (word: string): boolean => {
    for (let k = 0; k < word.length; k += 1, i += 1) {
      if (text[i] !== word[k]) return stop(VALUE), false;
    }
    return true;
  };
  // Set when value() has just opened a container, whose first member the loop below reads.
  let opened = false;
  const trailingComma = () => {
    let k = i - 1;
    while (k >= 0 && isSpace(text.charCodeAt(k))) k -= 1;
    return text.charCodeAt(k) === 0x2c;
  };
  const TRAILING = both('Remove the comma before it: JSON allows no trailing comma.', 'Hãy bỏ dấu phẩy trước nó: JSON không cho phép dấu phẩy thừa ở cuối.');
  /** Reads one value; a container is only opened and left on the stack. */
  const value = (): boolean => {
    skip();
    const code = text.charCodeAt(i);
    if (code === 0x7b || code === 0x5b) {
      stack.push(code);
      i += 1;
      opened = true;
      return true;
    }
    if (code === 0x22) return string();
    if (code === 0x2d || isDigit(code)) return number();
    if (code === 0x74) return literal('true');
    if (code === 0x66) return literal('false');
    if (code === 0x6e) return literal('null');
    const hint =
      code === 0x27
        ? both('JSON strings use double quotes: "text".', 'Chuỗi JSON dùng dấu ngoặc kép: "văn bản".')
        : (code === 0x5d || code === 0x7d) && trailingComma()
          ? TRAILING
          : undefined;
    stop(VALUE, hint);
    return false;
  };
  const key = (): boolean => {
    skip();
    if (text.charCodeAt(i) !== 0x22) {
      const code = text.charCodeAt(i);
      stop(
        KEY,
        code === 0x7d && trailingComma()
          ? TRAILING
          : both('Write property names in double quotes: { "kind": … }.', 'Hãy viết tên thuộc tính trong dấu ngoặc kép: { "kind": … }.'),
      );
      return false;
    }
    if (!string()) return false;
    skip();
    if (text.charCodeAt(i) !== 0x3a) return stop(COLON), false;
    i += 1;
    return value();
  };

  let ok = value();
  while (ok && stack.length > 0) {
    skip();
    const open = stack[stack.length - 1]!;
    const code = text.charCodeAt(i);
    const close = open === 0x5b ? 0x5d : 0x7d;
    if (opened) {
      opened = false;
      if (code === close) {
        stack.pop();
        i += 1;
      } else ok = open === 0x7b ? key() : value();
    } else if (code === 0x2c) {
      i += 1;
      ok = open === 0x7b ? key() : value();
    } else if (code === close) {
      stack.pop();
      i += 1;
    } else {
      stop(open === 0x5b ? AFTER_ITEM : AFTER_PROPERTY);
      ok = false;
    }
  }
  if (ok) {
    skip();
    if (i >= n) return undefined;
    stop(END);
  }
  const { offset, expected, hint } = fail!;
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < n; k += 1) {
    if (text.charCodeAt(k) === 0x0a) {
      line += 1;
      lineStart = k + 1;
    }
  }
  const problem: JsonSyntaxProblem = { offset, line, column: offset - lineStart + 1, expected, received: describeChar(text, offset) };
  if (hint) problem.hint = hint;
  return problem;
}
