// The examples server's render endpoint, `GET /render`: the server-rendered tag, SVG, PNG and the
// social card of one gauge. Pages served statically have no such endpoint: the builder asks once
// and says so.

/** What the builder asks the endpoint for. */
export interface RenderRequest {
  indicator: string;
  look: string;
  lang: string;
  /** `YYYY-MM-DD`, or empty for the day of the request. */
  asOf: string;
  /** `auto` follows the host page; images have none, and render it light. */
  theme: 'auto' | 'light' | 'dark';
  width: number;
}

/** The outputs the endpoint makes, with the file extension and the content type each must have. */
export const FORMATS = {
  html: { extension: 'html', type: 'text/html' },
  svg: { extension: 'svg', type: 'image/svg+xml' },
  png: { extension: 'png', type: 'image/png' },
  card: { extension: 'png', type: 'image/png' },
} as const;

export type RenderFormat = keyof typeof FORMATS;

/** The scale of PNG downloads: sharp on high-density screens and in print. */
export const PNG_SCALE = 2;

/** An absolute URL of the endpoint for one output, so a link copied from the page works anywhere. */
export function renderUrl(format: RenderFormat, request: RenderRequest): string {
  const params = new URLSearchParams({ indicator: request.indicator, look: request.look, lang: request.lang });
  if (request.asOf) params.set('as-of', request.asOf);
  params.set('theme', format === 'html' || request.theme !== 'auto' ? request.theme : 'light');
  params.set('format', format);
  // The card has one size, 1200×630.
  if (format !== 'card') params.set('width', String(request.width));
  if (format === 'png') params.set('scale', String(PNG_SCALE));
  return new URL(`/render?${params}`, location.href).href;
}

/** The name a download is saved under: the indicator, the look, the language, the day. */
export function fileName(format: RenderFormat, request: RenderRequest): string {
  const day = request.asOf || 'today';
  const suffix = format === 'card' ? '-card' : '';
  const theme = request.theme === 'auto' ? 'light' : request.theme;
  return `${request.indicator}-${request.look}-${request.lang}-${theme}-${day}${suffix}.${FORMATS[format].extension}`;
}

/** What a request to the endpoint gave: the body's text, or the status and the server's words on why there is none. */
export type Fetched = { ok: true; text: string } | { ok: false; status?: number; reason?: string };

/** Fetches one output and checks it is of the right type; never throws. */
export async function fetchRender(format: RenderFormat, request: RenderRequest): Promise<Fetched> {
  try {
    const response = await fetch(renderUrl(format, request));
    const type = response.headers.get('content-type') ?? '';
    if (!response.ok || !type.startsWith(FORMATS[format].type)) {
      // The endpoint explains a refusal in plain text, Vietnamese then English.
      const reason = type.startsWith('text/plain') ? (await response.text()).trim() : undefined;
      return { ok: false, status: response.status, ...(reason ? { reason } : {}) };
    }
    return { ok: true, text: format === 'html' || format === 'svg' ? await response.text() : '' };
  } catch {
    return { ok: false };
  }
}
