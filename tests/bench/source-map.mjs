// Reads a source map (version 3) just enough to say where a position of a minified script comes
// from: the original file, line and column, and the name when the map gives one.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** The numbers of one segment of a `mappings` string, each a base64 VLQ. */
function decodeSegment(text) {
  const numbers = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT.get(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      numbers.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return numbers;
}

/**
 * A look-up of a parsed source map: `at(line, column)` (both 0-based, in the generated script)
 * gives `{ source, line, column, name }` of the original (line 1-based), or undefined.
 */
export function sourceMapLookup(map) {
  const lines = [];
  let source = 0;
  let line = 0;
  let column = 0;
  let name = 0;
  for (const text of map.mappings.split(';')) {
    const segments = [];
    let generated = 0;
    for (const part of text.split(',')) {
      if (!part) continue;
      const [g, s, l, c, n] = decodeSegment(part);
      generated += g;
      if (s === undefined) continue;
      source += s;
      line += l;
      column += c;
      if (n !== undefined) name += n;
      segments.push({ generated, source, line, column, name: n === undefined ? undefined : name });
    }
    lines.push(segments);
  }
  return {
    at(atLine, atColumn) {
      const segments = lines[atLine];
      if (!segments || segments.length === 0) return undefined;
      let low = 0;
      let high = segments.length - 1;
      if (segments[0].generated > atColumn) return undefined;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (segments[mid].generated <= atColumn) low = mid;
        else high = mid - 1;
      }
      const s = segments[low];
      return { source: map.sources[s.source], line: s.line + 1, column: s.column + 1, name: s.name === undefined ? undefined : map.names[s.name] };
    },
  };
}
