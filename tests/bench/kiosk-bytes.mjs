// `make bench`: what a phone downloads for the kiosk and the staff pages, in KB of brotli at
// quality 11 (as a server would precompress), beside two baselines. We compress each response
// body here rather than trusting the wire size, because the server may compress on the fly at a
// lower quality, or not at all. Figures only: a missed target never fails the run; a page that
// does not load does.
import { brotliCompressSync, constants } from 'node:zlib';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, browser, newPage, meetingWith, messages } from '../e2e/helpers.mjs';

const PKG = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'target', 'site', 'pkg');
// Quality 11 takes seconds on a large WebAssembly file, and each page downloads the same one.
const brMemo = new Map();
const br = (buf) => {
  const key = createHash('sha256').update(buf).digest('hex');
  if (!brMemo.has(key)) brMemo.set(key, brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length);
  return brMemo.get(key);
};
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';
const sum = (rs, k = 'br') => rs.reduce((a, r) => a + r[k], 0);
// What a page needs before its WebAssembly runs: everything but scripts, the .wasm and the
// fetches that hydrated code makes (server functions).
const isJsWasm = (r) => r.type === 'Script' || /\.(m?js|wasm)$/.test(r.path);
const isCode = (r) => isJsWasm(r) || ['Fetch', 'XHR'].includes(r.type);

/**
 * Records a page's responses through the Chrome DevTools Protocol, because Playwright's response
 * events cannot tell a download from a cache hit. A response counts as cached (nothing but
 * headers crossed the network) when Chromium says it was served from its memory cache
 * (`Network.requestServedFromCache`) or disk cache (`response.fromDiskCache`), or when the
 * server answered 304 to a revalidation. `encodedDataLength` at `Network.loadingFinished` is what
 * really crossed the network, headers included. Bodies, cached or not, are read with
 * `Network.getResponseBody` and brotli-compressed here.
 */
async function record(page) {
  const cdp = await page.context().newCDPSession(page);
  const live = new Map(); // requestId -> entry, while in flight
  let done = [], pending = [], last = Date.now();
  const touch = () => { last = Date.now(); };
  cdp.on('Network.requestWillBeSent', (e) => {
    touch();
    if (e.request.url.startsWith('data:')) return;
    // A redirect reuses the requestId; its own response (headers only) is not counted.
    live.set(e.requestId, { url: e.request.url, path: new URL(e.request.url).pathname, type: e.type, cached: false });
  });
  cdp.on('Network.requestServedFromCache', (e) => { const r = live.get(e.requestId); if (r) r.cached = true; });
  cdp.on('Network.responseReceived', (e) => {
    const r = live.get(e.requestId);
    if (!r) return;
    r.type = e.type;
    r.status = e.response.status;
    r.cached ||= Boolean(e.response.fromDiskCache || e.response.fromPrefetchCache) || e.response.status === 304;
  });
  cdp.on('Network.loadingFinished', (e) => {
    touch();
    const r = live.get(e.requestId);
    if (!r) return;
    live.delete(e.requestId);
    r.wire = e.encodedDataLength;
    pending.push(cdp.send('Network.getResponseBody', { requestId: e.requestId }).then(
      ({ body, base64Encoded }) => { r.raw = Buffer.from(body, base64Encoded ? 'base64' : 'utf8'); },
      () => { r.raw = Buffer.alloc(0); },
    ).then(() => done.push(r)));
  });
  cdp.on('Network.loadingFailed', (e) => { touch(); live.delete(e.requestId); });
  await cdp.send('Network.enable');
  return {
    /** Waits for network idle (nothing in flight for 500 ms, as Playwright's `networkidle`, but
     *  also after a click that changes the screen without loading a document), then returns
     *  and forgets what was recorded so far. Compressing only after the wait keeps the event
     *  loop free to see late requests (the favicon comes after `load`). */
    async take() {
      const until = Date.now() + 30000;
      while ((live.size || Date.now() - last < 500) && Date.now() < until) await new Promise((ok) => setTimeout(ok, 100));
      await Promise.all(pending);
      const out = done;
      done = []; pending = [];
      for (const r of out) r.br = r.raw.length ? br(r.raw) : 0;
      return out;
    },
  };
}

/** A fresh browser context (an empty cache) with a recorder, on `path`; throws if it fails. */
async function open(b, base, path, cookies = []) {
  const page = await newPage(b, { baseURL: base });
  if (cookies.length) await page.context().addCookies(cookies);
  const rec = await record(page);
  const res = await page.goto(path);
  if (!res || !res.ok()) throw new Error(`${path} answered ${res?.status()}`);
  return { page, rec, seen: await rec.take() };
}

const list = (title, rs) => {
  console.log(title);
  for (const r of rs) {
    const how = r.cached ? (r.status === 304 ? '304' : 'cache') : 'net';
    console.log(`  ${r.type.padEnd(10)} ${how.padEnd(5)} ${r.path.padEnd(40)} raw ${kb(r.raw.length)}  brotli ${kb(r.br)}`);
  }
};

const server = await startServer();
const b = await browser();
try {
  const { api, codes } = await meetingWith(server);
  const t = messages('en-GB');

  // The child opens the invite link with an empty cache; it redirects to the welcome screen.
  const kiosk = await open(b, server.base, `/i/${codes[0]}`);
  if (!/\/k\/welcome$/.test(kiosk.page.url())) throw new Error(`the invite link led to ${kiosk.page.url()}`);
  // Then the next screen, in the same page and so with a warm cache: only what the network sent.
  await kiosk.page.locator('main').getByText(t('continue'), { exact: true }).click();
  await kiosk.page.waitForURL((u) => !/\/k\/welcome$/.test(u.toString()));
  const nextPath = new URL(kiosk.page.url()).pathname;
  const next = await kiosk.rec.take();
  const nextNet = next.filter((r) => !r.cached);

  const start = await open(b, server.base, '/');

  // A signed-in chair: meetingWith signed in through the API, and staff pages take the same
  // session cookie; a fresh context, so the cache is empty.
  const [name, value] = api.cookie.split('=');
  const staff = await open(b, server.base, '/staff', [{ name, value, url: server.base }]);
  if (!/\/staff$/.test(staff.page.url())) throw new Error(`/staff led to ${staff.page.url()} (not signed in?)`);
  const staffCode = staff.seen.filter(isJsWasm);

  // The WebAssembly on disk: the newest .wasm under target/site/pkg, whatever it is called.
  const wasmFile = readdirSync(PKG).filter((f) => f.endsWith('.wasm'))
    .sort((x, y) => statSync(join(PKG, y)).mtimeMs - statSync(join(PKG, x)).mtimeMs)[0];
  const wasm = wasmFile ? readFileSync(join(PKG, wasmFile)) : null;

  list(`First kiosk screen (/i/CODE → /k/welcome), empty cache:`, kiosk.seen);
  list(`Start screen (/), empty cache:`, start.seen);
  list(`Next kiosk screen (${nextPath}), warm cache:`, next);
  // A 304 revalidation went to the network too (headers only): list it.
  const code = next.filter((r) => isJsWasm(r) && (!r.cached || r.status === 304));
  console.log(`  JS/WASM from the network: ${code.length ? code.map((r) => `${r.path} (${r.status})`).join(', ') : 'none'}`);
  console.log(`  on the wire, headers included: ${kb(sum(nextNet, 'wire'))}`);
  list('Staff meetings (/staff), signed-in chair, empty cache:', staff.seen);
  console.log(`  downloads .wasm/.js: ${staffCode.length ? 'yes: ' + staffCode.map((r) => r.path).join(', ') : 'no'}`);
  console.log('');

  const bare = Buffer.from('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Hello</title></head><body><h1>Hello</h1><p>A bare page: no CSS, no scripts.</p></body></html>');
  const rows = [
    ['bare HTML page (baseline)', kb(br(bare)), ''],
    ['GOV.UK question page, CSS+JS (baseline)', kb(23 * 1024), ''],
    ['first kiosk screen, before hydration', kb(sum(kiosk.seen.filter((r) => !isCode(r)))), '≤ 30 KB'],
    ['first kiosk screen, total', kb(sum(kiosk.seen)), '≤ 100 KB'],
    ['start screen /, before hydration', kb(sum(start.seen.filter((r) => !isCode(r)))), '≤ 30 KB'],
    ['start screen /, total', kb(sum(start.seen)), '≤ 100 KB'],
    [`next screen ${nextPath}, warm cache`, kb(sum(nextNet)), '≤ 10 KB'],
    [`staff /staff, total${staffCode.length ? ' (with JS/WASM)' : ' (no JS/WASM)'}`, kb(sum(staff.seen)), ''],
    [`WASM ${wasmFile ?? '(none found)'}, raw`, wasm ? kb(wasm.length) : 'n/a', ''],
    [`WASM ${wasmFile ?? '(none found)'}, brotli`, wasm ? kb(br(wasm)) : 'n/a', ''],
  ];
  console.log(`${'figure'.padEnd(48)} ${'brotli-11'.padStart(10)}   target`);
  for (const [f, v, tg] of rows) console.log(`${f.padEnd(48)} ${v.padStart(10)}   ${tg}`);
} catch (e) {
  console.error(`kiosk-bytes: ${e.message}`);
  process.exitCode = 1;
} finally {
  await b.close();
  server.stop();
}
