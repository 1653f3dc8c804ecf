import { RenderError } from './errors.js';
import type { RenderOptions } from './options.js';

/**
 * The server-rendered `<cds-progress>` tag of one gauge (declarative shadow DOM), for pages that
 * show the finished gauge before or without JavaScript.
 *
 * @throws {RenderError} code `html_unavailable`: the server renderer is not part of this build.
 */
export async function renderHtml(options: RenderOptions): Promise<string> {
  void options;
  throw new RenderError('html_unavailable', {
    vi: 'Định dạng html (thẻ dựng sẵn trên máy chủ) chưa có trong bản này; hãy dùng svg, png hoặc card.',
    en: 'The html format (the server-rendered tag) is not in this build; use svg, png or card.',
  });
}
