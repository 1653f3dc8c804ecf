import type { VerdictStatus } from '@hn-cds/core';

/** The colours of a static image: plain hex, one set per theme. */
export interface StaticColours {
  /** Painted behind everything: an image has no host page to inherit a background from. */
  background: string;
  text: string;
  muted: string;
  track: string;
  fill: string;
  mark: string;
  expected: string;
  link: string;
  /** The colour of each verdict, as the element's `[data-status]` rules give it. */
  status: Record<VerdictStatus, string>;
}

/**
 * The element's palette for `theme="light"` and `theme="dark"` (`shared/palette.styles.ts`), the
 * themes that paint their own background as an image must, in plain hex: an image can carry no
 * custom properties and no `light-dark()`. A test reads the element's styles and checks every
 * colour here equals its own, so the two cannot drift.
 */
export const STATIC_PALETTE: Readonly<Record<'light' | 'dark', StaticColours>> = {
  light: {
    background: '#ffffff',
    text: '#1b1f24',
    muted: '#57606a',
    track: '#8c959f',
    fill: '#0a4288',
    mark: '#1b1f24',
    expected: '#8250df',
    link: '#0b5cad',
    status: {
      exceeded: '#116329',
      achieved: '#1a7f37',
      on_track: '#0969da',
      at_risk: '#9a6700',
      off_track: '#bc4c00',
      missed: '#cf222e',
      awaiting_final: '#3b5b8c',
      not_assessable: '#57606a',
    },
  },
  dark: {
    background: '#0d1117',
    text: '#e6e8eb',
    muted: '#a8b0b9',
    track: '#5c6570',
    fill: '#9ccbff',
    mark: '#e6e8eb',
    expected: '#c297ff',
    link: '#79b8ff',
    status: {
      exceeded: '#56d364',
      achieved: '#3fb950',
      on_track: '#58a6ff',
      at_risk: '#d29922',
      off_track: '#f0883e',
      missed: '#ff7b72',
      awaiting_final: '#8fb3e6',
      not_assessable: '#a8b0b9',
    },
  },
};
