// The embed builder: find an indicator (Vietnamese, with or without diacritics, or English), or
// choose a document's scorecard; choose look, language, theme and the day the article speaks of;
// see the element on a light and a dark page, and take it as a live tag, a server-rendered tag,
// an SVG, a PNG or a social card.
import { html, nothing, render } from 'lit';
import { describeRollUp, formatDocumentName, formatObservation, formatDate, latestObservation, rollUp, type Indicator, type Lang } from '@hn-cds/core';
import { hanoi } from '@hn-cds/core/hanoi';
import { setDefaultTaxonomy } from '@hn-cds/elements';
import { matches } from './fold.js';
import { pageHeader, pageLang, setPageLang, t, today } from './page.js';
import { fetchRender, fileName, renderUrl, type RenderFormat, type RenderRequest } from './render-service.js';

// The gauges read the same dataset as the page around them.
setDefaultTaxonomy(hanoi);

const LOOKS = ['bar', 'ring', 'gauge'] as const;
const THEMES = ['auto', 'light', 'dark'] as const;
const KINDS = ['progress', 'summary'] as const;
const FORMS = ['live', 'server'] as const;
const DOCUMENTS = hanoi.sources.filter((source) => source.kind !== 'report');
const YEARS = [...new Set(hanoi.indicators.flatMap((indicator) => indicator.targets.map((target) => target.year)))].sort();
const IMAGE_WIDTHS = { min: 280, max: 1600, default: 640 } as const;

/** Whether the examples server's render endpoint answers: asked once, when the page opens. */
type Endpoint = 'checking' | 'ok' | 'unavailable';

interface State {
  ui: Lang;
  kind: (typeof KINDS)[number];
  query: string;
  /** The chosen indicator: the one in the preview and the snippet. */
  id: string;
  /** The option the arrow keys have reached in the results (`aria-selected`); Enter chooses it. */
  active: string;
  look: (typeof LOOKS)[number];
  lang: Lang;
  theme: (typeof THEMES)[number];
  /** The day the article speaks of, pinned in the snippet so an archived article keeps its meaning; empty: the reader's day. */
  asOf: string;
  document: string;
  year: number;
  pillar: string;
  form: (typeof FORMS)[number];
  width: number;
  endpoint: Endpoint;
  /** The server-rendered tag for the request it was made for. */
  serverTag?: { key: string; html?: string; failed?: boolean; reason?: string };
  copied: boolean;
}

const numeric = hanoi.indicators.filter((indicator) => indicator.unit !== 'milestone');
const state: State = {
  ui: pageLang(),
  kind: 'progress',
  query: '',
  id: 'society.fibre-households',
  active: 'society.fibre-households',
  look: 'bar',
  lang: pageLang(),
  theme: 'auto',
  asOf: today(),
  document: 'nq18',
  year: 2025,
  pillar: '',
  form: 'live',
  width: IMAGE_WIDTHS.default,
  endpoint: 'checking',
  copied: false,
};
const root = document.querySelector<HTMLElement>('#app')!;

/** Where this server's CDN files live, as absolute URLs an editor can paste anywhere. */
const scriptUrl = new URL('/cdn/hn-cds.min.js', location.href).href;
const stylesheetUrl = new URL('/cdn/hn-cds.css', location.href).href;

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The texts a search looks through: both languages' labels and short labels, and the id. */
const searchTexts = (indicator: Indicator) =>
  [indicator.label.vi, indicator.label.en, indicator.shortLabel?.vi ?? '', indicator.shortLabel?.en ?? '', indicator.id];

/** Label and latest value, written inside the tag: what readers see before (or without) JavaScript. */
function fallbackText(indicator: Indicator, lang: Lang, asOf: string): string {
  const latest = latestObservation(hanoi, indicator, asOf ? { asOf } : {});
  if (!latest) return indicator.label[lang];
  const date = latest.observation.date === 'undated' ? '' : ` (${formatDate(latest.observation.date, { lang })})`;
  return `${indicator.label[lang]}: ${formatObservation(latest.observation, indicator, { lang })}${date}`;
}

/** The tag of the live element, with its fallback text. */
function liveTag(indicator: Indicator, options: Pick<State, 'look' | 'lang' | 'theme' | 'asOf'>): string {
  const attributes = [`indicator="${indicator.id}"`];
  if (options.look !== 'bar') attributes.push(`look="${options.look}"`);
  attributes.push(`lang="${options.lang}"`);
  if (options.asOf) attributes.push(`as-of="${options.asOf}"`);
  if (options.theme !== 'auto') attributes.push(`theme="${options.theme}"`);
  return `<cds-progress ${attributes.join(' ')}>${escapeHtml(fallbackText(indicator, options.lang, options.asOf))}</cds-progress>`;
}

/** The scorecard's tag: its fallback text is the same words the element shows first. */
function summaryTag(options: Pick<State, 'document' | 'year' | 'pillar' | 'lang' | 'theme' | 'asOf'>): string {
  const attributes = [`document="${options.document}"`, `year="${options.year}"`];
  if (options.pillar) attributes.push(`pillar="${options.pillar}"`);
  attributes.push(`lang="${options.lang}"`);
  if (options.asOf) attributes.push(`as-of="${options.asOf}"`);
  if (options.theme !== 'auto') attributes.push(`theme="${options.theme}"`);
  const words = describeRollUp(
    hanoi,
    rollUp(hanoi, {
      year: options.year,
      asOf: options.asOf || today(),
      document: options.document,
      ...(options.pillar ? { pillar: options.pillar } : {}),
    }),
    { lang: options.lang },
  );
  const fallback = [words.title, words.reported ?? words.computed].join(': ');
  return `<cds-summary ${attributes.join(' ')}>${escapeHtml(fallback)}</cds-summary>`;
}

/** The stylesheet that reserves the element's size (no layout shift) and the script, once per page, then the tag. */
const withScript = (tag: string) =>
  [`<link rel="stylesheet" href="${stylesheetUrl}" />`, `<script type="module" src="${scriptUrl}"></script>`, tag].join('\n');

/** A server-rendered tag draws without the script and needs no stylesheet; the script makes it live. */
const withHydration = (tag: string) => [`<script type="module" src="${scriptUrl}"></script>`, tag.trim()].join('\n');

function renderRequest(indicator: Indicator): RenderRequest {
  return { indicator: indicator.id, look: state.look, lang: state.lang, asOf: state.asOf, theme: state.theme, width: state.width };
}

const requestKey = (request: RenderRequest) => JSON.stringify(request);

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

/** Asks the render endpoint once whether it is there, with a request it must answer. */
async function checkEndpoint() {
  const indicator = numeric.find((candidate) => candidate.id === state.id) ?? numeric[0]!;
  const answer = await fetchRender('svg', renderRequest(indicator));
  update({ endpoint: answer.ok ? 'ok' : 'unavailable' });
}

/** Fetches the server-rendered tag for the current choices, unless it is already there or on its way. */
async function loadServerTag(indicator: Indicator) {
  const request = renderRequest(indicator);
  const key = requestKey(request);
  if (state.serverTag?.key === key) return;
  state.serverTag = { key };
  const answer = await fetchRender('html', request);
  // A later choice may have asked for another tag meanwhile: keep only the answer to the last one.
  if (state.serverTag?.key !== key) return;
  update({ serverTag: answer.ok ? { key, html: answer.text } : { key, failed: true, ...(answer.reason ? { reason: answer.reason } : {}) } });
}

function draw() {
  const { ui } = state;
  const results = numeric.filter((indicator) => matches(state.query, searchTexts(indicator)));
  const selected = numeric.find((indicator) => indicator.id === state.id) ?? numeric[0]!;
  document.title = t(ui, 'Tạo mã nhúng chỉ số', 'Embed builder');
  if (state.kind === 'progress' && state.form === 'server' && state.endpoint === 'ok') void loadServerTag(selected);

  render(
    html`${pageHeader(ui, t(ui, 'Tạo mã nhúng cho bài viết', 'Build an embed for an article'), t(ui, 'Chọn chỉ số, kiểu hiển thị, ngôn ngữ, giao diện và ngày của số liệu, rồi sao chép đoạn mã vào bài viết hoặc tải ảnh.', 'Choose an indicator, a look, a language, a theme and the day of the figures, then copy the snippet into your article or download an image.'), (value) => update({ ui: value }))}
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
          ${asOfField(ui)}
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
          <p class="help">${t(
            ui,
            '“Theo trang” đổi theo giao diện sáng hay tối của trang. “Sáng” và “Tối” giữ một giao diện dù trang thế nào: chỉ chọn khi nền trang của bạn luôn như vậy, và xem cả hai ô xem trước.',
            '“Follow the page” changes with the page’s light or dark scheme. “Light” and “Dark” keep one theme whatever the page: choose one only when your page’s background always matches it, and check both previews.',
          )}</p>
        </section>
        <section class="preview" aria-labelledby="preview">
          <h2 id="preview">${t(ui, '3. Xem trước trên trang sáng và trang tối', '3. Preview on a light and a dark page')}</h2>
          <div class="host-pages">
            ${(['light', 'dark'] as const).map(
              // The dark pane repeats the light one for the eye: inert, so a screen reader or the
              // keyboard meets the element once (two scorecards would also be two landmarks of one name).
              (scheme) => html`<figure class="host-page" data-scheme=${scheme} ?inert=${scheme === 'dark'}>
                <figcaption>${scheme === 'light' ? t(ui, 'Trang nền sáng', 'On a light page') : t(ui, 'Trang nền tối', 'On a dark page')}</figcaption>
                ${previewElement(selected)}
              </figure>`,
            )}
          </div>
        </section>
        <section class="output" aria-labelledby="output">
          <h2 id="output">${t(ui, '4. Lấy mã hoặc ảnh', '4. Take the code or an image')}</h2>
          ${state.kind === 'summary' ? snippetBlock(ui, withScript(summaryTag(state))) : outputs(ui, selected)}
          <p>
            ${t(ui, 'Dán đoạn mã ở chế độ soạn HTML của trình soạn thảo (WordPress: khối “HTML tùy chỉnh”). Tự lưu trữ các tệp: chép cả thư mục cdn/, kể cả chunks/.', 'Paste the snippet in the HTML mode of your editor (WordPress: a “Custom HTML” block). To host the files yourself, copy the whole cdn/ folder, chunks/ included.')}
            <a href=${ui === 'vi' ? '/docs/getting-started-editors.html' : '/docs/getting-started-editors.en.html'}>${t(ui, 'Hướng dẫn cho biên tập viên', "Editors' guide")}</a>
          </p>
        </section>
      </div>`,
    root,
  );
}

/** The element as the snippet writes it; `as-of` empty means the reader's day, as in an article with none. */
function previewElement(selected: Indicator) {
  const asOf = state.asOf || nothing;
  return state.kind === 'summary'
    ? html`<cds-summary document=${state.document} year=${state.year} pillar=${state.pillar || nothing} lang=${state.lang} theme=${state.theme} as-of=${asOf}></cds-summary>`
    : html`<cds-progress indicator=${selected.id} look=${state.look} lang=${state.lang} theme=${state.theme} as-of=${asOf}></cds-progress>`;
}

/** The day the figures are read on: today by default, changeable, or cleared to follow the reader's day. */
function asOfField(ui: Lang) {
  const set = (value: string) => {
    if (value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value)) update({ asOf: value, serverTag: undefined });
  };
  return html`<div class="field">
    <label for="as-of">${t(ui, 'Số liệu tính đến ngày', 'Figures as of')}</label>
    <div class="inline">
      <input id="as-of" type="date" .value=${state.asOf} max="2200-12-31" min="1900-01-01" aria-describedby="as-of-help"
        @change=${(event: Event) => set((event.target as HTMLInputElement).value)} />
      <button type="button" @click=${() => set(today())}>${t(ui, 'Hôm nay', 'Today')}</button>
      <button type="button" ?disabled=${state.asOf === ''} @click=${() => set('')}>${t(ui, 'Bỏ ngày', 'Clear')}</button>
    </div>
    <p id="as-of-help" class="help">
      ${state.asOf
        ? t(
            ui,
            `Mã nhúng ghi as-of="${state.asOf}": khi đọc lại bài sau này, biểu đồ vẫn đánh giá như ngày ${formatDate(state.asOf, { lang: ui })}. Mặc định là ngày tạo mã.`,
            `The snippet writes as-of="${state.asOf}": read later, the article's gauge still judges as on ${formatDate(state.asOf, { lang: ui })}. The default is the day the snippet is made.`,
          )
        : t(
            ui,
            'Không ghi ngày: biểu đồ đánh giá theo ngày người đọc mở bài, nên đánh giá có thể đổi theo thời gian (ví dụ khi hạn của mục tiêu đã qua).',
            'No date: the gauge judges on the day the reader opens the article, so its verdict may change over time (for instance once a deadline has passed).',
          )}
    </p>
  </div>`;
}

/** Search, then one listbox of results: one tab stop, arrow keys, Home and End move, Enter or a click chooses. */
function indicatorPicker(ui: Lang, results: Indicator[], selected: Indicator) {
  const active = results.find((indicator) => indicator.id === state.active) ?? results.find((indicator) => indicator.id === selected.id) ?? results[0];
  const move = (event: KeyboardEvent) => {
    if (results.length === 0) return;
    const at = active ? results.indexOf(active) : -1;
    const to = { ArrowDown: Math.min(at + 1, results.length - 1), ArrowUp: Math.max(at - 1, 0), Home: 0, End: results.length - 1 }[event.key];
    if (to !== undefined) {
      event.preventDefault();
      update({ active: results[to]!.id });
      revealActive();
    } else if ((event.key === 'Enter' || event.key === ' ') && active) {
      event.preventDefault();
      update({ id: active.id, serverTag: undefined });
    }
  };
  return html`<label for="search">${t(ui, 'Tìm theo tên (có dấu hoặc không dấu, tiếng Việt hoặc tiếng Anh) hoặc mã', 'Search by name (Vietnamese with or without diacritics, or English) or id')}</label>
    <input id="search" type="search" autocomplete="off" .value=${state.query} placeholder=${t(ui, 'vd. dich vu cong, cáp quang', 'e.g. fibre, public services')}
      aria-controls="results"
      @input=${(event: Event) => update({ query: (event.target as HTMLInputElement).value, active: '' })}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'ArrowDown' && results.length > 0) {
          event.preventDefault();
          root.querySelector<HTMLElement>('#results')?.focus();
        }
      }} />
    <p class="count" role="status">${results.length === 0
      ? t(ui, 'Không có chỉ số nào khớp. Thử ít từ hơn.', 'No indicator matches. Try fewer words.')
      : t(ui, `${results.length} kết quả: dùng phím mũi tên để duyệt, Enter để chọn.`, `${results.length} results: arrow keys to browse, Enter to choose.`)}</p>
    <ul id="results" class="results" role="listbox" tabindex=${results.length > 0 ? 0 : -1} aria-label=${t(ui, 'Chỉ số tìm được', 'Indicators found')}
      aria-activedescendant=${active ? `option-${active.id}` : nothing} ?hidden=${results.length === 0} @keydown=${move}>
      ${results.map(
        (indicator) => html`<li role="option" id=${`option-${indicator.id}`} data-id=${indicator.id} aria-selected=${indicator === active ? 'true' : 'false'}
          ?data-chosen=${indicator.id === selected.id} @click=${() => update({ id: indicator.id, active: indicator.id, serverTag: undefined })}>
          <span class="option-label">${indicator.label[ui]}</span>
          <code>${indicator.id}</code>
          ${indicator.id === selected.id ? html`<span class="chosen">${t(ui, '✓ đang dùng', '✓ in use')}</span>` : nothing}
        </li>`,
      )}
    </ul>`;
}

/** Scrolls the results list, and only it, so the option with `aria-selected` is in view. */
function revealActive() {
  const list = root.querySelector<HTMLElement>('#results');
  const option = list?.querySelector<HTMLElement>('[aria-selected="true"]');
  if (!list || !option) return;
  const top = option.offsetTop;
  if (top < list.scrollTop) list.scrollTop = top;
  else if (top + option.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = top + option.offsetHeight - list.clientHeight;
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

/** The snippet, its copy button and the line that says it was copied. */
function snippetBlock(ui: Lang, code: string | undefined, waiting = '') {
  return html`<label for="snippet">${t(ui, 'Mã nhúng', 'Snippet')}</label>
    <textarea id="snippet" readonly rows="5" .value=${code ?? waiting}></textarea>
    <button type="button" class="primary" ?disabled=${code === undefined} @click=${() => code !== undefined && copy(code)}>${t(ui, 'Sao chép mã', 'Copy snippet')}</button>
    <span role="status">${state.copied ? t(ui, 'Đã sao chép.', 'Copied.') : ''}</span>`;
}

/** The live tag or the server-rendered tag, then the static images, each from the render endpoint. */
function outputs(ui: Lang, selected: Indicator) {
  const request = renderRequest(selected);
  const unavailable = state.endpoint === 'unavailable';
  const server = state.serverTag?.key === requestKey(request) ? state.serverTag : undefined;
  let code: string | undefined = withScript(liveTag(selected, state));
  let waiting = '';
  if (state.form === 'server') {
    code = server?.html === undefined ? undefined : withHydration(server.html);
    waiting = unavailable || server?.failed
      ? t(ui, '(Không tạo được thẻ dựng sẵn: xem thông báo bên dưới.)', '(The server-rendered tag could not be made: see the message below.)')
      : t(ui, 'Đang tạo thẻ dựng sẵn…', 'Making the server-rendered tag…');
  }
  const images: [RenderFormat, string][] = [
    ['svg', t(ui, `Tải SVG (rộng ${state.width} px)`, `Download SVG (${state.width} px wide)`)],
    ['png', t(ui, `Tải PNG (rộng ${state.width} px, mật độ ×2)`, `Download PNG (${state.width} px wide, ×2 density)`)],
    ['card', t(ui, 'Tải thẻ mạng xã hội (PNG 1200×630)', 'Download social card (PNG 1200×630)')],
  ];
  return html`${radios('form', t(ui, 'Dạng mã', 'Form of the code'), FORMS, state.form, (value) => update({ form: value }), {
      live: t(ui, 'Thẻ trực tiếp (script + thẻ)', 'Live tag (script + tag)'),
      server: t(ui, 'Thẻ dựng sẵn trên máy chủ (hiện cả khi không có JavaScript)', 'Server-rendered tag (shows even without JavaScript)'),
    })}
    <p class="help">${state.form === 'live'
      ? t(ui, 'Biểu đồ được vẽ khi script chạy; chữ trong thẻ hiện trước đó và khi không có JavaScript.', 'The gauge is drawn when the script runs; the text inside the tag shows before that and without JavaScript.')
      : t(ui, 'Biểu đồ đã vẽ sẵn trong mã (không cần script, không xê dịch trang); khi có script, nó trở thành biểu đồ trực tiếp tại chỗ.', 'The gauge comes drawn in the code (no script needed, no layout shift); with the script it becomes the live gauge in place.')}</p>
    ${snippetBlock(ui, code, waiting)}
    ${state.form === 'server' && server?.failed && !unavailable
      ? html`<p class="endpoint-status" role="alert" data-endpoint="refused">${t(ui, 'Máy chủ dựng ảnh không tạo được thẻ dựng sẵn', 'The render server could not make the server-rendered tag')}${server.reason
          ? html`: <span>${reasonIn(ui, server.reason)}</span>`
          : '.'} ${t(ui, 'Thẻ trực tiếp vẫn dùng được.', 'The live tag still works.')}</p>`
      : nothing}
    <h3>${t(ui, 'Ảnh tĩnh (email, bản in, mạng xã hội)', 'Static images (email, print, social media)')}</h3>
    <div class="field">
      <label for="image-width">${t(ui, 'Chiều rộng ảnh (px)', 'Image width (px)')}</label>
      <input id="image-width" type="number" inputmode="numeric" min=${IMAGE_WIDTHS.min} max=${IMAGE_WIDTHS.max} step="10" .value=${String(state.width)}
        @change=${(event: Event) => {
          const value = Number((event.target as HTMLInputElement).value);
          if (Number.isInteger(value) && value >= IMAGE_WIDTHS.min && value <= IMAGE_WIDTHS.max) update({ width: value, serverTag: undefined });
          else (event.target as HTMLInputElement).value = String(state.width);
        }} />
    </div>
    ${state.theme === 'auto'
      ? html`<p class="help">${t(ui, 'Ảnh không có trang để theo: với giao diện “Theo trang”, ảnh dùng giao diện sáng.', 'An image has no page to follow: with “Follow the page”, images use the light theme.')}</p>`
      : nothing}
    <ul class="downloads">
      ${images.map(([format, label]) => html`<li>${unavailable
        ? html`<span class="disabled-link" data-format=${format}>${label}</span>`
        : html`<a data-format=${format} href=${renderUrl(format, request)} download=${fileName(format, request)}>${label}</a>`}</li>`)}
    </ul>
    <p class="endpoint-status" role="status" data-endpoint=${state.endpoint}>${endpointMessage(ui)}</p>`;
}

/** The line of the endpoint's vi-then-en message in the page's language (the whole text if it has one line). */
function reasonIn(ui: Lang, reason: string): string {
  const lines = reason.split('\n').filter(Boolean);
  return (lines.length === 2 ? lines[ui === 'vi' ? 0 : 1] : reason)!;
}

function endpointMessage(ui: Lang): string {
  if (state.endpoint === 'checking') return t(ui, 'Đang kiểm tra máy chủ dựng ảnh…', 'Checking the render server…');
  if (state.endpoint === 'ok') return '';
  return t(
    ui,
    'Trang này không có máy chủ dựng ảnh (/render không trả lời, có thể trang được phục vụ dạng tĩnh): thẻ dựng sẵn, SVG và PNG không tạo được ở đây. Thẻ trực tiếp vẫn dùng được. Chạy các ví dụ bằng “pnpm start” để có đủ các dạng.',
    'This page has no render server (/render does not answer; the page may be hosted as static files): the server-rendered tag, SVG and PNG cannot be made here. The live tag still works. Run the examples with “pnpm start” for every form.',
  );
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
// The indicator in use may be far down the list: show it.
revealActive();
void checkEndpoint();
