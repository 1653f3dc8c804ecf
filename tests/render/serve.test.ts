import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../examples/serve.mjs';

let server: Server;
let base = '';
beforeAll(async () => {
  server = (await startServer(0)) as Server;
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (query: string) => fetch(`${base}/render?${query}`);

describe('GET /render on the examples server', () => {
  it('returns the SVG as image/svg+xml', async () => {
    const response = await get('indicator=society.fibre-households&look=ring&lang=en&as-of=2024-10-24&theme=dark&width=360');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    const svg = await response.text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="360"/);
    expect(svg).toContain('data-look="ring" data-theme="dark"');
    expect(svg).toContain('>91.4%</text>');
  });

  it('returns a PNG and a card as image/png, at the size asked for', async () => {
    for (const [query, width, height] of [
      ['format=png&width=300&scale=2', 600, undefined],
      ['format=card', 1200, 630],
    ] as const) {
      const response = await get(`indicator=society.fibre-households&as-of=2026-01-15&${query}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      const bytes = new Uint8Array(await response.arrayBuffer());
      const view = new DataView(bytes.buffer);
      expect(view.getUint32(16)).toBe(width);
      if (height) expect(view.getUint32(20)).toBe(height);
    }
  });

  it.each([
    ['an unknown indicator', 'indicator=society.nope', 'Indicator “society.nope” is not in the dataset.'],
    ['no indicator', 'look=bar', 'The indicator option is not valid: received "", expected the id of an indicator'],
    ['a bad look', 'indicator=society.fibre-households&look=pie', 'received "pie", expected one of: bar, ring, gauge.'],
    ['a width with a unit', 'indicator=society.fibre-households&width=480px', 'The width option is not valid: received "480px"'],
    ['an unknown parameter', 'indicator=society.fibre-households&colour=red', 'Unknown parameter: colour'],
  ])('answers 400 with the message in Vietnamese and English for %s', async (_name, query, english) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const [vi, en] = (await response.text()).split('\n');
    expect(en).toContain(english);
    expect(vi).not.toBe(en);
    expect(vi!.length).toBeGreaterThan(10);
  });
});
