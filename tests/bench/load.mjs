// `make bench`: the server under load, on SQLite and on PostgreSQL, measured with wrk (a real
// load tool, from Debian) beside a baseline served by the same binary in the same run:
//
//   1. views: POST /api/v1/kiosk/views at 64 connections for 20 s, each a child's views with
//      a new submission id for one of 1,000 invite codes, beside GET /livez (the same
//      middleware, no work);
//   2. the kiosk during a sign-in flood: GET / (the kiosk's first screen) for 10 s at 8
//      connections while waves of 500 sign-ins with random addresses, each from a random
//      client address, arrive at once, one wave after another, beside the same GET without
//      the flood.
//
// Each part runs against its own fresh server, so the peak resident memory (VmHWM) belongs
// to it. Figures only: a missed target is printed, never failed. LOAD_SECONDS shortens the run.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = process.env.TIPTOES_BIN || join(root, 'target', 'release', 'tiptoes');
const LUA = join(root, 'tests', 'bench', 'load.lua');
const SECONDS = Number(process.env.LOAD_SECONDS || 20);
const PASSWORD = 'a long enough password';

/** Starts `tiptoes serve` on a free port; resolves with { base, pid, memory(), stop() }. */
async function startServer(dir, dbUrl, env = {}) {
  const child = spawn(BIN, ['serve'], {
    env: {
      ...process.env, TIPTOES_ADDR: '127.0.0.1:0', TIPTOES_DATABASE_URL: dbUrl, TIPTOES_KEY_FILE: join(dir, 'tiptoes.key'),
      TIPTOES_INSECURE_COOKIES: '1', TIPTOES_LOG: 'error', ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      const m = buf.match(/Tiptoes is listening on (http:\/\/\S+)/);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return {
    base,
    /** Resident memory now and at its peak, in MB (Linux /proc). */
    memory() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kib = (k) => Number(status.match(new RegExp(`${k}:\\s+(\\d+)`))[1]);
      return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
    },
    stop() { return new Promise((ok) => { child.once('exit', ok); child.kill('SIGTERM'); }); },
  };
}

function cli(dir, dbUrl, args, input) {
  const r = spawnSync(BIN, args, { input, env: { ...process.env, TIPTOES_DATABASE_URL: dbUrl, TIPTOES_KEY_FILE: join(dir, 'tiptoes.key'), TIPTOES_LOG: 'error' } });
  if (r.status !== 0) throw new Error(`tiptoes ${args.join(' ')}: ${r.stderr}`);
}

async function call(base, cookie, method, path, body) {
  const res = await fetch(base + path, { method, headers: { 'content-type': 'application/json', cookie }, body: body && JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, cookie: (res.headers.get('set-cookie') || '').split(';')[0], body: text ? JSON.parse(text) : null };
}

/** 500 meetings a month ahead, two children and a parent each: the children's 1,000 codes. */
async function inviteCodes(server, dir, dbUrl) {
  cli(dir, dbUrl, ['user', 'add', '--email', 'chair@bench.example', '--name', 'Chair', '--role', 'chair'], PASSWORD + '\n');
  const { status, cookie } = await call(server.base, '', 'POST', '/api/v1/session', { email: 'chair@bench.example', password: PASSWORD });
  if (status !== 200) throw new Error(`sign-in: ${status}`);
  const codes = [];
  const starts = new Date(Date.now() + 30 * 86400e3).toISOString();
  for (let i = 0; i < 500; i++) {
    const r = await call(server.base, cookie, 'POST', '/api/v1/meetings', {
      kind: 'icpc', starts_at: starts, participants: [
        { role: 'child', first_name: 'Ada', language: 'en-GB', age_band: '10-12' },
        { role: 'child', first_name: 'Ben', language: 'pl', age_band: '13-15' },
        { role: 'parent', first_name: 'Cara', language: 'ur' },
      ],
    });
    if (r.status !== 201) throw new Error(`meeting: ${r.status} ${JSON.stringify(r.body)}`);
    codes.push(...r.body.participants.filter((p) => p.role === 'child').map((p) => p.invite_code));
  }
  return codes;
}

/** Runs wrk; resolves with the JSON line load.lua prints, plus requests per second. */
function wrk(url, { connections, seconds, codes }) {
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', ['-t2', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', LUA, url], {
      env: { ...process.env, CODES: codes || '' }, stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (code !== 0 || !line) return reject(new Error(`wrk exited with ${code}: ${out}`));
      const r = JSON.parse(line);
      resolve({ ...r, rps: r.ok / r.seconds, errors: r.not_ok + r.socket_errors });
    });
  });
}

/** One wave after another of 500 sign-ins at once until `stop` says so; counts the answers. */
async function flood(base, stop) {
  const answers = {};
  let waves = 0;
  while (!stop.done) {
    await Promise.all(Array.from({ length: 500 }, async () => {
      const ip = `10.${randomBytes(3).join('.')}`;
      try {
        const res = await fetch(base + '/api/v1/session', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
          body: JSON.stringify({ email: `${randomBytes(6).toString('hex')}@flood.example`, password: 'not the password at all' }),
        });
        await res.arrayBuffer();
        answers[res.status] = (answers[res.status] || 0) + 1;
      } catch {
        answers.failed = (answers.failed || 0) + 1;
      }
    }));
    waves++;
  }
  return { waves, answers };
}

async function database(label, makeUrl) {
  console.log(`==> load: ${label}`);
  const out = {};
  // Part 1: views beside /livez, on one server.
  {
    const dir = mkdtempSync(join(tmpdir(), 'tiptoes-load-'));
    const dbUrl = await makeUrl(dir);
    // The bench measures the path, not the per-person limit: 1,000 codes would use up 20
    // sends an hour each within the first seconds.
    const server = await startServer(dir, dbUrl, { TIPTOES_SENDS_PER_HOUR: '1000000', TIPTOES_TRUST_PROXY: '1' });
    try {
      const codes = await inviteCodes(server, dir, dbUrl);
      const file = join(dir, 'codes.txt');
      writeFileSync(file, codes.join('\n') + '\n');
      out.hello = await wrk(server.base + '/livez', { connections: 64, seconds: SECONDS });
      out.views = await wrk(server.base + '/api/v1/kiosk/views', { connections: 64, seconds: SECONDS, codes: file });
      out.viewsMemory = server.memory();
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  // Part 2: the kiosk's first screen, alone and then during the flood, on a fresh server that
  // trusts X-Forwarded-For (as behind its proxy), so each sign-in comes from a new address and
  // the per-client limit does not turn them away before their passwords are checked.
  {
    const dir = mkdtempSync(join(tmpdir(), 'tiptoes-load-'));
    const dbUrl = await makeUrl(dir);
    const server = await startServer(dir, dbUrl, { TIPTOES_TRUST_PROXY: '1' });
    try {
      const seconds = Math.max(5, Math.round(SECONDS / 2));
      out.kiosk = await wrk(server.base + '/', { connections: 8, seconds });
      const stop = { done: false };
      const flooding = flood(server.base, stop);
      out.kioskFlood = await wrk(server.base + '/', { connections: 8, seconds });
      stop.done = true;
      out.flood = await flooding;
      out.floodMemory = server.memory();
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return out;
}

// LOAD_ONLY=SQLite or LOAD_ONLY=PostgreSQL runs one of them (while working on one).
const only = process.env.LOAD_ONLY;
const sqlite = only === 'PostgreSQL' ? null : await database('SQLite', async (dir) => `sqlite://${join(dir, 'tiptoes.db')}`);
// PostgreSQL as a service would run it: durable (fsync and synchronous commit on), unlike
// the test clusters.
const pgdir = mkdtempSync(join(tmpdir(), 'tiptoes-load-pg-'));
let pg = null;
if (only !== 'SQLite') try {
  const url = execFileSync(join(root, '.ci', 'postgres.sh'), ['start', pgdir, '--durable']).toString().trim();
  let n = 0;
  pg = await database('PostgreSQL', async () => {
    const name = `load_${n++}`;
    execFileSync('psql', [url, '-qc', `CREATE DATABASE ${name}`]);
    return url.replace(/\/postgres$/, `/${name}`);
  });
} finally {
  execFileSync(join(root, '.ci', 'postgres.sh'), ['stop', pgdir]);
}

const f = (n, d = 0) => n.toLocaleString('en-GB', { minimumFractionDigits: d, maximumFractionDigits: d });
const rows = [
  ['views sent a second (64 connections)', (r) => f(r.views.rps), '≥ 2,000 (SQLite)'],
  ['  p50', (r) => `${f(r.views.p50_ms, 1)} ms`, ''],
  ['  p99', (r) => `${f(r.views.p99_ms, 1)} ms`, '≤ 50 ms (SQLite)'],
  ['  errors (not 201, or no answer)', (r) => f(r.views.errors), '0'],
  ['  the first of them', (r) => r.views.first_error.slice(0, 60) || '-', ''],
  ['GET /livez a second (baseline)', (r) => f(r.hello.rps), ''],
  ['  p99', (r) => `${f(r.hello.p99_ms, 1)} ms`, ''],
  ['views ÷ baseline', (r) => f(r.views.rps / r.hello.rps, 2), '≥ 0.3'],
  ['peak resident memory (views run)', (r) => `${f(r.viewsMemory.peak, 1)} MB`, '≤ 60 MB'],
  ['kiosk first screen p99, quiet (8 connections)', (r) => `${f(r.kiosk.p99_ms, 1)} ms`, ''],
  ['kiosk first screen p99, sign-in flood', (r) => `${f(r.kioskFlood.p99_ms, 1)} ms`, '≤ 100 ms'],
  ['  kiosk requests a second, quiet / flood', (r) => `${f(r.kiosk.rps)} / ${f(r.kioskFlood.rps)}`, ''],
  ['  kiosk errors during the flood', (r) => f(r.kioskFlood.errors), '0'],
  ['  waves of 500 sign-ins', (r) => f(r.flood.waves), ''],
  ['  their answers', (r) => Object.entries(r.flood.answers).map(([k, v]) => `${k}: ${v}`).join(', '), ''],
  ['peak resident memory (flood run)', (r) => `${f(r.floodMemory.peak, 1)} MB`, ''],
];
const w0 = Math.max(...rows.map((r) => r[0].length));
const cols = rows.map(([name, get, target]) => [name, sqlite ? get(sqlite) : '-', pg ? get(pg) : '-', target]);
const w1 = Math.max(6, ...cols.map((c) => c[1].length));
const w2 = Math.max(10, ...cols.map((c) => c[2].length));
console.log(`\n${'load'.padEnd(w0)}  ${'SQLite'.padStart(w1)}  ${'PostgreSQL'.padStart(w2)}  target`);
for (const [name, a, b, target] of cols) console.log(`${name.padEnd(w0)}  ${a.padStart(w1)}  ${b.padStart(w2)}  ${target}`);
