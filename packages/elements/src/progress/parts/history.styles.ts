import { css } from 'lit';

/** The history part: a sparkline and its first and latest figures, floated beside the "Why?" summary. */
export const historyStyles = css`
  .frame > .history {
    /* Beside the "Why?" summary, which comes after it and makes room for it. */
    float: inline-end;
    margin-inline-start: 0.75em;
    /* Above the disclosure's box, which runs under the float: each point keeps its tooltip. */
    position: relative;
    z-index: 1;
    display: flex;
    align-items: center;
    gap: 0.375em;
    block-size: 1.5em;
    margin-block-start: 0.25em;
    min-inline-size: 0;
    color: var(--cds-color-muted, var(--_muted));
  }
  .history > svg {
    flex: none;
    inline-size: 3.5em;
    block-size: 1.25em;
    overflow: visible;
  }
  .history-line {
    fill: none;
    stroke: var(--cds-color-indicator, var(--_fill));
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .history-point {
    fill: var(--cds-color-indicator, var(--_fill));
  }
  .history-ends {
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .history-line {
      stroke: CanvasText;
    }
    .history-point {
      fill: CanvasText;
    }
  }
`;
