import { html } from 'lit';
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

/** The header every app page shares: a link home, the title, a short introduction, the vi/en switch. */
export function pageHeader(lang: Lang, title: string, intro: string, onLang: (lang: Lang) => void) {
  return html`<header class="page-header">
    <div>
      <p class="kicker"><a href="./">hn-cds</a></p>
      <h1>${title}</h1>
      <p class="muted">${intro}</p>
    </div>
    <div class="lang-switch" role="group" aria-label=${t(lang, 'Ngôn ngữ trang', 'Page language')}>
      <button type="button" lang="vi" aria-pressed=${lang === 'vi'} @click=${() => onLang('vi')}>Tiếng Việt</button>
      <button type="button" lang="en" aria-pressed=${lang === 'en'} @click=${() => onLang('en')}>English</button>
    </div>
  </header>`;
}
