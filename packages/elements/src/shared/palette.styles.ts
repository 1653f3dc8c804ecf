import { css } from 'lit';

/**
 * What every element shares: the colour tokens (light and dark through `light-dark()`, system
 * colours under forced colours), `theme` on the host, the text reset of `[part~='base']`, the
 * colour of each verdict and its icon. Each element adds its own layout after it.
 */
export const paletteStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    font-size: var(--cds-font-size, 1rem);
    color-scheme: inherit;
    --_text: light-dark(#1b1f24, #e6e8eb);
    --_muted: light-dark(#57606a, #a8b0b9);
    --_track: light-dark(#e3e6ea, #30363d);
    --_fill: light-dark(#0b6bcb, #4a9eff);
    --_mark: light-dark(#1b1f24, #e6e8eb);
    --_expected: light-dark(#8250df, #c297ff);
    --_link: light-dark(#0b5cad, #79b8ff);
    --_exceeded: light-dark(#116329, #56d364);
    --_achieved: light-dark(#1a7f37, #3fb950);
    --_on_track: light-dark(#0969da, #58a6ff);
    --_at_risk: light-dark(#9a6700, #d29922);
    --_off_track: light-dark(#bc4c00, #f0883e);
    --_missed: light-dark(#cf222e, #ff7b72);
    --_awaiting_final: light-dark(#3b5b8c, #8fb3e6);
    --_not_assessable: light-dark(#57606a, #a8b0b9);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  /* The page's inherited text settings stop here: each element keeps its own. */
  [part~='base'] {
    box-sizing: border-box;
    /* The shorthand resets every font property the page may set; the family comes after it, so no
       var() sits in the shorthand, which the browser would parse again for every element. */
    font: 400 1em / 1.4 sans-serif;
    font-family: var(--cds-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    color: var(--cds-color-text, var(--_text));
    background: var(--cds-color-background, transparent);
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    font-style: normal;
    visibility: visible;
    direction: ltr;
    writing-mode: horizontal-tb;
  }
  /* No ::before or ::after: a rule for them makes the browser compute a pseudo-element style for every node. */
  * {
    box-sizing: inherit;
  }
  [data-status='exceeded'] { color: var(--cds-color-exceeded, var(--_exceeded)); }
  [data-status='achieved'] { color: var(--cds-color-achieved, var(--_achieved)); }
  [data-status='on_track'] { color: var(--cds-color-on-track, var(--_on_track)); }
  [data-status='at_risk'] { color: var(--cds-color-at-risk, var(--_at_risk)); }
  [data-status='off_track'] { color: var(--cds-color-off-track, var(--_off_track)); }
  [data-status='missed'] { color: var(--cds-color-missed, var(--_missed)); }
  [data-status='awaiting_final'] { color: var(--cds-color-awaiting-final, var(--_awaiting_final)); }
  [data-status='not_assessable'] { color: var(--cds-color-not-assessable, var(--_not_assessable)); }
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_track: Canvas;
      --_link: LinkText;
      --_exceeded: CanvasText;
      --_achieved: CanvasText;
      --_on_track: CanvasText;
      --_at_risk: CanvasText;
      --_off_track: CanvasText;
      --_missed: CanvasText;
      --_awaiting_final: CanvasText;
      --_not_assessable: CanvasText;
    }
  }
`;
