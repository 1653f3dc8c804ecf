import { css } from 'lit';

export const progressStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    font: 400 var(--cds-font-size, 1rem) / 1.4 var(--cds-font-family, system-ui, sans-serif);
    color: var(--cds-color-text, #1b1f24);
  }

  :host([hidden]) {
    display: none;
  }

  [part='base'] {
    display: grid;
    gap: 0.25em;
  }

  [part='label'] {
    font-weight: 600;
  }

  [part='track'] {
    position: relative;
    height: var(--cds-track-height, 0.75em);
    border-radius: 999px;
    background: var(--cds-color-track, #e3e6ea);
    overflow: hidden;
  }

  [part='indicator'] {
    position: absolute;
    inset: 0 auto 0 0;
    border-radius: inherit;
    background: var(--cds-color-indicator, #0b6bcb);
  }

  [part='value'] {
    font-variant-numeric: tabular-nums;
  }
`;
