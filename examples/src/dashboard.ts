// The whole Hanoi programme on one page: pillars and city-wide rankings, every indicator with its
// targets, latest value, verdicts and sources, a roll-up per pillar, filters and a vi/en switch.
// Sized for a phone: each pillar opens from its counts, and each card says each verdict once.
import { html, nothing, render } from 'lit';
import {
  assessIndicator,
  citedSources,
  describeRollUp,
  formatCitation,
  formatDate,
  formatObservation,
  formatTarget,
  formatVerdict,
  formatVerdictSummary,
  latestObservation,
  rollUp,
  repeatsEarlierTarget,
  VERDICTS,
  type Indicator,
  type Lang,
  type RollUp,
  type RollUpGroup,
  type TargetVerdict,
  type VerdictStatus,
} from '@hn-cds/core';
import { hanoi } from '@hn-cds/core/hanoi';
import { setDefaultTaxonomy } from '@hn-cds/elements';
import { pageHeader, pageLang, setPageLang, t, today } from './page.js';

// The gauges read the same dataset as the page around them.
setDefaultTaxonomy(hanoi);

interface State {
  lang: Lang;
  asOf: string;
  pillar: string;
  verdict: VerdictStatus | 'all';
  /** Which day the reported document's scorecard counts on: one scorecard at a time. */
  scorecardDay: 'report' | 'shown';
}

const state: State = { lang: pageLang(), asOf: today(), pillar: 'all', verdict: 'all', scorecardDay: 'report' };
const root = document.querySelector<HTMLElement>('#app')!;
const pillars = hanoi.programme.pillars;

function update(change: Partial<State>) {
  Object.assign(state, change);
  if (change.lang) setPageLang(change.lang);
  draw();
}

/** The counts of one roll-up: met (early or final), awaiting a final figure, then a chip per verdict. */
function summary(group: RollUpGroup, lang: Lang, year?: number) {
  const shown = VERDICTS.filter((status) => group.counts[status] > 0);
  const early = group.met - group.metFinal;
  const awaiting = group.counts.awaiting_final;
  return html`<p class="rollup-line">
    ${year ? html`<span class="year">${year}:</span> ` : nothing}${t(lang, `${group.met} / ${group.total} mục tiêu đã đạt`, `${group.met} of ${group.total} targets met`)}${early > 0
      ? t(lang, ` (${early} đạt sớm, theo số liệu trước năm của mục tiêu)`, ` (${early} early, on figures from before the target's year)`)
      : nothing}${awaiting > 0
      ? t(
          lang,
          `; ${awaiting} đã qua hạn, chờ số liệu cuối kỳ (${group.metBeforeDeadline} trong đó đã đạt theo số liệu trước hạn)`,
          `; ${awaiting} past their deadline, awaiting the final figure (${group.metBeforeDeadline} of them met on earlier figures)`,
        )
      : nothing}
  </p>
  <ul class="chips" aria-label=${year ? t(lang, `Mục tiêu năm ${year} theo đánh giá`, `${year} targets by verdict`) : t(lang, 'Số mục tiêu theo đánh giá', 'Targets by verdict')}>
    ${shown.map((status) => html`<li class="chip" data-status=${status}>${formatVerdict(status, { lang })}: ${group.counts[status]}</li>`)}
  </ul>`;
}

const YEARS = [2025, 2030] as const;

/** The programme's counts for each target year; each pillar's own counts sit at the top of its section. */
function rollUps(lang: Lang, results: Map<number, RollUp>) {
  return YEARS.map((year) => {
    const result = results.get(year)!;
    return html`<section class="rollup" aria-labelledby="rollup-${year}">
      <h2 id="rollup-${year}">${t(lang, `Mục tiêu năm ${year}`, `Targets for ${year}`)}</h2>
      ${summary(result.total, lang)}
    </section>`;
  });
}

/**
 * The counts a report printed for a document, beside what the figures show on the report's day and
 * today: the scorecard element, which takes its words from core's describeRollUp. Closed at first,
 * its one-line summary says both counts.
 */
function reportedVersusComputed(lang: Lang) {
  return (hanoi.programme.reportedSummaries ?? []).map((reported) => {
    const document = hanoi.sources.find((source) => source.id === reported.document);
    const name = document && document.kind !== 'report' ? `${document.number ?? document.title[lang]}` : reported.document;
    const words = describeRollUp(hanoi, rollUp(hanoi, { year: 2025, asOf: reported.date, document: reported.document }), { lang });
    return html`<section class="rollup" aria-labelledby="reported-${reported.document}">
      <h2 id="reported-${reported.document}">${t(lang, `Báo cáo và tính toán: ${name}`, `Reported and computed: ${name}`)}</h2>
      <p class="rollup-line">${words.reported ?? nothing}</p>
      <p>${t(lang, `Theo số liệu ngày ${formatDate(reported.date, { lang })}: `, `By the figures on ${formatDate(reported.date, { lang })}: `)}${words.computed}</p>
      <details class="disclosure">
        <summary>${t(lang, 'Xem bảng tổng hợp', 'Show the scorecard')}</summary>
        <fieldset>
          <legend>${t(lang, 'Tính theo số liệu của ngày', 'By the figures of')}</legend>
          ${(['report', 'shown'] as const).map(
            (day) => html`<label class="radio">
              <input type="radio" name="scorecard-${reported.document}" .checked=${state.scorecardDay === day} @change=${() => update({ scorecardDay: day })} />
              ${day === 'report'
                ? t(lang, `ngày báo cáo (${formatDate(reported.date, { lang })})`, `the report's day (${formatDate(reported.date, { lang })})`)
                : t(lang, `ngày đang xem (${formatDate(state.asOf, { lang })})`, `the day shown (${formatDate(state.asOf, { lang })})`)}
            </label>`,
          )}
        </fieldset>
        <cds-summary document=${reported.document} year="2025" as-of=${state.scorecardDay === 'report' ? reported.date : state.asOf} lang=${lang}></cds-summary>
      </details>
    </section>`;
  });
}

function verdictBadge(verdict: TargetVerdict, lang: Lang) {
  return html`<span class="badge" data-status=${verdict.status}>${formatVerdictSummary(verdict, { lang })}</span>`;
}

/**
 * One indicator: its latest figure with its date, the gauge's graphic where there is a figure and a
 * target to draw (the card writes the figure and the verdicts itself, so the gauge's own text is
 * hidden: each says it once), each target with its verdict, and the sources.
 */
function card(indicator: Indicator, verdicts: TargetVerdict[], lang: Lang) {
  const latest = latestObservation(hanoi, indicator, { asOf: state.asOf });
  const sources = citedSources(hanoi, indicator);
  const drawn =
    latest?.observation.kind === 'value' &&
    indicator.unit !== 'milestone' &&
    indicator.targets.some((target) => target.comparator !== 'milestone' && target.comparator !== 'not_given');
  return html`<article class="card" data-indicator=${indicator.id}>
    <h3>${indicator.label[lang]}</h3>
    <p class="latest">
      ${latest
        ? html`<strong>${formatObservation(latest.observation, indicator, { lang })}</strong>
            <span class="muted">(${formatDate(latest.observation.date, { lang })})</span>`
        : html`<span class="muted">${t(lang, 'Chưa có số liệu quan sát', 'No observation yet')}</span>`}
    </p>
    ${drawn ? html`<cds-progress indicator=${indicator.id} as-of=${state.asOf} lang=${lang}></cds-progress>` : nothing}
    ${verdicts.length > 0
      ? html`<ul class="targets" aria-label=${t(lang, 'Mục tiêu và đánh giá', 'Targets and verdicts')}>
          ${verdicts.filter((verdict) => !repeatsEarlierTarget(indicator, verdict.target)).map(
            (verdict) => html`<li>
              <span>${formatTarget(verdict.target, indicator, { lang })}</span>
              ${verdictBadge(verdict, lang)}
            </li>`,
          )}
        </ul>`
      : html`<p class="muted">${t(lang, 'Không có mục tiêu', 'No target')}</p>`}
    <details>
      <summary>${t(lang, 'Nguồn', 'Sources')} (${sources.length})</summary>
      <ul class="sources">
        ${sources.map((source) => html`<li>${formatCitation(source, { lang })}</li>`)}
      </ul>
    </details>
  </article>`;
}

function draw() {
  const { lang } = state;
  document.title = t(lang, 'Bảng theo dõi chuyển đổi số Hà Nội', 'Hanoi digital transformation dashboard');
  const groups = pillars
    .filter((pillar) => state.pillar === 'all' || pillar.id === state.pillar)
    .map((pillar) => {
      const cards = hanoi.indicators
        .filter((indicator) => indicator.pillar === pillar.id)
        .map((indicator) => ({ indicator, verdicts: assessIndicator(hanoi, indicator, { asOf: state.asOf }) }))
        .filter(({ verdicts }) => state.verdict === 'all' || verdicts.some((verdict) => verdict.status === state.verdict));
      return { pillar, cards };
    })
    .filter(({ cards }) => cards.length > 0);
  const shownCount = groups.reduce((sum, group) => sum + group.cards.length, 0);
  // A filter asks to see indicators: the sections it leaves open at once.
  const filtered = state.pillar !== 'all' || state.verdict !== 'all';
  const results = new Map(YEARS.map((year) => [year, rollUp(hanoi, { year, asOf: state.asOf })]));

  render(
    html`${pageHeader(lang, t(lang, 'Chuyển đổi số Hà Nội: các chỉ tiêu', "Hanoi's digital transformation: the indicators"), t(
              lang,
              'Mục tiêu 2025 và 2030 theo Nghị quyết 18-NQ/TU, Kế hoạch 239/KH-UBND và Chương trình Chuyển đổi số của thành phố; số liệu từ các báo cáo được trích dẫn.',
              "2025 and 2030 targets from Resolution 18-NQ/TU, Plan 239/KH-UBND and the city's Digital Transformation Programme; values from the cited reports.",
            ), (value) => update({ lang: value }))}
      <form class="filters" @submit=${(event: Event) => event.preventDefault()}>
        <label>
          ${t(lang, 'Trụ cột', 'Pillar')}
          <select name="pillar" @change=${(event: Event) => update({ pillar: (event.target as HTMLSelectElement).value })}>
            <option value="all" ?selected=${state.pillar === 'all'}>${t(lang, 'Tất cả', 'All')}</option>
            ${pillars.map((pillar) => html`<option value=${pillar.id} ?selected=${state.pillar === pillar.id}>${pillar.label[lang]}</option>`)}
          </select>
        </label>
        <label>
          ${t(lang, 'Đánh giá', 'Verdict')}
          <select name="verdict" @change=${(event: Event) => update({ verdict: (event.target as HTMLSelectElement).value as State['verdict'] })}>
            <option value="all" ?selected=${state.verdict === 'all'}>${t(lang, 'Tất cả', 'All')}</option>
            ${VERDICTS.map((status) => html`<option value=${status} ?selected=${state.verdict === status}>${formatVerdict(status, { lang })}</option>`)}
          </select>
        </label>
        <label>
          ${t(lang, 'Tính đến ngày', 'As of')}
          <input type="date" name="as-of" .value=${state.asOf} @change=${(event: Event) => {
            const value = (event.target as HTMLInputElement).value;
            if (value) update({ asOf: value });
          }} />
        </label>
      </form>
      <section class="rollups">${rollUps(lang, results)}${reportedVersusComputed(lang)}</section>
      <p class="count" role="status">${t(lang, `Đang hiển thị ${shownCount} chỉ tiêu`, `Showing ${shownCount} indicators`)}</p>
      ${groups.map(({ pillar, cards }) => {
        const counts = YEARS.map((year) => ({ year, group: results.get(year)!.pillars.find((group) => group.pillar === pillar.id) })).filter(
          (entry): entry is { year: 2025 | 2030; group: RollUpGroup } => entry.group !== undefined && entry.group.total > 0,
        );
        return html`<section class="pillar" aria-labelledby="pillar-${pillar.id}">
          <h2 id="pillar-${pillar.id}">${pillar.label[lang]}</h2>
          ${counts.length > 0
            ? counts.map(({ year, group }) => summary(group, lang, year))
            : html`<p class="rollup-line">${t(lang, 'Số liệu bối cảnh, không có mục tiêu', 'Context figures, with no targets')}</p>`}
          <details class="disclosure" ?open=${filtered}>
            <summary>${t(lang, `Xem ${cards.length} chỉ tiêu`, `Show the ${cards.length} ${cards.length === 1 ? 'indicator' : 'indicators'}`)}</summary>
            <div class="cards">${cards.map(({ indicator, verdicts }) => card(indicator, verdicts, lang))}</div>
          </details>
        </section>`;
      })}`,
    root,
  );
}

document.documentElement.lang = state.lang;
draw();
