import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { createCast, signedIn } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

/** A web build as apps/web/vite-precompress.ts leaves it: a hashed script with its .br and .gz copies. */
function builtWebApp() {
  const webDist = mkdtempSync(path.join(os.tmpdir(), 'vitaal-web-'));
  mkdirSync(path.join(webDist, 'assets'));
  writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Vitaal</title><div id="root"></div>');
  const script = `export const rows = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `row ${i}`))};`;
  const file = path.join(webDist, 'assets', 'app-1234.js');
  writeFileSync(file, script);
  writeFileSync(`${file}.br`, brotliCompressSync(script));
  writeFileSync(`${file}.gz`, gzipSync(script));
  return { webDist, script };
}

describe('compression', () => {
  const web = builtWebApp();
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ webDist: web.webDist })));
  afterAll(() => t.close());

  it('compresses a large JSON answer with brotli, or gzip for a client that only takes gzip', async () => {
    const { member } = await createCast(t);
    const client = await signedIn(t, member);
    const plain = await client.get('/api/v1/weeks').set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBeGreaterThan(1024);

    const br = await client.get('/api/v1/weeks').set('Accept-Encoding', 'gzip, deflate, br').expect(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(br.body).toEqual(plain.body);

    const gzip = await client.get('/api/v1/weeks').set('Accept-Encoding', 'gzip').expect(200);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.body).toEqual(plain.body);
  });

  it('leaves answers under a kilobyte as they are', async () => {
    const small = await t.http().get('/api/v1/health').set('Accept-Encoding', 'gzip, deflate, br').expect(200);
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it("serves the build's brotli or gzip copy of a hashed asset, cached for a year", async () => {
    for (const [accepted, encoding] of [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip;q=1, br;q=0', 'gzip'],
      ['identity', undefined],
    ] as const) {
      const asset = await t.http().get('/assets/app-1234.js').set('Accept-Encoding', accepted).expect(200);
      expect({ accepted, encoding: asset.headers['content-encoding'] }).toEqual({ accepted, encoding });
      expect(asset.headers['content-type']).toMatch(/^text\/javascript/);
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(asset.headers['vary']).toMatch(/Accept-Encoding/i);
      expect(asset.text).toBe(web.script);
    }
  });

  it('never lets a browser keep index.html, so a new release is picked up at once', async () => {
    const page = await t.http().get('/weeks').set('Accept-Encoding', 'gzip, deflate, br').expect(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.text).toContain('<div id="root">');
  });
});
