// The whole Hanoi programme on one page: pillars and city-wide rankings, every indicator with its
// targets, latest value, verdicts and sources, a roll-up per pillar, filters and a vi/en switch.
import { html, nothing, render } from 'lit';
import {
  assessIndicator,
  citedSources,
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
}

const state: State = { lang: pageLang(), asOf: today(), pillar: 'all', verdict: 'all' };
const root = document.querySelector<HTMLElement>('#app')!;
const pillars = hanoi.programme.pillars;

function update(change: Partial<State>) {
  Object.assign(state, change);
  if (change.lang) setPageLang(change.lang);
  draw();
}

function summary(group: RollUpGroup, lang: Lang) {
  const shown = VERDICTS.filter((status) => group.counts[status] > 0);
  const early = group.met - group.metFinal;
  const awaiting = group.counts.awaiting_final;
  return html`<p class="rollup-line">
    ${t(lang, `${group.met} / ${group.total} mục tiêu đã đạt`, `${group.met} of ${group.total} targets met`)}${early > 0
      ? t(lang, ` (${early} đạt sớm, theo số liệu trước năm của mục tiêu)`, ` (${early} early, on figures from before the target's year)`)
      : nothing}${awaiting > 0
      ? t(
          lang,
          `; ${awaiting} đã qua hạn, chờ số liệu cuối kỳ (${group.metBeforeDeadline} trong đó đã đạt theo số liệu trước hạn)`,
          `; ${awaiting} past their deadline, awaiting the final figure (${group.metBeforeDeadline} of them met on earlier figures)`,
        )
      : nothing}
  </p>
  <ul class="chips" aria-label=${t(lang, 'Số mục tiêu theo đánh giá', 'Targets by verdict')}>
    ${shown.map((status) => html`<li class="chip" data-status=${status}>${formatVerdict(status, { lang })}: ${group.counts[status]}</li>`)}
  </ul>`;
}

function rollUps(lang: Lang) {
  return [2025, 2030].map((year) => {
    const result = rollUp(hanoi, { year, asOf: state.asOf });
    return html`<section class="rollup" aria-labelledby="rollup-${year}">
      <h2 id="rollup-${year}">${t(lang, `Mục tiêu năm ${year}`, `Targets for ${year}`)}</h2>
      ${summary(result.total, lang)}
      <div class="rollup-pillars">
        ${result.pillars
          .filter((group) => group.total > 0)
          .map((group) => {
            const pillar = pillars.find((p) => p.id === group.pillar);
            return html`<div class="rollup-pillar">
              <h3>${pillar?.label[lang] ?? group.pillar}</h3>
              ${summary(group, lang)}
            </div>`;
          })}
      </div>
    </section>`;
  });
}

/**
 * The counts a report printed for a document, beside what the figures show on the report's day and
 * today: the scorecard element, which takes its words from core's describeRollUp.
 */
function reportedVersusComputed(lang: Lang) {
  return (hanoi.programme.reportedSummaries ?? []).map((reported) => {
    const document = hanoi.sources.find((source) => source.id === reported.document);
    const name = document && document.kind !== 'report' ? `${document.number ?? document.title[lang]}` : reported.document;
    return html`<section class="rollup" aria-labelledby="reported-${reported.document}">
      <h2 id="reported-${reported.document}">${t(lang, `Báo cáo và tính toán: ${name}`, `Reported and computed: ${name}`)}</h2>
      <h3>${t(lang, `Ngày báo cáo (${formatDate(reported.date, { lang })})`, `On the report's day (${formatDate(reported.date, { lang })})`)}</h3>
      <cds-summary document=${reported.document} year="2025" as-of=${reported.date} lang=${lang}></cds-summary>
      <h3>${t(lang, `Ngày đang xem (${formatDate(state.asOf, { lang })})`, `On the day shown (${formatDate(state.asOf, { lang })})`)}</h3>
      <cds-summary document=${reported.document} year="2025" as-of=${state.asOf} lang=${lang}></cds-summary>
    </section>`;
  });
}

function verdictBadge(verdict: TargetVerdict, lang: Lang) {
  return html`<span class="badge" data-status=${verdict.status}>${formatVerdictSummary(verdict, { lang })}</span>`;
}

function card(indicator: Indicator, verdicts: TargetVerdict[], lang: Lang) {
  const latest = latestObservation(hanoi, indicator, { asOf: state.asOf });
  const sources = citedSources(hanoi, indicator);
  return html`<article class="card" data-indicator=${indicator.id}>
    <h3>${indicator.label[lang]}</h3>
    <p class="latest">
      ${latest
        ? html`<strong>${formatObservation(latest.observation, indicator, { lang })}</strong>
            <span class="muted">(${formatDate(latest.observation.date, { lang })})</span>`
        : html`<span class="muted">${t(lang, 'Chưa có số liệu quan sát', 'No observation yet')}</span>`}
    </p>
    ${indicator.unit !== 'milestone' ? html`<cds-progress indicator=${indicator.id} as-of=${state.asOf} lang=${lang}></cds-progress>` : nothing}
    ${verdicts.length > 0
      ? html`<ul class="targets">
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
      <section class="rollups">${rollUps(lang)}${reportedVersusComputed(lang)}</section>
      <p class="count" role="status">${t(lang, `Đang hiển thị ${shownCount} chỉ tiêu`, `Showing ${shownCount} indicators`)}</p>
      ${groups.map(
        ({ pillar, cards }) => html`<section class="pillar" aria-labelledby="pillar-${pillar.id}">
          <h2 id="pillar-${pillar.id}">${pillar.label[lang]}</h2>
          <div class="cards">${cards.map(({ indicator, verdicts }) => card(indicator, verdicts, lang))}</div>
        </section>`,
      )}`,
    root,
  );
}

document.documentElement.lang = state.lang;
draw();
