import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './json-syntax.js';
import { invalidUtf8Offset, utf8Length } from './utf8.js';
import { parseJson, validateBytes, validateJson } from './validate.js';
import { validPayload } from './__fixtures__/payload.js';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('findJsonSyntaxError', () => {
  it.each<[string, number, number, string]>([
    ['{"kind": ', 1, 10, 'the end of the text'],
    ['{"a":1,}', 1, 8, 'the character "}"'],
    ['[1 2]', 1, 4, 'the character "2"'],
    ['{\n  "a" 1}', 2, 7, 'the character "1"'],
    ["{'a': 1}", 1, 2, 'the character "\'"'],
    ['{"a": 01}', 1, 8, 'the character "1"'],
    ['{"a": 1.}', 1, 9, 'the character "}"'],
    ['["a\tb"]', 1, 4, 'the control character U+0009'],
    ['["\\q"]', 1, 4, 'the character "q"'],
    ['{"a":1} x', 1, 9, 'the character "x"'],
    ['nul', 1, 4, 'the end of the text'],
    ['', 1, 1, 'the end of the text'],
  ])('locates the error in %j at line %i, column %i', (text, line, column, received) => {
    expect(parses(text)).toBe(false);
    expect(findJsonSyntaxError(text)).toMatchObject({ line, column, received: { en: received } });
  });

  it('agrees with JSON.parse on which texts are JSON (property-based, seeded)', () => {
    const pieces = fc.constantFrom('{', '}', '[', ']', ',', ':', '"a"', '"', '1', '-', '0', '.5', 'e', 'true', 'nul', ' ', '\n', '\\', 'x', '"\\u00e9"', '"\\u12"');
    fc.assert(
      fc.property(fc.oneof(fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')), fc.json().map((text) => text.slice(0, -1))), (text) => {
        expect(findJsonSyntaxError(text) === undefined).toBe(parses(text));
      }),
      { seed: 14, numRuns: 3000 },
    );
  });

  it('finds nothing wrong in any JSON text, and never recurses on deep nesting', () => {
    fc.assert(fc.property(fc.json(), (text) => {
      expect(findJsonSyntaxError(text)).toBeUndefined();
    }), { seed: 14, numRuns: 500 });
    expect(findJsonSyntaxError('['.repeat(200_000))).toMatchObject({ column: 200_001 });
  });
});

describe('parseJson and validateJson', () => {
  it('returns the value, or one json_syntax issue in both languages', () => {
    expect(parseJson('\uFEFF[1]')).toEqual({ ok: true, value: [1] });
    const parsed = parseJson('{"kind": "indicators",}');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issue).toMatchObject({ code: 'json_syntax', path: [], pointer: '' });
    expect(parsed.issue.message).toEqual({
      en: 'expected a property name in double quotes, received the character "}" at line 1, column 23. Remove the comma before it: JSON allows no trailing comma.',
      vi: 'cần một tên thuộc tính trong dấu ngoặc kép, nhận được ký tự "}" ở dòng 1, cột 23. Hãy bỏ dấu phẩy trước nó: JSON không cho phép dấu phẩy thừa ở cuối.',
    });
  });

  it('validates JSON text, and refuses text of more than INPUT_LIMITS.payloadBytes without parsing it', () => {
    expect(validateJson(JSON.stringify(validPayload())).ok).toBe(true);
    const huge = validateJson(`"${'é'.repeat(8_400_000)}"`);
    expect(huge.ok || huge.issues.map((issue) => [issue.code, issue.received])).toEqual([['too_big', 'more than 16777216 bytes']]);
  });
});

describe('validateBytes', () => {
  it('refuses more than INPUT_LIMITS.payloadBytes bytes before decoding them', () => {
    const result = validateBytes(new Uint8Array(16 * 1024 * 1024 + 1));
    expect(result.ok || result.issues[0]!.message.en).toBe('expected a payload of at most 16777216 bytes (16 MiB), received 16777217 bytes. It was not read.');
  });

  it('reads an ArrayBuffer as well as a Uint8Array, and counts lines to the bad byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('[\n"a",\n"'), 0xff, 0x22, 0x5d]);
    const result = validateBytes(bytes.buffer);
    expect(result.ok || result.issues[0]!.received).toBe('the byte 0xFF at byte offset 8 (line 3), which is not UTF-8');
  });
});

describe('UTF-8 helpers', () => {
  it('finds an offset exactly where a fatal TextDecoder refuses the bytes (property-based, seeded)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
        let fatal = false;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          fatal = true;
        }
        const offset = invalidUtf8Offset(bytes);
        expect(offset >= 0).toBe(fatal);
        if (fatal) expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes.slice(0, offset))).not.toThrow();
      }),
      { seed: 14, numRuns: 5000 },
    );
  });

  it('counts UTF-8 bytes as TextEncoder does', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
    }), { seed: 14, numRuns: 1000 });
  });

  it.each([
    ['ASCII', 'abc', 3],
    ['Vietnamese', 'Hà Nội', 9],
    ['a surrogate pair', 'a\u{1F600}b', 6],
    ['a lone high surrogate at the end', 'ab\ud83d', 5],
    ['a lone low surrogate', '\ude00x', 4],
    ['two high surrogates then a low one', '\ud83d\ud83d\ude00', 7],
  ])('counts the UTF-8 bytes of %s as TextEncoder does', (_name, text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
    expect(new TextEncoder().encode(text).length).toBe(bytes);
  });
});
