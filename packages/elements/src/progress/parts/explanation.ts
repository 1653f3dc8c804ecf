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

/** A host that shows the explanation while its `explained` property is true. */
interface ExplainingHost extends ReactiveElement {
  explained: boolean;
}

/**
 * Loads the explanation's content for a host whose `explained` is true, once, and renders the
 * host again when it has loaded; called whether a reader or a script opened it.
 */
export function whenExplained(host: ExplainingHost): void {
  if (host.explained && content === undefined) void loadExplanation().then(() => host.requestUpdate());
}

function onToggle(event: Event): void {
  const button = event.currentTarget as HTMLButtonElement;
  const host = (button.getRootNode() as ShadowRoot).host as ExplainingHost | undefined;
  // The host grows to show the open explanation (reserve.css and the element's styles let it).
  if (host) host.explained = !host.explained;
}

/**
 * The explanation part: a disclosure button, closed by default, reading "Vì sao?" / "Why?", and
 * while open, the content that explains each shown target's verdict from core's explainVerdict.
 * Closed, it is one button and its words: nothing else to style or lay out on a page of many
 * gauges. Its name for screen readers (`aria-label`) starts with the words it shows and names the
 * indicator ("Vì sao? Cách đánh giá: …"), so each gauge's button is told apart from the others.
 */
export function renderExplanation(view: ExplanationView, lang: Lang, open: boolean): TemplateResult {
  const words = WORDS[lang];
  const body =
    content !== undefined ? content(view, lang) : failed || loading ? html`<p role="status" .textContent=${failed ? words.failed : words.loading}></p>` : nothing;
  return html`<div part="explanation" class="explanation"><button type="button" part="explanation-summary" class="explanation-summary" aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? 'why' : nothing} aria-label=${`${words.summary} ${words.about}${view.label}`} @click=${onToggle} .textContent=${words.summary}></button>${
    open ? html`<div class="why" id="why">${body}</div>` : nothing
  }</div>`;
}
