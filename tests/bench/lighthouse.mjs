// Lighthouse (npm `lighthouse`, its default mobile config: simulated slow 4G, 4x CPU slowdown,
// a phone's screen) on the child's start screen and on one question screen, against the real
// server with a fresh database. Figures only: a low score never fails the run; Lighthouse not
// running (or a page not loading) does.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer, meetingWith } from '../e2e/helpers.mjs';

const server = await startServer();
let chrome;
try {
  const { codes } = await meetingWith(server);
  // The same flags as the browser tests; chrome-launcher adds its own that stop Chromium's
  // background traffic (updates, sync, safe browsing), so nothing leaves this machine.
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
    logLevel: 'silent',
  });

  // A question screen needs the kiosk cookie, which the invite link sets. We open the link in
  // a tab of this same Chromium through its DevTools HTTP endpoint (no puppeteer needed), wait
  // until it has been redirected to the welcome screen, and close the tab. Lighthouse's storage
  // reset before each run empties the HTTP cache (so every run is a first visit) but leaves
  // cookies alone (its default `clearStorageTypes` has no "cookies"), so the cookie survives.
  const devtools = `http://127.0.0.1:${chrome.port}`;
  const tab = await (await fetch(`${devtools}/json/new?${server.base}/i/${codes[0]}`, { method: 'PUT' })).json();
  for (let i = 0; ; i++) {
    const now = (await (await fetch(`${devtools}/json/list`)).json()).find((t) => t.id === tab.id);
    if (now && /\/k\/welcome$/.test(now.url)) break;
    if (i === 100) throw new Error(`the invite link did not reach /k/welcome (at ${now?.url})`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
  await fetch(`${devtools}/json/close/${tab.id}`);

  // Simulated throttling still varies from run to run (with the hydrated build one run of / scored
  // 82 with LCP 5 s, the next 100 with LCP 0.9 s), so each page runs RUNS times and the run
  // with the median performance score is shown, beside every run's score.
  const RUNS = Number(process.env.LH_RUNS || 3);
  const pages = ['/', '/k/good-things'];
  const rows = [];
  for (const path of pages) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      // Now and then a run fails on a busy machine (NO_NAVSTART, "please run Lighthouse again";
      // once CHROME_INTERSTITIAL_ERROR while other browser tests ran): up to two retries,
      // said aloud, so only a real failure fails the bench.
      let lhr;
      for (let attempt = 0; attempt < 3 && (!lhr || lhr.runtimeError); attempt++) {
        if (attempt) {
          console.error(`${path}: ${lhr?.runtimeError?.code ?? 'no result'}, running again`);
          await new Promise((ok) => setTimeout(ok, 2000));
        }
        lhr = (await lighthouse(server.base + path, {
          port: chrome.port, output: 'json', logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        }))?.lhr;
      }
      if (!lhr) throw new Error(`Lighthouse gave no result for ${path}`);
      if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      // Without the cookie the question screen would go elsewhere; measure the screen we meant.
      if (new URL(lhr.finalDisplayedUrl).pathname !== path) throw new Error(`${path} ended at ${lhr.finalDisplayedUrl}`);
      // Anything fetched from elsewhere would be a surprise (a CDN, a font): say so.
      const foreign = (lhr.audits['network-requests'].details?.items ?? [])
        .map((r) => r.url).filter((u) => /^https?:/.test(u) && !u.startsWith(server.base));
      if (foreign.length) console.log(`${path}: requests off this server: ${foreign.join(', ')}`);
      runs.push(lhr);
    }
    runs.sort((x, y) => x.categories.performance.score - y.categories.performance.score);
    const lhr = runs[Math.floor(runs.length / 2)];
    const score = (id) => Math.round(lhr.categories[id].score * 100);
    const num = (id) => lhr.audits[id].numericValue;
    rows.push([path, score('performance'), score('accessibility'), score('best-practices'),
      Math.round(num('largest-contentful-paint')), Math.round(num('total-blocking-time')),
      num('cumulative-layout-shift').toFixed(3), (num('total-byte-weight') / 1024).toFixed(1),
      runs.map((r) => Math.round(r.categories.performance.score * 100)).join('/')]);
  }

  console.log(`Lighthouse, mobile (simulated slow 4G, 4x CPU slowdown), first visits, median of ${RUNS} runs:`);
  const head = ['page', 'perf', 'a11y', 'best-pr', 'LCP ms', 'TBT ms', 'CLS', 'KiB', 'perf runs'];
  const fmt = (cells) => cells.map((c, i) => String(c)[i ? 'padStart' : 'padEnd'](i === 8 ? 11 : i ? 8 : 16)).join(' ');
  console.log(fmt(head));
  for (const r of rows) console.log(fmt(r));
  console.log(fmt(['target', '≥ 98', '100', '', '', '≤ 50', '', '', '']));
} catch (e) {
  console.error(`lighthouse: ${e.message}`);
  process.exitCode = 1;
} finally {
  await chrome?.kill();
  server.stop();
}
