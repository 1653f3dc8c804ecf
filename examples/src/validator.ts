// The validator: paste or drop a payload, see every error with its path, in Vietnamese or English.
import { html, nothing, render } from 'lit';
import { parseJson, validate, type Lang, type ValidationIssue, type ValidationResult } from '@hn-cds/core';
import { hanoi } from '@hn-cds/core/hanoi';
import { pageHeader, pageLang, setPageLang, t } from './page.js';

interface State {
  lang: Lang;
  text: string;
  lenient: boolean;
  /** A JSON syntax error (an issue, in both languages), or the validation result of the parsed text. */
  outcome: { syntax: ValidationIssue } | { result: ValidationResult } | undefined;
}

/** Two payloads to try: a small valid one, and one with the mistakes people make. */
const SAMPLES = {
  valid: {
    kind: 'observations',
    schemaVersion: 1,
    sources: [{ kind: 'report', id: 'r-portal', publisher: 'Cổng thông tin', date: '2024-10-24', title: { vi: 'Báo cáo mẫu', en: 'Sample report' } }],
    updates: [
      {
        indicator: 'society.fibre-households',
        observations: [{ kind: 'value', date: '2024-10-24', source: 'r-portal', value: 91.4, qualifier: 'exact' }],
      },
    ],
  },
  invalid: {
    kind: 'observations',
    schemaVersion: 1,
    sources: [{ kind: 'report', id: 'r-portal', publisher: 'Cổng thông tin', date: '24/10/2024', title: { vi: 'Báo cáo mẫu' } }],
    updates: [
      {
        indicator: 'fibre households',
        observations: [{ kind: 'value', date: '2024-10-24', source: 'r-unknown', value: '93,15', qualifier: 'exact' }],
      },
    ],
  },
};

const state: State = { lang: pageLang(), text: JSON.stringify(SAMPLES.invalid, null, 2), lenient: false, outcome: undefined };
const root = document.querySelector<HTMLElement>('#app')!;

function run() {
  const parsed = parseJson(state.text);
  // Observations are checked against the Hanoi dataset: an unknown indicator id is an error here, not a silently dropped figure.
  state.outcome = parsed.ok ? { result: validate(parsed.value, { lenient: state.lenient, taxonomy: hanoi }) } : { syntax: parsed.issue };
  draw();
}

function update(change: Partial<State>, rerun = false) {
  Object.assign(state, change);
  if (change.lang) setPageLang(change.lang);
  if (rerun && state.outcome) run();
  else draw();
}

async function readDropped(event: DragEvent) {
  event.preventDefault();
  const file = event.dataTransfer?.files[0];
  if (file) update({ text: await file.text() });
  run();
}

function outcome(lang: Lang) {
  const current = state.outcome;
  if (!current) return nothing;
  if ('syntax' in current) {
    return html`<div class="result invalid" role="alert">
      <h2>${t(lang, 'Không phải JSON hợp lệ', 'Not valid JSON')}</h2>
      <p>${current.syntax.message[lang]}</p>
    </div>`;
  }
  const { result } = current;
  if (result.ok) {
    return html`<div class="result valid" role="status">
      <h2>${t(lang, 'Hợp lệ', 'Valid')}</h2>
      <p>${t(lang, `Loại dữ liệu: ${result.value.kind}`, `Payload kind: ${result.value.kind}`)}</p>
      ${result.notes.length > 0
        ? html`<p>${t(lang, 'Đã chuẩn hoá:', 'Normalised:')}</p>
            <ul class="issues">${result.notes.map((note) => html`<li><code>${note.pointer || '/'}</code> ${note.message[lang]}</li>`)}</ul>`
        : nothing}
    </div>`;
  }
  return html`<div class="result invalid" role="alert">
    <h2>${t(lang, `${result.issues.length} lỗi`, `${result.issues.length} ${result.issues.length === 1 ? 'error' : 'errors'}`)}</h2>
    <ul class="issues">
      ${result.issues.map(
        (issue) => html`<li>
          <code class="path">${issue.pointer || '/'}</code>
          <span>${issue.message[lang]}</span>
        </li>`,
      )}
    </ul>
  </div>`;
}

function draw() {
  const { lang } = state;
  document.title = t(lang, 'Kiểm tra dữ liệu chỉ số', 'Validate an indicator payload');
  render(
    html`${pageHeader(lang, t(lang, 'Kiểm tra dữ liệu chỉ số', 'Validate an indicator payload'), t(lang, 'Dán hoặc thả một tệp JSON; mọi lỗi được liệt kê kèm đường dẫn.', 'Paste or drop a JSON file; every error is listed with its path.'), (value) => update({ lang: value }))}
      <div class="validator">
        <div class="input" @dragover=${(event: DragEvent) => event.preventDefault()} @drop=${readDropped}>
          <label for="payload">${t(lang, 'Dữ liệu (JSON)', 'Payload (JSON)')}</label>
          <textarea id="payload" rows="18" spellcheck="false" .value=${state.text}
            @input=${(event: Event) => update({ text: (event.target as HTMLTextAreaElement).value })}></textarea>
          <div class="actions">
            <button type="button" class="primary" @click=${run}>${t(lang, 'Kiểm tra', 'Validate')}</button>
            <label class="radio">
              <input type="checkbox" .checked=${state.lenient} @change=${(event: Event) => update({ lenient: (event.target as HTMLInputElement).checked }, true)} />
              ${t(lang, 'Chấp nhận số viết kiểu "93,15%"', 'Accept numbers written like "93,15%"')}
            </label>
            <label class="file">
              ${t(lang, 'Mở tệp…', 'Open a file…')}
              <input type="file" accept=".json,application/json" @change=${async (event: Event) => {
                const file = (event.target as HTMLInputElement).files?.[0];
                if (file) {
                  update({ text: await file.text() });
                  run();
                }
              }} />
            </label>
            <button type="button" @click=${() => update({ text: JSON.stringify(SAMPLES.valid, null, 2), outcome: undefined })}>${t(lang, 'Mẫu hợp lệ', 'Valid sample')}</button>
            <button type="button" @click=${() => update({ text: JSON.stringify(SAMPLES.invalid, null, 2), outcome: undefined })}>${t(lang, 'Mẫu có lỗi', 'Sample with errors')}</button>
          </div>
        </div>
        <div class="output" aria-live="polite">${outcome(lang)}</div>
      </div>`,
    root,
  );
}

document.documentElement.lang = state.lang;
draw();
