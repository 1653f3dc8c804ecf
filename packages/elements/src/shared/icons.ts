import type { VerdictStatus } from '@hn-cds/core';

// 16×16 glyphs, one per verdict, so a verdict never rests on colour alone.
const PATHS: Record<VerdictStatus, string> = {
  exceeded: 'M8 1.5l2 4.1 4.5.6-3.3 3.1.8 4.5L8 11.7l-4 2.1.8-4.5L1.5 6.2 6 5.6z',
  achieved: 'M8 1a7 7 0 110 14A7 7 0 018 1zm3.2 4.3L7 9.5 4.8 7.3 3.7 8.4 7 11.7l5.3-5.3z',
  on_track: 'M8 1a7 7 0 110 14A7 7 0 018 1zm0 3L4.5 7.5l1.1 1.1L7.2 7v5h1.6V7l1.6 1.6 1.1-1.1z',
  at_risk: 'M8 1.2l7 12.6H1zM7.2 6v4h1.6V6zm0 5.2v1.6h1.6v-1.6z',
  off_track: 'M8 1a7 7 0 110 14A7 7 0 018 1zm0 11l3.5-3.5-1.1-1.1L8.8 9V4H7.2v5L5.6 7.4 4.5 8.5z',
  missed: 'M8 1a7 7 0 110 14A7 7 0 018 1zM5.4 4.3L4.3 5.4 6.9 8l-2.6 2.6 1.1 1.1L8 9.1l2.6 2.6 1.1-1.1L9.1 8l2.6-2.6-1.1-1.1L8 6.9z',
  awaiting_final: 'M3.5 1h9v1.6h-1.2v1.9c0 1.3-.8 2.5-2 3.1L8.6 8l.7.4c1.2.6 2 1.8 2 3.1v1.9h1.2V15h-9v-1.6h1.2v-1.9c0-1.3.8-2.5 2-3.1l.7-.4-.7-.4c-1.2-.6-2-1.8-2-3.1V2.6H3.5zm2.8 1.6v1.9c0 .7.4 1.3 1 1.7L8 6.6l.7-.4c.6-.4 1-1 1-1.7V2.6zM8 9.4l-.7.4c-.6.4-1 1-1 1.7v1.9h3.4v-1.9c0-.7-.4-1.3-1-1.7z',
  not_assessable: 'M8 1a7 7 0 110 14A7 7 0 018 1zm0 1.6a5.4 5.4 0 100 10.8A5.4 5.4 0 008 2.6zM4.5 7.2h7v1.6h-7z',
};

/** The path of a verdict's glyph, drawn in a 16×16 `viewBox`; the words beside it say the verdict. */
export function verdictIcon(status: VerdictStatus): string {
  return PATHS[status];
}
