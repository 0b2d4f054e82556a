// A second person on the same tablet, in a browser without JavaScript: the screen's own idle
// refresh must leave nothing of the last person's answers on any kiosk screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, meetingWith, messages, browser, newPage } from './helpers.mjs';

let b;
before(async () => { b = await browser(); });
after(async () => { await b?.close(); });

test('without JavaScript, an idle kiosk clears itself through the server and the next person finds nothing', async () => {
  // Idle after 1 + 1 seconds with JavaScript, so the refresh without it comes after 10.
  const server = await startServer({ TIPTOES_KIOSK_IDLE_WARN_SECONDS: '1', TIPTOES_KIOSK_IDLE_RESET_SECONDS: '1' });
  try {
    const { codes } = await meetingWith(server);
    const t = messages('pl');
    const page = await newPage(b, { baseURL: server.base, javaScriptEnabled: false });
    await page.goto(`/i/${codes[1]}`);
    await page.waitForURL(/\/k\/welcome$/);
    await page.getByRole('link', { name: t('continue') }).click();
    await page.waitForURL(/what-happens$/);
    await page.getByRole('link', { name: t('continue') }).click();
    await page.waitForURL(/going-well$/);
    await page.getByLabel(t('parent-going-well-title')).fill('Nasze prywatne sprawy');
    await page.getByRole('button', { name: t('continue'), exact: true }).click();
    await page.waitForURL(/worries$/);
    // The parent walks away. The page refreshes itself to the start, through the server.
    await page.waitForURL(/\/\?ended=1$/, { timeout: 20000 });
    const cookies = await page.context().cookies();
    assert.ok(!cookies.some((c) => c.name === 'tiptoes_kiosk'), 'the kiosk cookie is gone');
    // Back, twice, to the screen where the answer was typed: it comes from the server again
    // (pages are no-store), and the server has nothing left to show.
    await page.goBack();
    await page.goBack();
    assert.ok(!(await page.textContent('body')).includes('Nasze prywatne sprawy'), `Back (${page.url()}) shows nothing`);
    // The next person on the tablet tries every screen.
    for (const path of ['/k/welcome', '/k/going-well', '/k/worries', '/k/check', '/thanks']) {
      await page.goto(path);
      const text = await page.textContent('body');
      assert.ok(!text.includes('Nasze prywatne sprawy') && !text.includes('Kasia'), `${path} shows nothing of the last person`);
    }
  } finally {
    server.stop();
  }
});
