// What a child's phone downloads as code holds no staff code and no messages: the staff pages
// and Fluent are compiled for the server only, and an island's words arrive in the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, meetingWith, browser, newPage, hydrated } from './helpers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every message text of a language, for a file name filter, as written in the .ftl files. */
function texts(lang, file = /\.ftl$/) {
  const out = [];
  for (const f of readdirSync(join(root, 'locales', lang)).filter((f) => file.test(f))) {
    for (const line of readFileSync(join(root, 'locales', lang, f), 'utf8').split('\n')) {
      const m = line.match(/^[a-z][a-z0-9-]* = ([^{]+)$/);
      // Long enough that finding it by chance in compiled code is impossible.
      if (m && m[1].trim().length >= 12) out.push(m[1].trim());
    }
  }
  return out;
}

let b;
before(async () => { b = await browser(); });
after(async () => { await b?.close(); });

test('the kiosk downloads no staff code, no staff route and no messages', async () => {
  const server = await startServer();
  try {
    const { codes } = await meetingWith(server);
    const page = await newPage(b, { baseURL: server.base });
    const code = [];
    page.on('response', async (res) => {
      const path = new URL(res.url()).pathname;
      if (/\.(js|wasm)$/.test(path)) code.push({ path, body: (await res.body()).toString('latin1') });
    });
    await page.goto(`/i/${codes[0]}`);
    await page.waitForURL(/\/k\/welcome$/);
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    assert.ok(code.some((c) => c.path.endsWith('.wasm')), 'the welcome screen loads its WebAssembly');
    assert.ok(code.some((c) => c.path.endsWith('.js')), 'and its script');

    const staffTexts = texts('en-GB', /^staff\.ftl$/);
    const allTexts = readdirSync(join(root, 'locales')).flatMap((l) => texts(l));
    assert.ok(staffTexts.length > 50 && allTexts.length > 300, 'the message lists are real');
    for (const { path, body } of code) {
      // Bodies are searched as bytes: a string literal sits in the WebAssembly as its UTF-8.
      const utf8 = (s) => Buffer.from(s, 'utf8').toString('latin1');
      assert.ok(!body.includes('/staff'), `${path} names a staff route`);
      assert.ok(!/fluent/i.test(body), `${path} carries Fluent`);
      for (const text of staffTexts) assert.ok(!body.includes(utf8(text)), `${path} carries the staff message "${text}"`);
      for (const text of allTexts) assert.ok(!body.includes(utf8(text)), `${path} carries the message "${text}"`);
    }
  } finally {
    server.stop();
  }
});
