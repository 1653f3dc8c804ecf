import type { Lang } from '@hn-cds/core';

/** The page's language: `?lang=en` in the URL, else the document's `lang`, else Vietnamese. */
export function pageLang(): Lang {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl === 'en' || fromUrl === 'vi') return fromUrl;
  return document.documentElement.lang.startsWith('en') ? 'en' : 'vi';
}

/** Sets the page's language, in the URL (so a reload keeps it) and on `<html lang>` (gauges follow it). */
export function setPageLang(lang: Lang): void {
  document.documentElement.lang = lang;
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(null, '', url);
}

/** Picks the text of the current language. */
export const t = (lang: Lang, vi: string, en: string): string => (lang === 'vi' ? vi : en);

/** Today as `YYYY-MM-DD` in the reader's time zone. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
