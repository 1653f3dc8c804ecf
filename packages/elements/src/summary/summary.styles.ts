import { css } from 'lit';

/**
 * The least block size `<cds-summary>` keeps before and after its script runs, in em of its font
 * size, by viewport width: a document's scorecard such as NQ18's 15 targets fits it in a column
 * as wide as the viewport (phones) or 640 px and wider. `reserve.css` gives the tag the same
 * minimums, so the page does not move when the script arrives.
 */
export const SUMMARY_MIN_BLOCK_SIZE = { wide: 19, 'max-width: 639px': 23, 'max-width: 389px': 28, 'max-width: 319px': 32 } as const;

export const summaryStyles = css`
  :host {
    min-block-size: 19em;
    contain: layout paint style;
  }
  @media (max-width: 639px) {
    :host {
      min-block-size: 23em;
    }
  }
  @media (max-width: 389px) {
    :host {
      min-block-size: 28em;
    }
  }
  @media (max-width: 319px) {
    :host {
      min-block-size: 32em;
    }
  }
  [part~='base'] {
    display: grid;
    gap: 0.4em;
    align-content: start;
  }
  p,
  ul,
  ol {
    margin: 0;
  }
  [part~='title'] {
    font-weight: 600;
  }
  [part~='segments'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(1.5em, 1fr));
    gap: 2px;
    padding: 0;
    list-style: none;
  }
  [part~='segment'] {
    display: flex;
    align-items: center;
    justify-content: center;
    inline-size: 100%;
    block-size: 1.5em;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: 2px;
    background: currentColor;
    cursor: pointer;
    font: inherit;
  }
  [part~='verdict-icon'] {
    display: inline-block;
    vertical-align: -0.15em;
    inline-size: 1em;
    block-size: 1em;
    fill: currentColor;
  }
  [part~='segment'] [part~='verdict-icon'] {
    fill: light-dark(#ffffff, #0d1117);
    margin: 0;
  }
  [part~='segment']:focus-visible,
  [part~='target']:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--cds-color-text, var(--_text));
    outline-offset: 2px;
  }
  [part~='computed'] {
    font-weight: 600;
  }
  [part~='counts'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.9em;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  [part~='counts'] [part~='verdict-icon'],
  [part~='target'] [part~='verdict-icon'] {
    margin-inline-end: 0.3em;
  }
  /* A row keeps the text colour, which reads on any page; its icon takes the verdict's colour. An
     explicit theme, whose background is known, colours the verdict words too. */
  [part~='counts'] > li[data-status],
  [part~='target'][data-status] {
    color: inherit;
  }
  [part~='counts'] [part~='verdict-icon'],
  [part~='target'] [part~='verdict-icon'] {
    fill: var(--_status, currentColor);
  }
  :host([theme='light']) [part~='target'] strong,
  :host([theme='dark']) [part~='target'] strong {
    color: var(--_status);
  }
  .words {
    color: var(--cds-color-text, var(--_text));
  }
  [part~='early'],
  [part~='reported'],
  [part~='difference'] {
    font-size: 0.875em;
  }
  [part~='targets'] {
    font-size: 0.875em;
  }
  [part~='targets'] summary {
    cursor: pointer;
    color: var(--cds-color-link, var(--_link));
  }
  [part~='target'] em {
    font-style: normal;
    color: var(--cds-color-muted, var(--_muted));
  }
  [part~='targets'] ol {
    display: grid;
    gap: 0.25em;
    margin-block-start: 0.4em;
    padding-inline-start: 0;
    list-style: none;
  }
  [part~='meta'] {
    font-size: 0.8125em;
    color: var(--cds-color-muted, var(--_muted));
  }
  [part~='message'] {
    color: var(--cds-color-muted, var(--_muted));
  }
  [part~='notice'] {
    font-size: 0.8125em;
    color: var(--cds-color-text, var(--_text));
    background: var(--cds-color-notice-background, Canvas);
  }
  @media (forced-colors: active) {
    [part~='segment'] {
      border: 1px solid ButtonText;
      background: ButtonFace;
    }
    [part~='segment'] [part~='verdict-icon'] {
      fill: ButtonText;
    }
  }
`;
