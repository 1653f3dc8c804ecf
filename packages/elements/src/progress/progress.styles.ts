import { css } from 'lit';

/**
 * The least block size `reserve.css` gives each look before the script runs, in em of the tag's
 * font size, by viewport width: the height of the tallest Hanoi gauge in a column as wide as the
 * narrowest viewport of each range, the history and the closed "Why?" row included, so a page
 * that links it does not move when the element upgrades. The element itself takes the height of its text, which wraps rather than being cut.
 */
export const BLOCK_SIZE = {
  /** Viewports 720 px and wider. */
  wide: { bar: 13.75, ring: 13.5, gauge: 16.75 },
  /** Viewports narrower than 720 px. */
  tablet: { bar: 17.25, ring: 17, gauge: 20.25 },
  /** Viewports narrower than 480 px. */
  phone: { bar: 19.5, ring: 24.25, gauge: 22.5 },
  /** Viewports narrower than 360 px. */
  narrow: { bar: 23.25, ring: 27, gauge: 24.75 },
} as const;

/** The gauge's own layout, after the shared {@link paletteStyles}. */
export const progressStyles = css`
  :host {
    contain: content;
  }

  /* The frame fills the size a page reserves, whatever display it gives the tag, so a theme's background does too; the notice is placed in it. */
  .base {
    position: relative;
    min-block-size: inherit;
    overflow-wrap: anywhere;
  }
  /* An explicit theme paints its own background: room around the text so it does not touch the edge. */
  :host([theme='light']) .base,
  :host([theme='dark']) .base {
    padding: 0.5em 0.75em;
    border-radius: 0.5em;
  }

  .bar,
  .rank,
  .figure,
  .state,
  .empty {
    display: flex;
    flex-direction: column;
    row-gap: 0.25em;
  }
  .gauge {
    display: flex;
    flex-direction: column;
    align-items: center;
    row-gap: 0.25em;
  }
  .gauge > .verdicts,
  .gauge > .meta {
    align-self: stretch;
  }
  /* Beside the text while both fit, the ring goes above it in a narrow column. */
  .ring {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
  }
  .ring > .round {
    flex: 0 0 8.5em;
  }
  .ring > .text {
    flex: 1 1 12em;
    display: flex;
    flex-direction: column;
    row-gap: 0.25em;
    min-inline-size: 0;
  }

  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.75em;
  }
  .label {
    min-inline-size: 0;
    font-weight: 600;
  }
  .head > .label {
    flex: 1 1 12em;
  }
  .gauge .label {
    max-inline-size: 100%;
    text-align: center;
  }

  .value {
    font-size: 1.25em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    min-inline-size: 0;
  }
  .figure .value {
    font-size: 1.75em;
    line-height: 1.2;
  }
  .value[data-state] {
    font-size: 1em;
    font-weight: 600;
  }
  .value[data-empty] {
    font-size: 1em;
    font-weight: 600;
    padding: 0.25em 0.5em;
    border: 1px dashed var(--cds-color-track, var(--_track));
    border-radius: 0.25em;
    align-self: flex-start;
  }

  .round {
    display: flex;
    flex-direction: column;
    align-items: center;
  }
  .graphic {
    position: relative;
  }
  .ring .graphic {
    inline-size: 8.5em;
    block-size: 8.5em;
  }
  .gauge .graphic {
    block-size: 6.5em;
  }
  .graphic > svg {
    display: block;
    block-size: 100%;
    inline-size: auto;
    overflow: visible;
  }
  /* Inside the hole of the arc (its inner diameter is 59% of the drawing's width), on one line. */
  .graphic > .value {
    position: absolute;
    inset-inline: 21%;
    text-align: center;
    line-height: 1.2;
    white-space: nowrap;
    overflow-wrap: normal;
  }
  .graphic > .value[data-long] {
    font-size: 1.05em;
  }
  .ring .graphic > .value {
    inset-block-start: calc(50% - 0.6em);
  }
  .gauge .graphic > .value {
    inset-block-end: 0.2em;
  }
  .value[data-under] {
    font-size: 1em;
    text-align: center;
  }

  .meter {
    position: relative;
  }
  .bar .meter {
    block-size: 3.25em;
  }

  /*
   * One SVG as tall as the track and the markers across it (0.2em above and below): the markers
   * span it (y1="0" y2="100%"), the track and its fill lie 0.2em down, as thick as
   * --cds-track-height, and the years hang below it (overflow: visible).
   */
  .bar .drawing {
    display: block;
    inline-size: 100%;
    block-size: calc(var(--cds-track-height, 0.75em) + 0.4em);
    margin-block-start: -0.2em;
    overflow: visible;
  }
  .bar .track,
  .bar .indicator {
    y: 0.2em;
    height: var(--cds-track-height, 0.75em);
    rx: calc(var(--cds-track-height, 0.75em) / 2);
  }
  .bar .indicator {
    transition: width 0.4s ease;
  }
  svg .track {
    fill: var(--cds-color-track, var(--_track));
  }
  svg .indicator {
    fill: var(--cds-color-indicator, var(--_fill));
    transition: d 0.4s ease;
  }

  /* The years, about 0.3em under the track: the drawing starts 0.2em above it, and these em are of the years' own size (0.8125em of the meter's). */
  .bar .years {
    transform: translateY(calc(var(--cds-track-height, 0.75em) + 0.55em));
    font-size: 0.8125em;
  }
  .bar .target-label {
    font-size: 1em;
    fill: var(--cds-color-muted, var(--_muted));
    dominant-baseline: text-before-edge;
  }
  svg .target {
    stroke: var(--cds-color-target, var(--_mark));
    stroke-width: 2;
  }
  .round .target[data-qualitative] {
    stroke-dasharray: 2 1.5;
  }
  svg .expected {
    stroke: var(--cds-color-expected, var(--_expected));
    stroke-width: 2;
    stroke-dasharray: 3 2;
  }
  .bar .expected {
    /* The dashes of the 2px dashed border this marker used to be. */
    stroke-dasharray: 6 6;
  }
  .round .target-label {
    font-size: 10px;
    fill: var(--cds-color-muted, var(--_muted));
  }

  /* Places stay about two em wide: a strip as wide as a page reads as a bar. */
  .rank .cells,
  .rank .zones {
    max-inline-size: 24em;
  }
  .rank .cells {
    display: block;
    inline-size: 100%;
    block-size: 1.75em;
    margin-block-start: 0.25em;
  }
  .rank .zones {
    display: block;
    inline-size: 100%;
    overflow: visible;
    font-size: 0.8125em;
  }
  .rank .position {
    fill: none;
    stroke: var(--cds-color-track, var(--_track));
    stroke-width: 1.5;
  }
  .rank .position.indicator {
    fill: none;
    stroke: var(--cds-color-indicator, var(--_fill));
    stroke-width: 3;
  }
  .rank .position-label {
    font-size: 0.75em;
    fill: var(--cds-color-muted, var(--_muted));
  }
  .rank .position-label[data-at] {
    font-weight: 700;
    fill: var(--cds-color-text, var(--_text));
  }
  .rank .target {
    stroke-width: 3;
  }
  .rank .target-label {
    fill: var(--cds-color-muted, var(--_muted));
  }

  .verdicts {
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
    line-height: 1.35;
  }
  .verdict + .verdict {
    margin-block-start: 0.15em;
  }
  /* Blocks, not flex: the icon is a character hung before the first line, so wrapped lines align
     with the words and a verdict costs no box of its own. The status colours the icon; the words
     keep the text colour, which reads on any page. */
  .verdict {
    color: inherit;
  }
  /* The open explanation's heading of each target starts with the same icon. */
  .verdict,
  .why-heading {
    padding-inline-start: 1.3em;
    text-indent: -1.3em;
  }
  /* The verdict's character from the palette; a screen reader reads the words, not the character. */
  .verdict::before,
  .why-heading::before {
    content: var(--_icon) / '';
    display: inline-block;
    inline-size: 1.3em;
    text-indent: 0;
    color: var(--_status, currentColor);
    font-weight: 700;
  }
  .verdict strong {
    font-weight: 600;
  }
  /* An explicit theme, whose background is known, colours the verdict itself too. */
  :host([theme='light']) .verdict strong,
  :host([theme='dark']) .verdict strong {
    color: var(--_status);
  }
  .meta {
    font-size: 0.8125em;
    color: var(--cds-color-muted, var(--_muted));
  }
  .source {
    color: var(--cds-color-link, var(--_link));
  }
  .source:focus-visible {
    outline: 2px solid var(--cds-color-link, var(--_link));
    outline-offset: 1px;
  }

  .message,
  .notice {
    font-size: 0.875em;
    color: var(--cds-color-muted, var(--_muted));
  }
  /* As tall as the frame, which is as tall as the size a page reserves. */
  .message {
    display: grid;
    align-content: center;
    min-block-size: inherit;
    padding: 0.5em 0.75em;
    border: 1px dashed var(--cds-color-track, var(--_track));
    border-radius: 0.5em;
  }
  /* A pair of system colours reads on any page, whatever colour the page gives its text. */
  .notice {
    position: absolute;
    inset: auto 0 0 0;
    padding: 0.15em 0.5em;
    color: var(--cds-color-notice-text, CanvasText);
    background: var(--cds-color-notice-background, Canvas);
  }
  @media (prefers-reduced-motion: reduce) {
    .bar .indicator,
    svg .indicator {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    :host,
    :host([theme]) {
      --_fill: Highlight;
      --_mark: CanvasText;
      --_expected: CanvasText;
    }
    svg .track {
      stroke: CanvasText;
      stroke-width: 1;
    }
    .rank .position {
      stroke: CanvasText;
    }
    .value[data-empty] {
      border-color: CanvasText;
    }
  }
`;
