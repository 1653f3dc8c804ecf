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

/** True when every word of the query appears in one of the texts, diacritics ignored. */
export function matches(query: string, texts: readonly string[]): boolean {
  const haystack = fold(texts.join(' '));
  return fold(query)
    .split(' ')
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
