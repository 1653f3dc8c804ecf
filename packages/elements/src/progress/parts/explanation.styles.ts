import { css } from 'lit';

/**
 * Height of the row under every look that holds the "Why?" summary and the history, its gap
 * included, in em of the element's font size: part of the block size `reserve.css` reserves.
 */
export const FOOTER_BLOCK_SIZE = 1.75;

/**
 * The explanation part, under the look: the closed summary takes one row, beside the history when
 * there is one, and the host grows only while the disclosure is open (the `explained` attribute).
 * The frame is laid out as blocks: a grid here made every gauge size its content twice.
 */
export const explanationStyles = css`
  :host([explained]) {
    block-size: auto;
  }
  .frame > .explanation {
    margin-block-start: 0.25em;
  }
  /* A plain button, so a closed disclosure costs one box. */
  .explanation-summary {
    display: block;
    inline-size: fit-content;
    max-inline-size: 100%;
    padding: 0 0.25em 0 0;
    border: 0;
    background: none;
    font: inherit;
    font-size: 0.875em;
    /* 1.5em of the host: the summary's line is the whole closed row. */
    line-height: 1.7142857;
    text-align: start;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    color: var(--cds-color-link, var(--_link));
    cursor: pointer;
    border-radius: 0.25em;
  }
  /* The disclosure triangle: a character in the text's colour, so forced colours and dark pages keep it, with no words for a screen reader (the button's aria-expanded says it). */
  .explanation-summary::before {
    content: '▸' / '';
    display: inline-block;
    inline-size: 1em;
  }
  .explanation-summary[aria-expanded='true']::before {
    content: '▾' / '';
  }
  /* The triangle, an inline block, is not underlined. */
  .explanation-summary:hover {
    text-decoration: underline;
  }
  .explanation-summary:focus-visible {
    outline: 2px solid var(--cds-color-link, var(--_link));
    outline-offset: 1px;
  }
  .why {
    /* Under the history, which floats beside the summary. */
    clear: both;
    font-size: 0.875em;
    line-height: 1.45;
    padding-block: 0.5em 0.75em;
    border-block-start: 1px solid var(--cds-color-track, var(--_track));
    margin-block-start: 0.25em;
  }
  .why p {
    margin: 0;
  }
  .why ul {
    margin: 0.25em 0 0.75em;
    padding-inline-start: 1.25em;
  }
  .why li + li {
    margin-block-start: 0.2em;
  }
  .why-heading {
    font-weight: 600;
  }
`;
