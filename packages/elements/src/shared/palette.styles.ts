import { css } from 'lit';

/**
 * What every element shares: the colour tokens, `theme` on the host, the text reset of
 * `[part~='base']`, the colour of each verdict and its icon (`--_icon`, a character, for a
 * `::before`, so a verdict never rests on colour alone). Each element adds its own layout
 * after it.
 *
 * `theme="auto"` (the default) paints no background and takes its text colour from the page
 * (`currentColor`), so it reads on white, black and class-based dark pages alike; its graphics
 * derive from that colour or keep 3:1 on white and on near-black. `theme="light"` and
 * `theme="dark"` paint their own background and text, so they read on any page.
 */
export const paletteStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    font-size: var(--cds-font-size, 1rem);
    color-scheme: inherit;
    --_bg: transparent;
    --_text: currentColor;
    --_muted: currentColor;
    --_link: currentColor;
    --_track: color-mix(in srgb, currentColor 45%, transparent);
    --_fill: currentColor;
    --_mark: light-dark(#8250df, #c297ff);
    --_expected: light-dark(#bc4c00, #f0883e);
    /* Light values sit between 3:1 on white and 3:1 on #111, for pages that turn dark with a class. */
    --_exceeded: light-dark(#1a7f37, #56d364);
    --_achieved: light-dark(#1f883d, #3fb950);
    --_on_track: light-dark(#0969da, #58a6ff);
    --_at_risk: light-dark(#9a6700, #d29922);
    --_off_track: light-dark(#bc4c00, #f0883e);
    --_missed: light-dark(#cf222e, #ff7b72);
    --_awaiting_final: light-dark(#476c9e, #8fb3e6);
    --_not_assessable: light-dark(#6e7781, #a8b0b9);
  }
  :host([theme='light']) {
    color-scheme: light;
    --_bg: #ffffff;
    --_text: #1b1f24;
    --_muted: #57606a;
    --_link: #0b5cad;
    /* Track 3:1 on the background, fill 3:1 on the track. */
    --_track: #8c959f;
    --_fill: #0a4288;
    --_mark: #1b1f24;
    --_expected: #8250df;
    --_exceeded: #116329;
    --_achieved: #1a7f37;
    --_on_track: #0969da;
    --_at_risk: #9a6700;
    --_off_track: #bc4c00;
    --_missed: #cf222e;
    --_awaiting_final: #3b5b8c;
    --_not_assessable: #57606a;
  }
  :host([theme='dark']) {
    color-scheme: dark;
    --_bg: #0d1117;
    --_text: #e6e8eb;
    --_muted: #a8b0b9;
    --_link: #79b8ff;
    --_track: #5c6570;
    --_fill: #9ccbff;
    --_mark: #e6e8eb;
    --_expected: #c297ff;
    --_exceeded: #56d364;
    --_achieved: #3fb950;
    --_on_track: #58a6ff;
    --_at_risk: #d29922;
    --_off_track: #f0883e;
    --_missed: #ff7b72;
    --_awaiting_final: #8fb3e6;
    --_not_assessable: #a8b0b9;
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
    background: var(--cds-color-background, var(--_bg));
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
  [data-status='exceeded'] { --_icon: '★'; --_status: var(--cds-color-exceeded, var(--_exceeded)); color: var(--_status); }
  [data-status='achieved'] { --_icon: '✓'; --_status: var(--cds-color-achieved, var(--_achieved)); color: var(--_status); }
  [data-status='on_track'] { --_icon: '↑'; --_status: var(--cds-color-on-track, var(--_on_track)); color: var(--_status); }
  [data-status='at_risk'] { --_icon: '!'; --_status: var(--cds-color-at-risk, var(--_at_risk)); color: var(--_status); }
  [data-status='off_track'] { --_icon: '↓'; --_status: var(--cds-color-off-track, var(--_off_track)); color: var(--_status); }
  [data-status='missed'] { --_icon: '✕'; --_status: var(--cds-color-missed, var(--_missed)); color: var(--_status); }
  [data-status='awaiting_final'] { --_icon: '◔'; --_status: var(--cds-color-awaiting-final, var(--_awaiting_final)); color: var(--_status); }
  [data-status='not_assessable'] { --_icon: '–'; --_status: var(--cds-color-not-assessable, var(--_not_assessable)); color: var(--_status); }
  @media (forced-colors: active) {
    :host,
    :host([theme]) {
      --_bg: Canvas;
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
