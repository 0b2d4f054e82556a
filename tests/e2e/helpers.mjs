// Browser test helpers: start the real server on a free port with a fresh SQLite database,
// drive Debian's Chromium with playwright-core, check each screen with axe-core.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = process.env.TIPTOES_BIN || join(root, 'target', 'release', 'tiptoes');

/** Starts `tiptoes serve`; resolves with { base, dbUrl, stop }. */
export async function startServer(env = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'tiptoes-e2e-'));
  const dbUrl = `sqlite://${join(dir, 'tiptoes.db')}`;
  const child = spawn(BIN, ['serve'], {
    env: { ...process.env, TIPTOES_ADDR: '127.0.0.1:0', TIPTOES_DATABASE_URL: dbUrl, TIPTOES_KEY_FILE: keyFile(dbUrl), TIPTOES_INSECURE_COOKIES: '1', TIPTOES_LOG: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => reject(new Error('server did not start in 30 s')), 30000);
    child.stdout.on('data', (d) => {
      buf += d;
      const m = buf.match(/Tiptoes is listening on (http:\/\/\S+)/);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return {
    base, dbUrl,
    stop() { child.kill('SIGTERM'); rmSync(dir, { recursive: true, force: true }); },
  };
}

/** The key file beside a test database (each server its own, in its temporary directory). */
function keyFile(dbUrl) {
  return join(dirname(dbUrl.replace(/^sqlite:\/\//, '')), 'tiptoes.key');
}

/** Runs the CLI against a server's database. */
export function cli(dbUrl, args, input = '') {
  const r = spawnSync(BIN, args, { input, env: { ...process.env, TIPTOES_DATABASE_URL: dbUrl, TIPTOES_KEY_FILE: keyFile(dbUrl), TIPTOES_LOG: 'warn' } });
  assert.equal(r.status, 0, `tiptoes ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.toString();
}

/** A small API client that keeps its session cookie. */
export class Api {
  constructor(base) { this.base = base; this.cookie = ''; }
  async call(method, path, body) {
    const res = await fetch(this.base + path, {
      method, headers: { 'content-type': 'application/json', cookie: this.cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0];
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  }
}

/** A chair with a meeting in a week: returns { api, meeting, codes: [child, parent] }. */
export async function meetingWith(server, { kind = 'icpc', childLang = 'en-GB', parentLang = 'pl', childName = 'Olivia' } = {}) {
  cli(server.dbUrl, ['user', 'add', '--email', 'chair@example.org', '--name', 'Chair', '--role', 'chair'], 'a long enough password\n');
  const api = new Api(server.base);
  assert.equal((await api.call('POST', '/api/v1/session', { email: 'chair@example.org', password: 'a long enough password' })).status, 200);
  const starts = new Date(Date.now() + 7 * 86400e3).toISOString();
  const r = await api.call('POST', '/api/v1/meetings', {
    kind, starts_at: starts, participants: [
      { role: 'child', first_name: childName, language: childLang, age_band: '10-12' },
      { role: 'parent', first_name: 'Kasia', language: parentLang },
    ],
  });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return { api, meeting: r.body, codes: r.body.participants.map((p) => p.invite_code) };
}

/** Moves a meeting's start 8 days back, as time would (SQLite, through Python's sqlite3). */
export function startMeeting(dbUrl, id) {
  const file = dbUrl.replace(/^sqlite:\/\//, '');
  const py = 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("UPDATE meetings SET starts_at = starts_at - 8*86400000 WHERE id = ?", (sys.argv[2],)); c.commit()';
  const r = spawnSync('python3', ['-c', py, file, id]);
  assert.equal(r.status, 0, String(r.stderr));
}

/** The feedback stored (SQLite, through Python's sqlite3): what the figures count, exactly,
 *  before the small-numbers rule hides a single response. Ideas are sealed, so not here. */
export function storedFeedback(dbUrl) {
  const file = dbUrl.replace(/^sqlite:\/\//, '');
  const py = 'import sqlite3,sys,json; c=sqlite3.connect(sys.argv[1]); c.row_factory=sqlite3.Row; '
    + 'print(json.dumps([dict(r) for r in c.execute("SELECT role, overall, listened, understood, said_what_wanted, report_in_time, met_chair_before, interpreter, understood_decisions FROM feedback")]))';
  const r = spawnSync('python3', ['-c', py, file]);
  assert.equal(r.status, 0, String(r.stderr));
  return JSON.parse(String(r.stdout));
}

/** A manager, signed in through the API (the ideas a chair sees need 5 of a kind). */
export async function managerApi(server) {
  cli(server.dbUrl, ['user', 'add', '--email', 'manager@example.org', '--name', 'Manager', '--role', 'manager'], 'a long enough password\n');
  const api = new Api(server.base);
  assert.equal((await api.call('POST', '/api/v1/session', { email: 'manager@example.org', password: 'a long enough password' })).status, 200);
  return api;
}

/** Signs a member of staff in through the sign-in page (in English), and waits for where it
 *  leads: the meetings page, or `landing` (the password page for a one-time password). */
export async function signIn(page, email, password, landing = /\/staff$/) {
  const t = messages('en-GB');
  await page.goto('/staff/sign-in');
  await page.getByLabel(t('staff-email')).fill(email);
  await page.getByLabel(t('staff-password')).fill(password);
  await page.getByRole('button', { name: t('staff-sign-in') }).click();
  await page.waitForURL(landing);
}

/** The messages of one language, from the Fluent files (single-line messages). */
export function messages(lang) {
  const dir = join(root, 'locales', lang);
  const out = {};
  for (const f of readdirSync(dir)) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      const m = line.match(/^([a-z][a-z0-9-]*) = (.+)$/);
      if (m) out[m[1]] = m[2];
    }
  }
  return (id) => {
    assert.ok(out[id], `no message ${id} in ${lang}`);
    return out[id];
  };
}

export async function browser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh context: phone-sized unless told otherwise. */
export async function newPage(b, opts = {}) {
  const context = await b.newContext({ viewport: { width: 390, height: 844 }, ...opts });
  const page = await context.newPage();
  // Script errors and CSP refusals are collected; `noErrors(page)` asserts there were none.
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  return page;
}

/** axe-core on the current screen: no violations at all. */
export async function checkA11y(page, label) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  assert.deepEqual(summary, [], `accessibility on ${label}`);
}

/** Waits until the page's islands are interactive. The kiosk's guarded screens (under /k/,
 *  and /thanks) must have islands; every other page is server-rendered HTML with nothing to
 *  wait for. */
export async function hydrated(page) {
  await page.waitForLoadState('load');
  const path = new URL(page.url()).pathname;
  const islands = await page.locator('leptos-island').count();
  if (path.startsWith('/k/') || path === '/thanks') assert.ok(islands > 0, `${path} has its islands`);
  if (islands === 0) return;
  try {
    await page.waitForSelector('body[data-hydrated]', { state: 'attached', timeout: 20000 });
  } catch (e) {
    throw new Error(`${page.url()} did not hydrate; browser said: ${JSON.stringify(page.errors)}`);
  }
}

/** No script errors or console errors (a CSP refusal shows up here) so far. */
export function noErrors(page) {
  const real = page.errors.filter((e) => !/Failed to load resource|net::ERR_CONNECTION_RESET/.test(e));
  assert.deepEqual(real, [], 'browser errors');
}

/** The /pkg/ files (script, WebAssembly, stylesheet) this page fetches over the network from
 *  now on, as Chromium reports it: a file from the browser's cache is not in the list. */
export async function pkgFetches(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const fetched = [];
  const cached = new Set();
  // A memory-cache hit is announced by requestServedFromCache before its response event.
  cdp.on('Network.requestServedFromCache', ({ requestId }) => cached.add(requestId));
  cdp.on('Network.responseReceived', ({ requestId, response: r }) => {
    const path = new URL(r.url).pathname;
    const fromCache = cached.has(requestId) || r.fromDiskCache || r.fromPrefetchCache || r.fromServiceWorker;
    if (path.startsWith('/pkg/') && !fromCache) fetched.push(path);
  });
  return fetched;
}
