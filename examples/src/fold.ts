/**
 * Folds text for searching: lower case, Vietnamese diacritics removed (đ → d), spaces collapsed,
 * so "ha tang cap quang" finds "hạ tầng cáp quang".
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

// American spellings an English reader may type for the dataset's British ones.
const SPELLINGS: Record<string, string> = {
  fiber: 'fibre',
  fibers: 'fibres',
  center: 'centre',
  labor: 'labour',
  specialized: 'specialised',
  digitized: 'digitised',
  digitization: 'digitisation',
  program: 'programme',
};

// Punctuation that joins the parts of ids and labels ("society.fibre-households", "4G/5G", "xã, phường").
const JOINERS = /[.\-/,;:()·]+/;

/** The words of a text, folded and spelt one way, each compound also split at its joiners. */
function words(text: string): string[] {
  const out: string[] = [];
  for (const word of fold(text).split(' ')) {
    if (!word) continue;
    out.push(SPELLINGS[word] ?? word);
    for (const part of word.split(JOINERS)) if (part && part !== word) out.push(SPELLINGS[part] ?? part);
  }
  return out;
}

/**
 * True when every word of the query starts a word of one of the texts, in any order, diacritics
 * and American or British spelling ignored: "dich vu cong", "dịch vụ công", "fiber", "cáp quang"
 * and "society.fibre" each find the indicators they name. An empty query matches everything.
 */
export function matches(query: string, texts: readonly string[]): boolean {
  const haystack = words(texts.join(' '));
  const wanted = fold(query)
    .split(' ')
    .map((word) => word.replace(/^[.,;:()]+|[.,;:()]+$/g, ''))
    .filter(Boolean)
    .map((word) => SPELLINGS[word] ?? word);
  return wanted.every((word) =>
    JOINERS.test(word) ? haystack.some((candidate) => candidate.includes(word)) : haystack.some((candidate) => candidate.startsWith(word)),
  );
}
