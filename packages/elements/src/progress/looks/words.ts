import type { Lang } from '@hn-cds/core';

/** The looks' own words; every figure, target and verdict comes from core. */
const WORDS = {
  vi: {
    noReport: 'Chưa có báo cáo về tình trạng',
    noFigure: 'Chưa có số liệu',
    top: 'nhóm {0} đầu',
    targets: 'Mục tiêu',
  },
  en: {
    noReport: 'No report of its state yet',
    noFigure: 'No figure yet',
    top: 'top {0}',
    targets: 'Targets',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** One of the looks' words in a language, `{0}` filled in. */
export function word(lang: Lang, key: keyof (typeof WORDS)['en'], arg: string | number = ''): string {
  return WORDS[lang][key].replace('{0}', String(arg));
}
