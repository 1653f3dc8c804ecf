import { css } from 'lit';

/**
 * The block size of each look, in em of the element's font size: the look itself
 * (`--_look-size`) and the row under it with the "Why?" summary and the history
 * (`FOOTER_BLOCK_SIZE`, 1.75em). `reserve.css` sets the same sizes on the tag before the script
 * runs, so the page does not move when it upgrades.
 */
export const BLOCK_SIZE = { bar: 12.25, ring: 10.25, gauge: 15.75 } as const;

/** The gauge's own layout, after the shared {@link paletteStyles}. */
export const progressStyles = css`
  :host {
    inline-size: auto;
    --_look-size: 10.5em;
    block-size: 12.25em;
    overflow: hidden;
    contain: content;
  }
  :host([look='ring']) {
    --_look-size: 8.5em;
    block-size: 10.25em;
  }
  :host([look='gauge']) {
    --_look-size: 14em;
    block-size: 15.75em;
  }

  [part~='base'] {
    block-size: 100%;
  }

  .bar {
    display: grid;
    grid-template-rows: 1.75em 3em 3.75em 1.25em;
    row-gap: 0.25em;
  }
  .ring {
    display: grid;
    grid-template-columns: 8.5em minmax(0, 1fr);
    column-gap: 0.75em;
  }
  .gauge {
    display: grid;
    grid-template-rows: 1.5em 6.5em 3.75em 1.25em;
    grid-template-columns: minmax(0, 1fr);
    row-gap: 0.25em;
    justify-items: center;
  }

  .head {
    display: flex;
    align-items: baseline;
    gap: 0.75em;
    min-inline-size: 0;
  }
  .text {
    display: grid;
    grid-template-rows: auto auto auto;
    align-content: center;
    justify-items: stretch;
    row-gap: 0.25em;
    min-inline-size: 0;
  }

  [part~='label'] {
    flex: 1 0 40%;
    min-inline-size: 0;
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .ring [part~='label'] {
    white-space: normal;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
  }
  .gauge [part~='label'] {
    max-inline-size: 100%;
  }

  [part~='value'] {
    font-size: 1.25em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  [part~='value'][data-empty] {
    font-size: 0.875em;
    font-weight: 400;
  }
  .round {
    position: relative;
    block-size: 100%;
  }
  .round [part~='value'] {
    position: absolute;
    inset-inline: 0;
    text-align: center;
    line-height: 1.2;
  }
  .ring .round [part~='value'] {
    inset-block-start: calc(50% - 0.6em);
  }
  .ring .round [part~='value'][data-long] {
    font-size: 0.95em;
  }
  .gauge .round [part~='value'] {
    inset-block-end: 0.2em;
  }

  .round > svg {
    display: block;
    block-size: 100%;
    inline-size: auto;
    overflow: visible;
  }
  .ring .round > svg {
    inline-size: 100%;
  }

  [part~='meter'] {
    position: relative;
  }
  .bar [part~='meter'] {
    block-size: 100%;
  }

  .bar [part~='track'] {
    position: absolute;
    inset: 0 0 auto 0;
    block-size: var(--cds-track-height, 0.75em);
    border-radius: 999px;
    background: var(--cds-color-track, var(--_track));
    overflow: hidden;
  }
  .bar [part~='indicator'] {
    position: absolute;
    inset: 0 auto 0 0;
    border-radius: inherit;
    inline-size: var(--_at, 0%);
    background: var(--cds-color-indicator, var(--_fill));
    transition: inline-size 0.4s ease;
  }
  svg [part~='track'] {
    fill: var(--cds-color-track, var(--_track));
  }
  svg [part~='indicator'] {
    fill: var(--cds-color-indicator, var(--_fill));
    transition: d 0.4s ease;
  }

  .bar [part~='target'],
  .bar [part~='expected'] {
    position: absolute;
    inset-block-start: -0.2em;
    block-size: calc(var(--cds-track-height, 0.75em) + 0.4em);
    inset-inline-start: var(--_at, 0%);
    inline-size: 0;
    border-inline-start: 2px solid var(--cds-color-target, var(--_mark));
    /* Offsets by margin, not translate: a transform gives each marker paint properties of its own. */
    margin-inline-start: -1px;
  }
  .bar [part~='expected'] {
    border-inline-start: 2px dashed var(--cds-color-expected, var(--_expected));
  }
  .bar [part~='target-label'] {
    position: absolute;
    inset-block-start: calc(var(--cds-track-height, 0.75em) + 0.3em);
    inset-inline-start: var(--_at, 0%);
    font-size: 0.8125em;
    line-height: 1.2;
    color: var(--cds-color-muted, var(--_muted));
    white-space: nowrap;
    /* A zero-wide flex box centres its text on the marker without a transform (see above). */
    display: flex;
    inline-size: 0;
    justify-content: center;
  }
  .bar [part~='target-label'][data-row='2'] {
    inset-block-start: calc(var(--cds-track-height, 0.75em) + 1.3em);
  }
  .bar [part~='target-label'][data-anchor='start'] {
    justify-content: flex-start;
  }
  .bar [part~='target-label'][data-anchor='end'] {
    justify-content: flex-end;
  }
  svg [part~='target'] {
    stroke: var(--cds-color-target, var(--_mark));
    stroke-width: 2;
  }
  svg [part~='target'][data-qualitative] {
    stroke-dasharray: 2 1.5;
  }
  svg [part~='expected'] {
    stroke: var(--cds-color-expected, var(--_expected));
    stroke-width: 2;
    stroke-dasharray: 3 2;
  }
  svg [part~='target-label'] {
    font-size: 10px;
    fill: var(--cds-color-muted, var(--_muted));
  }

  [part~='verdicts'] {
    display: grid;
    grid-auto-rows: 1.4em;
    align-content: start;
    margin: 0;
    padding: 0;
    list-style: none;
    min-inline-size: 0;
    overflow: hidden;
    font-size: 0.875em;
  }
  [part~='verdict'] {
    display: block;
    min-inline-size: 0;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  [part~='verdict-icon'] {
    display: inline-block;
    vertical-align: -0.15em;
    inline-size: 1em;
    block-size: 1em;
    margin-inline-end: 0.3em;
    fill: currentColor;
  }
  [part~='verdict'] strong {
    font-weight: 600;
  }
  [part~='meta'] {
    font-size: 0.8125em;
    color: var(--cds-color-muted, var(--_muted));
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    max-inline-size: 100%;
  }
  [part~='source'] {
    color: var(--cds-color-link, var(--_link));
  }
  [part~='source']:focus-visible {
    outline: 2px solid var(--cds-color-link, var(--_link));
    outline-offset: 1px;
  }

  [part~='message'],
  [part~='notice'] {
    font-size: 0.875em;
    color: var(--cds-color-muted, var(--_muted));
    overflow: hidden;
  }
  [part~='message'] {
    display: grid;
    align-content: center;
    block-size: 100%;
    padding: 0.5em 0.75em;
    border: 1px dashed var(--cds-color-track, var(--_track));
    border-radius: 0.5em;
  }
  [part~='notice'] {
    position: absolute;
    inset: auto 0 0 0;
    padding: 0.15em 0.5em;
    white-space: nowrap;
    text-overflow: ellipsis;
    background: var(--cds-color-notice-background, Canvas);
  }
  .frame {
    position: relative;
    block-size: 100%;
  }

  @media (prefers-reduced-motion: reduce) {
    .bar [part~='indicator'],
    svg [part~='indicator'] {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    :host {
      --_fill: Highlight;
      --_mark: CanvasText;
      --_expected: CanvasText;
    }
    .bar [part~='track'] {
      border: 1px solid CanvasText;
    }
    svg [part~='track'] {
      stroke: CanvasText;
      stroke-width: 1;
    }
    .bar [part~='indicator'] {
      forced-color-adjust: none;
      background: Highlight;
    }
  }
`;
