// `make bench`: what a child's phone downloads for the first kiosk screen, brotli-compressed
// (quality 11, as a server would precompress), split into what it needs to show the page
// (before hydration) and everything (after the WebAssembly loads), beside a bare HTML page.
import { brotliCompressSync, constants } from 'node:zlib';
import { startServer, browser, newPage, hydrated } from '../e2e/helpers.mjs';

const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';

const server = await startServer();
const b = await browser();
try {
  const page = await newPage(b, { baseURL: server.base });
  const seen = [];
  page.on('response', async (res) => {
    try {
      const body = await res.body();
      seen.push({ url: new URL(res.url()).pathname, type: res.request().resourceType(), raw: body.length, br: br(body) });
    } catch { /* redirects have no body */ }
  });
  await page.goto('/');
  await hydrated(page);
  await page.waitForLoadState('networkidle');

  const bare = Buffer.from('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Hello</title></head><body><h1>Hello</h1><p>A bare page: no CSS, no scripts.</p></body></html>');
  const before = seen.filter((r) => r.type === 'document' || r.type === 'stylesheet' || r.type === 'image');
  const sum = (rs, k) => rs.reduce((a, r) => a + r[k], 0);

  console.log('First kiosk screen (/), as Chromium downloads it:');
  for (const r of seen) console.log(`  ${r.type.padEnd(11)} ${r.url.padEnd(28)} raw ${kb(r.raw)}  brotli ${kb(r.br)}`);
  console.log('');
  console.log('figure                                   brotli');
  console.log(`  bare HTML page (baseline)         ${kb(br(bare))}`);
  console.log(`  kiosk, before hydration (HTML+CSS) ${kb(sum(before, 'br'))}`);
  console.log(`  kiosk, total (with JS and WASM)   ${kb(sum(seen, 'br'))}`);
} finally {
  await b.close();
  server.stop();
}
