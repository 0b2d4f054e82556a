// A child's and a parent's journeys, clicked as they would click them: in English and in
// Arabic, with and without JavaScript; the exit control, the idle reset, a dropped connection.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, meetingWith, messages, browser, newPage, checkA11y, hydrated, noErrors, pkgFetches } from './helpers.mjs';

const checkScreen = checkA11y;

let b;
before(async () => { b = await browser(); });
after(async () => { await b?.close(); });

const strip = (s) => s.replace(/[\u2068\u2069]/g, '');

/** Clicks through a child's screens by their visible words. Returns what was typed. */
async function childJourney(page, { lang, code, js }) {
  const t = messages(lang);
  // axe runs inside the page, so only where scripts run; the HTML is the same server-rendered
  // HTML either way, so every screen is still checked (in the JavaScript runs).
  const checkA11y = js ? checkScreen : async () => {};
  // With JavaScript, each screen is used once its islands run, as a child would after it
  // shows: the forms then post by fetch, and those paths are the ones tested.
  const go = async (re) => { await page.waitForURL(re); if (js) await hydrated(page); };
  const cont = async () => page.getByRole('button', { name: t('continue'), exact: true }).click();

  await page.goto('/');
  await checkA11y(page, 'start');
  await page.locator(`button[lang="${lang}"]`).click();
  await go(/\/code$/);
  assert.equal(await page.getAttribute('html', 'lang'), lang);
  await checkA11y(page, 'code');
  await page.getByLabel(t('code-heading')).fill(code.toLowerCase());
  await cont();
  await go(/\/k\/welcome$/);
  if (js) await hydrated(page);
  // From here on, every screen's script, WebAssembly and stylesheet come from the browser's
  // cache (their names carry a hash of their content): a later screen costs only its HTML.
  const fetched = js ? await pkgFetches(page) : [];
  assert.match(strip(await page.locator('h1').innerText()), /Ola|أولا|Olivia/);
  await checkA11y(page, 'welcome');
  await page.getByRole('link', { name: t('continue') }).click();

  await go(/taking-part$/);
  await checkA11y(page, 'taking part');
  await page.getByLabel(t('taking-part-attend')).check();
  await page.getByLabel(t('taking-part-phone')).check();
  await cont();

  await go(/what-happens$/);
  await checkA11y(page, 'what happens');
  await page.getByRole('link', { name: t('continue') }).click();

  const words = { good: 'My dog <b>Rex</b> & football', worry: 'Shouting at night', wish: 'Live with Nan' };
  await go(/good-things$/);
  await checkA11y(page, 'good things');
  // The browser must not offer this child's words to the next person: no autofill.
  assert.equal(await page.getByLabel(t('good-things-title')).getAttribute('autocomplete'), 'off');
  assert.equal(await page.locator('form.app-form').getAttribute('autocomplete'), 'off');
  await page.getByLabel(t('good-things-title')).fill(words.good);
  await page.getByLabel(t('visibility-everyone')).check();
  await cont();
  await go(/worries$/);
  await page.getByLabel(t('worries-title')).fill(words.worry);
  await page.getByLabel(t('visibility-chair-only')).check();
  await cont();
  await go(/wishes$/);
  await page.getByLabel(t('wishes-title')).fill(words.wish);
  await page.getByLabel(t('visibility-talk-first')).check();
  await cont();

  await go(/safety$/);
  await checkA11y(page, 'safety');
  // The scale runs in the reading direction: 0 at the start, 10 at the end.
  const zero = await page.locator('label[for="answer"]').boundingBox();
  const ten = await page.locator('label[for="safety-10"]').boundingBox();
  const rtl = (await page.getAttribute('html', 'dir')) === 'rtl';
  if (rtl) assert.ok(zero.x > ten.x, 'RTL: 0 is on the right'); else assert.ok(zero.x < ten.x, 'LTR: 0 is on the left');
  await page.locator('label[for="safety-7"]').click();
  await cont();

  await go(/who-with-me$/);
  await page.getByLabel(t('who-with-me-title')).fill('My teacher');
  await cont();
  await go(/anything-else$/);
  await checkA11y(page, 'anything else');
  await page.getByLabel(t('talk-soon')).check();
  await cont();
  await go(/who-helped$/);
  await page.getByLabel(t('helped-by-interpreter')).check();
  await cont();

  await go(/\/k\/check$/);
  await checkA11y(page, 'check answers');
  const summary = await page.locator('.app-summary-list').innerText();
  assert.ok(summary.includes(words.good), 'a child’s text shows as text, markup and all');
  assert.ok(summary.includes(t('visibility-chair-only')));
  // Change one answer from the check page and come back to it.
  await page.locator('a[href="/k/wishes?to_check=1"]').click();
  await go(/wishes\?to_check=1$/);
  assert.equal(await page.getByLabel(t('wishes-title')).inputValue(), words.wish);
  await page.getByLabel(t('wishes-title')).fill(words.wish + '!');
  await page.getByRole('button', { name: t('save-and-check') }).click();
  await go(/\/k\/check$/);
  assert.ok((await page.locator('.app-summary-list').innerText()).includes(words.wish + '!'));

  await page.getByRole('button', { name: t('send'), exact: true }).click();
  await go(/\/thanks$/);
  await checkA11y(page, 'thanks');
  assert.ok((await page.locator('body').innerText()).includes('0800 1111'));
  assert.deepEqual(fetched, [], 'later screens fetch no script, WebAssembly or stylesheet');
  // Nothing of the answers is kept in the browser.
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0]);
  noErrors(page);
  return { ...words, wish: words.wish + '!' };
}

async function childViews(api, meeting) {
  const r = await api.call('GET', `/api/v1/meetings/${meeting.id}`);
  assert.equal(r.status, 200);
  return r.body.participants[0];
}

const RTL = ['ar', 'ur', 'ckb', 'fa'];
const journeys = [
  { lang: 'en-GB', js: true }, { lang: 'ar', js: true }, { lang: 'en-GB', js: false }, { lang: 'ar', js: false },
  // The New Communities team's languages: right to left (Urdu, Sorani, Persian), Gurmukhi,
  // Ethiopic, and Slovak's plural forms; two of them without JavaScript.
  { lang: 'ur', js: true }, { lang: 'ckb', js: true }, { lang: 'fa', js: false }, { lang: 'ti', js: true }, { lang: 'pa', js: false }, { lang: 'sk', js: true },
];
for (const { lang, js } of journeys) {
  test(`a child sends views in ${lang} ${js ? 'with' : 'without'} JavaScript, and the chair reads them`, async () => {
    const server = await startServer();
    try {
      const { api, meeting, codes } = await meetingWith(server, { childLang: lang });
      const page = await newPage(b, { baseURL: server.base, javaScriptEnabled: js });
      const words = await childJourney(page, { lang, code: codes[0], js });
      if (RTL.includes(lang)) {
        assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
        assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'rtl');
      }
      const child = await childViews(api, meeting);
      assert.equal(child.submissions, 1);
      const a = child.views.answers;
      assert.deepEqual(a.taking_part, ['attend', 'phone']);
      assert.deepEqual(a.good_things, { text: words.good, visibility: 'everyone' });
      assert.deepEqual(a.worries, { text: words.worry, visibility: 'chair_only' });
      assert.deepEqual(a.wishes, { text: words.wish, visibility: 'talk_first' });
      assert.equal(a.safety_scale, 7);
      assert.equal(a.talk_soon, true);
      assert.equal(a.helped_by, 'interpreter');
      await page.context().close();
    } finally {
      server.stop();
    }
  });
}

test('a parent shares views in Polish', async () => {
  const server = await startServer();
  try {
    const { api, meeting, codes } = await meetingWith(server);
    const t = messages('pl');
    const page = await newPage(b, { baseURL: server.base });
    // The invite link opens the kiosk in the invite's language.
    await page.goto(`/i/${codes[1]}`);
    await page.waitForURL(/\/k\/welcome$/);
    assert.equal(await page.getAttribute('html', 'lang'), 'pl');
    await hydrated(page);
    await checkA11y(page, 'parent welcome');
    const cont = () => page.getByRole('button', { name: t('continue'), exact: true }).click();
    await page.getByRole('link', { name: t('continue') }).click();
    await page.waitForURL(/what-happens$/);
    await page.getByRole('link', { name: t('continue') }).click();
    await page.waitForURL(/going-well$/);
    await checkA11y(page, 'parent going well');
    await page.getByLabel(t('parent-going-well-title')).fill('Dzieci chodzą do szkoły');
    await cont();
    await page.waitForURL(/worries$/);
    await page.getByLabel(t('parent-worries-title')).fill('Mieszkanie');
    await cont();
    await page.waitForURL(/would-help$/);
    assert.equal(await page.getByLabel(t('parent-would-help-title')).inputValue(), '', 'a new screen starts empty');
    await cont();
    await page.waitForURL(/coming$/);
    await checkA11y(page, 'parent coming');
    await page.getByLabel(t('coming-yes')).check();
    await cont();
    await page.waitForURL(/interpreter$/);
    await page.getByLabel(t('parent-interpreter-title')).fill('polski');
    await cont();
    await page.waitForURL(/access$/);
    await cont();
    await page.waitForURL(/check$/);
    await checkA11y(page, 'parent check');
    await page.getByRole('button', { name: t('send'), exact: true }).click();
    await page.waitForURL(/thanks$/);
    const r = await api.call('GET', `/api/v1/meetings/${meeting.id}`);
    assert.deepEqual(r.body.participants[1].views.answers, {
      going_well: 'Dzieci chodzą do szkoły', worries: 'Mieszkanie', coming: 'yes', interpreter_language: 'polski',
    });
    noErrors(page);
  } finally {
    server.stop();
  }
});

test('Exit this page, by button or by Shift three times, throws the answers away', async () => {
  const server = await startServer();
  try {
    const { api, meeting, codes } = await meetingWith(server);
    const t = messages('en-GB');
    const page = await newPage(b, { baseURL: server.base });
    await page.goto(`/i/${codes[0]}`);
    await hydrated(page);
    await page.goto('/k/worries');
    await hydrated(page);
    await page.getByLabel(t('worries-title')).fill('a secret worry');
    await page.getByRole('button', { name: t('continue'), exact: true }).click();
    await page.waitForURL(/wishes$/);
    await page.getByRole('button', { name: t('exit-this-page') }).click();
    await page.waitForURL((u) => u.pathname === '/');
    // Back does not bring the answers back: the draft is gone from the server.
    await page.goto('/k/worries');
    await page.waitForURL((u) => u.pathname === '/');
    assert.ok(!(await page.content()).includes('a secret worry'));

    // Shift, three times.
    await page.goto(`/i/${codes[0]}`);
    await page.waitForURL(/welcome$/);
    await hydrated(page);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForURL((u) => u.pathname === '/');
    const r = await api.call('GET', `/api/v1/meetings/${meeting.id}`);
    assert.equal(r.body.participants[0].submissions, 0);
    noErrors(page);
  } finally {
    server.stop();
  }
});

test('an idle kiosk warns, then clears itself', async () => {
  const server = await startServer({ TIPTOES_KIOSK_IDLE_WARN_SECONDS: '2', TIPTOES_KIOSK_IDLE_RESET_SECONDS: '3' });
  try {
    const { codes } = await meetingWith(server);
    const t = messages('en-GB');
    const page = await newPage(b, { baseURL: server.base });
    await page.goto(`/i/${codes[0]}`);
    await page.waitForURL(/welcome$/);
    await hydrated(page);
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor({ timeout: 5000 });
    assert.ok((await dialog.innerText()).includes(t('idle-title')));
    await checkA11y(page, 'idle warning');
    await page.getByRole('button', { name: t('idle-still-here') }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.match(page.url(), /welcome$/);
    // Nobody answers this time.
    await page.waitForURL((u) => u.pathname === '/', { timeout: 10000 });
    await page.goto('/k/welcome');
    await page.waitForURL((u) => u.pathname === '/');
    noErrors(page);
  } finally {
    server.stop();
  }
});

test('the thank-you screen clears itself too, and the next person finds nothing', async () => {
  const server = await startServer({ TIPTOES_KIOSK_IDLE_WARN_SECONDS: '3', TIPTOES_KIOSK_IDLE_RESET_SECONDS: '2' });
  try {
    const { codes } = await meetingWith(server);
    const t = messages('en-GB');
    const page = await newPage(b, { baseURL: server.base });
    await page.goto(`/i/${codes[0]}`);
    await page.goto('/k/check');
    await hydrated(page);
    await page.getByRole('button', { name: t('send'), exact: true }).click();
    await page.waitForURL(/\/thanks$/);
    await hydrated(page);
    await page.getByRole('alertdialog').waitFor({ timeout: 6000 });
    await page.waitForURL((u) => u.pathname === '/', { timeout: 10000 });
    await page.goto('/k/welcome');
    await page.waitForURL((u) => u.pathname === '/');
    noErrors(page);
  } finally {
    server.stop();
  }
});

test('a dropped connection while sending is retried with the same submission id', async () => {
  const server = await startServer();
  try {
    const { api, meeting, codes } = await meetingWith(server);
    const t = messages('en-GB');
    const page = await newPage(b, { baseURL: server.base });
    await page.goto(`/i/${codes[0]}`);
    await page.goto('/k/check');
    await hydrated(page);
    let sends = 0;
    const ids = [];
    await page.route('**/fn/send_views', async (route) => {
      sends += 1;
      ids.push(route.request().postData());
      if (sends === 1) {
        // The server gets it and stores it; the answer never reaches the tablet.
        await route.fetch();
        await route.abort('connectionreset');
      } else {
        await route.continue();
      }
    });
    await page.getByRole('button', { name: t('send'), exact: true }).click();
    await page.waitForURL(/thanks$/);
    assert.ok(sends >= 2, 'it tried again');
    assert.equal(new Set(ids).size, 1, 'with the same submission id');
    const r = await api.call('GET', `/api/v1/meetings/${meeting.id}`);
    assert.equal(r.body.participants[0].submissions, 1, 'one record, not two');
  } finally {
    server.stop();
  }
});
