// The embed builder: find an indicator (Vietnamese, with or without diacritics, or English), or
// choose a document's scorecard; choose look, language, theme and the day the article speaks of;
// see the live element, and copy the snippet to paste into an article.
import { html, nothing, render } from 'lit';
import { describeRollUp, formatDocumentName, formatObservation, formatDate, latestObservation, rollUp, type Indicator, type Lang } from '@hn-cds/core';
import { hanoi } from '@hn-cds/core/hanoi';
import { setDefaultTaxonomy } from '@hn-cds/elements';
import { matches } from './fold.js';
import { pageHeader, pageLang, setPageLang, t, today } from './page.js';

// The gauges read the same dataset as the page around them.
setDefaultTaxonomy(hanoi);

const LOOKS = ['bar', 'ring', 'gauge'] as const;
const THEMES = ['auto', 'light', 'dark'] as const;

const KINDS = ['progress', 'summary'] as const;
const DOCUMENTS = hanoi.sources.filter((source) => source.kind !== 'report');
const YEARS = [...new Set(hanoi.indicators.flatMap((indicator) => indicator.targets.map((target) => target.year)))].sort();

interface State {
  ui: Lang;
  kind: (typeof KINDS)[number];
  query: string;
  id: string;
  look: (typeof LOOKS)[number];
  lang: Lang;
  theme: (typeof THEMES)[number];
  /** The day the article speaks of: pinned in the snippet so an archived article keeps its meaning. */
  asOf: string;
  document: string;
  year: number;
  pillar: string;
  copied: boolean;
}

const numeric = hanoi.indicators.filter((indicator) => indicator.unit !== 'milestone');
const state: State = {
  ui: pageLang(),
  kind: 'progress',
  query: '',
  id: 'society.fibre-households',
  look: 'bar',
  lang: pageLang(),
  theme: 'auto',
  asOf: today(),
  document: 'nq18',
  year: 2025,
  pillar: '',
  copied: false,
};
const root = document.querySelector<HTMLElement>('#app')!;

/** Where this server's CDN files live, as absolute URLs an editor can paste anywhere. */
const scriptUrl = new URL('/cdn/hn-cds.min.js', location.href).href;
const stylesheetUrl = new URL('/cdn/hn-cds.css', location.href).href;

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Label and latest value, written inside the tag: what readers see before (or without) JavaScript. */
function fallbackText(indicator: Indicator, lang: Lang): string {
  const latest = latestObservation(hanoi, indicator, {});
  if (!latest) return indicator.label[lang];
  const date = latest.observation.date === 'undated' ? '' : ` (${formatDate(latest.observation.date, { lang })})`;
  return `${indicator.label[lang]}: ${formatObservation(latest.observation, indicator, { lang })}${date}`;
}

/**
 * The snippet an editor pastes: the stylesheet that reserves the gauge's size (no layout shift) and
 * the script, once per page, then the tag with its fallback text.
 */
function snippet(indicator: Indicator, options: Pick<State, 'look' | 'lang' | 'theme' | 'asOf'>): string {
  const attributes = [`indicator="${indicator.id}"`];
  if (options.look !== 'bar') attributes.push(`look="${options.look}"`);
  attributes.push(`lang="${options.lang}"`, `as-of="${options.asOf}"`);
  if (options.theme !== 'auto') attributes.push(`theme="${options.theme}"`);
  return wrap(`<cds-progress ${attributes.join(' ')}>${escapeHtml(fallbackText(indicator, options.lang))}</cds-progress>`);
}

/** The scorecard's snippet: its fallback text is the same words the element shows first. */
function summarySnippet(options: Pick<State, 'document' | 'year' | 'pillar' | 'lang' | 'theme' | 'asOf'>): string {
  const attributes = [`document="${options.document}"`, `year="${options.year}"`];
  if (options.pillar) attributes.push(`pillar="${options.pillar}"`);
  attributes.push(`lang="${options.lang}"`, `as-of="${options.asOf}"`);
  if (options.theme !== 'auto') attributes.push(`theme="${options.theme}"`);
  const words = describeRollUp(
    hanoi,
    rollUp(hanoi, { year: options.year, asOf: options.asOf, document: options.document, ...(options.pillar ? { pillar: options.pillar } : {}) }),
    { lang: options.lang },
  );
  const fallback = [words.title, words.reported ?? words.computed].join(': ');
  return wrap(`<cds-summary ${attributes.join(' ')}>${escapeHtml(fallback)}</cds-summary>`);
}

/** The stylesheet that reserves the element's size (no layout shift) and the script, once per page, then the tag. */
function wrap(tag: string): string {
  return [`<link rel="stylesheet" href="${stylesheetUrl}" />`, `<script type="module" src="${scriptUrl}"></script>`, tag].join('\n');
}

function update(change: Partial<State>) {
  Object.assign(state, { copied: false }, change);
  if (change.ui) setPageLang(change.ui);
  draw();
}

async function copy(text: string) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Clipboard access can be refused (insecure origin, permissions): select the text instead.
    root.querySelector<HTMLTextAreaElement>('#snippet')?.select();
    document.execCommand('copy');
  }
  update({ copied: true });
}

function draw() {
  const { ui } = state;
  const results = numeric.filter((indicator) => matches(state.query, [indicator.label.vi, indicator.label.en, indicator.id]));
  const selected = numeric.find((indicator) => indicator.id === state.id) ?? numeric[0]!;
  const code = state.kind === 'summary' ? summarySnippet(state) : snippet(selected, state);
  document.title = t(ui, 'Tạo mã nhúng chỉ số', 'Embed builder');

  render(
    html`${pageHeader(ui, t(ui, 'Tạo mã nhúng cho bài viết', 'Build an embed for an article'), t(ui, 'Chọn chỉ số, kiểu hiển thị, ngôn ngữ và giao diện, rồi sao chép đoạn mã vào bài viết.', 'Choose an indicator, a look, a language and a theme, then copy the snippet into your article.'), (value) => update({ ui: value }))}
      <div class="builder">
        <section class="picker" aria-labelledby="find">
          <h2 id="find">${t(ui, '1. Chọn nội dung', '1. Choose what to embed')}</h2>
          ${radios('kind', t(ui, 'Loại', 'Kind'), KINDS, state.kind, (value) => update({ kind: value }), {
            progress: t(ui, 'Một chỉ số (cds-progress)', 'One indicator (cds-progress)'),
            summary: t(ui, 'Bảng tổng hợp một văn bản (cds-summary)', "A document's scorecard (cds-summary)"),
          })}
          ${state.kind === 'summary' ? summaryPicker(ui) : indicatorPicker(ui, results, selected)}
        </section>
        <section class="options" aria-labelledby="options">
          <h2 id="options">${t(ui, '2. Tuỳ chọn', '2. Options')}</h2>
          <label for="as-of">${t(ui, 'Số liệu tính đến ngày (giữ nguyên ý nghĩa của bài khi đọc lại sau này)', 'Figures as of (keeps the article’s meaning when it is read later)')}</label>
          <input id="as-of" type="date" .value=${state.asOf} max="2200-12-31" min="1900-01-01"
            @change=${(event: Event) => {
              const value = (event.target as HTMLInputElement).value;
              if (/^\d{4}-\d{2}-\d{2}$/.test(value)) update({ asOf: value });
            }} />
          ${state.kind === 'summary' ? nothing : radios('look', t(ui, 'Kiểu', 'Look'), LOOKS, state.look, (value) => update({ look: value }), {
            bar: t(ui, 'Thanh', 'Bar'),
            ring: t(ui, 'Vòng', 'Ring'),
            gauge: t(ui, 'Đồng hồ', 'Gauge'),
          })}
          ${radios('lang', t(ui, 'Ngôn ngữ của biểu đồ', 'Language of the gauge'), ['vi', 'en'] as const, state.lang, (value) => update({ lang: value }), {
            vi: 'Tiếng Việt',
            en: 'English',
          })}
          ${radios('theme', t(ui, 'Giao diện', 'Theme'), THEMES, state.theme, (value) => update({ theme: value }), {
            auto: t(ui, 'Theo trang', 'Follow the page'),
            light: t(ui, 'Sáng', 'Light'),
            dark: t(ui, 'Tối', 'Dark'),
          })}
        </section>
        <section class="preview" aria-labelledby="preview">
          <h2 id="preview">${t(ui, '3. Xem trước', '3. Preview')}</h2>
          <div class="preview-box" data-theme=${state.theme}>
            ${state.kind === 'summary'
              ? html`<cds-summary document=${state.document} year=${state.year} pillar=${state.pillar} lang=${state.lang} theme=${state.theme} as-of=${state.asOf}></cds-summary>`
              : html`<cds-progress indicator=${selected.id} look=${state.look} lang=${state.lang} theme=${state.theme} as-of=${state.asOf}></cds-progress>`}
          </div>
          <label for="snippet">${t(ui, 'Mã nhúng', 'Snippet')}</label>
          <textarea id="snippet" readonly rows="4" .value=${code}></textarea>
          <button type="button" class="primary" @click=${() => copy(code)}>${t(ui, 'Sao chép mã', 'Copy snippet')}</button>
          <span role="status">${state.copied ? t(ui, 'Đã sao chép.', 'Copied.') : ''}</span>
          <p>
            ${t(ui, 'Dán đoạn mã ở chế độ soạn HTML của trình soạn thảo (WordPress: khối “HTML tùy chỉnh”). Tự lưu trữ các tệp: chép cả thư mục cdn/, kể cả chunks/.', 'Paste the snippet in the HTML mode of your editor (WordPress: a “Custom HTML” block). To host the files yourself, copy the whole cdn/ folder, chunks/ included.')}
            <a href=${ui === 'vi' ? '/docs/getting-started-editors.html' : '/docs/getting-started-editors.en.html'}>${t(ui, 'Hướng dẫn cho biên tập viên', "Editors' guide")}</a>
          </p>
        </section>
      </div>`,
    root,
  );
}

/** Search and pick one indicator. */
function indicatorPicker(ui: Lang, results: Indicator[], selected: Indicator) {
  return html`          <label for="search">${t(ui, 'Tìm (có dấu hoặc không dấu)', 'Search (Vietnamese with or without diacritics, or English)')}</label>
          <input id="search" type="search" autocomplete="off" .value=${state.query} placeholder=${t(ui, 'vd. cap quang', 'e.g. fibre')}
            @input=${(event: Event) => update({ query: (event.target as HTMLInputElement).value })} />
          <p class="count" role="status">${t(ui, `${results.length} kết quả`, `${results.length} results`)}</p>
          <ul class="results" aria-label=${t(ui, 'Kết quả', 'Results')}>
            ${results.map(
              (indicator) => html`<li>
                <button type="button" data-id=${indicator.id} aria-pressed=${indicator.id === selected.id} @click=${() => update({ id: indicator.id })}>
                  <span>${indicator.label[ui]}</span>
                  <code>${indicator.id}</code>
                </button>
              </li>`,
            )}
          </ul>
        </section>`;
}

/** Pick a document, a target year and optionally a pillar. */
function summaryPicker(ui: Lang) {
  return html`<label for="document">${t(ui, 'Văn bản đặt mục tiêu', 'Document that sets the targets')}</label>
    <select id="document" @change=${(event: Event) => update({ document: (event.target as HTMLSelectElement).value })}>
      ${DOCUMENTS.map((source) => html`<option value=${source.id} ?selected=${source.id === state.document}>${formatDocumentName(source, { lang: ui })}</option>`)}
    </select>
    <label for="year">${t(ui, 'Năm mục tiêu', 'Target year')}</label>
    <select id="year" @change=${(event: Event) => update({ year: Number((event.target as HTMLSelectElement).value) })}>
      ${YEARS.map((year) => html`<option value=${year} ?selected=${year === state.year}>${year}</option>`)}
    </select>
    <label for="pillar">${t(ui, 'Trụ cột', 'Pillar')}</label>
    <select id="pillar" @change=${(event: Event) => update({ pillar: (event.target as HTMLSelectElement).value })}>
      <option value="" ?selected=${state.pillar === ''}>${t(ui, 'Tất cả', 'All')}</option>
      ${hanoi.programme.pillars.map((pillar) => html`<option value=${pillar.id} ?selected=${pillar.id === state.pillar}>${pillar.label[ui]}</option>`)}
    </select>`;
}

function radios<V extends string>(name: string, legend: string, values: readonly V[], current: V, onChange: (value: V) => void, labels: Record<V, string>) {
  return html`<fieldset>
    <legend>${legend}</legend>
    ${values.map(
      (value) => html`<label class="radio">
        <input type="radio" name=${name} .value=${value} .checked=${value === current} @change=${() => onChange(value)} />
        ${labels[value]}
      </label>`,
    )}
  </fieldset>`;
}

document.documentElement.lang = state.ui;
draw();
