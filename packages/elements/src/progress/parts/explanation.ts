import { nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { html } from '../../shared/templates.js';
import type { Lang } from '@hn-cds/core';
import type { ExplanationView } from '../model.js';

/** Builds the disclosure's content; loaded with the first disclosure a reader opens. */
type Content = (view: ExplanationView, lang: Lang) => TemplateResult;

let content: Content | undefined;
let loading: Promise<void> | undefined;
let failed = false;

const WORDS = {
  vi: {
    summary: 'Vì sao?',
    about: 'Cách đánh giá: ',
    loading: 'Đang tải phần giải thích…',
    failed: 'Không tải được phần giải thích (một tệp trong thư mục chunks/ của hn-cds). Hãy kiểm tra kết nối mạng, rồi đóng và mở lại.',
  },
  en: {
    summary: 'Why?',
    about: 'How it is assessed: ',
    loading: 'Loading the explanation…',
    failed: 'Could not load the explanation (a file in the chunks/ folder of hn-cds). Check the connection, then close and open it again.',
  },
} as const;

/**
 * Loads the code that writes explanations (core's explainVerdict and its words), once for the
 * page; a failed load is tried again on the next call.
 */
export function loadExplanation(): Promise<void> {
  loading ??= import('./explanation-content.js').then(
    (module) => {
      content = module.explanationContent;
      failed = false;
    },
    () => {
      failed = true;
      loading = undefined;
    },
  );
  return loading;
}

function onToggle(event: Event): void {
  const details = event.currentTarget as HTMLDetailsElement;
  const host = (details.getRootNode() as ShadowRoot).host as ReactiveElement | undefined;
  // The host grows to show the open explanation (reserve.css and the element's styles let it).
  host?.toggleAttribute('explained', details.open);
  if (details.open && content === undefined) {
    const loaded = loadExplanation();
    host?.requestUpdate();
    void loaded.then(() => host?.requestUpdate());
  }
}

/**
 * The explanation part: a disclosure, closed by default, whose summary reads "Vì sao?" /
 * "Why?" and whose content explains each shown target's verdict from core's explainVerdict.
 */
export function renderExplanation(view: ExplanationView, lang: Lang): TemplateResult {
  const words = WORDS[lang];
  const body =
    content !== undefined ? content(view, lang) : failed || loading ? html`<p role="status" .textContent=${failed ? words.failed : words.loading}></p>` : nothing;
  return html`<details part="explanation" class="explanation" @toggle=${onToggle}><summary part="explanation-summary"><span .textContent=${words.summary}></span><span class="visually-hidden" .textContent=${` ${words.about}${view.label}`}></span></summary><div class="why">${body}</div></details>`;
}
