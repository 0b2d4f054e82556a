// Every kiosk screen in every language (issue 11): for each of the twelve, one run over every
// screen a child or parent can see, before and after the meeting, with axe (WCAG 2.2 A and AA,
// and axe's best practice) finding nothing, <html lang> and dir right, and nothing wider than a
// 320 px phone. Then a child's feedback in Urdu, Sorani, Persian, Tigrinya, Punjabi and Slovak,
// with and without JavaScript: the faces and the progress bar run in the reading direction,
// and the feedback arrives once. Visible words come from the language's Fluent files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { AxeBuilder } from '@axe-core/playwright';
import { startServer, meetingWith, messages, browser, newPage, hydrated, noErrors, startMeeting, storedFeedback, managerApi } from './helpers.mjs';

const LANGS = ['en-GB', 'pl', 'sk', 'cs', 'ro', 'ar', 'ur', 'pa', 'ckb', 'ku', 'fa', 'ti'];
const RTL = ['ar', 'ur', 'ckb', 'fa'];
// In these, the child's screens run with "I am helping someone": the family's words with the
// English beneath, the longest and most mixed lines the kiosk shows (both directions).
const HELPING = ['sk', 'ar', 'ur', 'pa', 'ckb', 'ti'];
const PHONE = { width: 320, height: 640 };

let b;
before(async () => { b = await browser(); });
after(async () => { await b?.close(); });

const strip = (s) => s.replace(/[\u2068\u2069]/g, '');

/** A message with arguments ("Step 2 of 6"), formatted by Fluent from the language's files. */
function format(lang, id, args) {
  const bundle = new FluentBundle(lang);
  for (const f of ['common.ftl', 'kiosk.ftl']) {
    const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'locales', lang, f);
    bundle.addResource(new FluentResource(readFileSync(root, 'utf8')));
  }
  const m = bundle.getMessage(id);
  assert.ok(m?.value, `no message ${id} in ${lang}`);
  return strip(bundle.formatPattern(m.value, args));
}

/** axe with the WCAG 2.0, 2.1 and 2.2 A and AA rules (2.2's target size is off unless asked
 *  for by its tag) and the best-practice rules the other tests run by default. The kiosk has
 *  no frames, so axe runs once in the page itself ("legacy mode"), not frame by frame with
 *  the results put together in a second, blank page: half the time, the same rules. */
async function axe(page, label) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`).join('; ')})`);
  assert.deepEqual(summary, [], `accessibility on ${label}`);
}

/** Nothing scrolls sideways: the page is no wider than the screen, and no element sticks out
 *  of it (named, if one does). An element inside a box that clips its overflow is that box's
 *  business, and the box is checked itself. */
async function noSidewaysScroll(page, label) {
  const r = await page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const clipped = (el) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'hidden' || o === 'clip') return true;
      }
      return false;
    };
    const name = (el) => {
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const id = el.id ? `#${el.id}` : '';
      const text = (el.textContent || '').trim().slice(0, 40);
      return `<${el.tagName.toLowerCase()}${id}${cls}> "${text}"`;
    };
    const wide = [];
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if ((box.left < -0.5 || box.right > width + 0.5 || box.width > width + 0.5) && !clipped(el)) {
        wide.push(`${name(el)} from ${Math.round(box.left)} to ${Math.round(box.right)}`);
      }
    }
    return { scroll: root.scrollWidth, width, wide: wide.slice(0, 6) };
  });
  assert.deepEqual(r.wide, [], `${label}: nothing sticks out of a ${r.width} px screen`);
  assert.ok(r.scroll <= r.width, `${label}: the page is ${r.scroll} px wide on a ${r.width} px screen`);
}

/** Waits for the next screen; if it does not come, says where the browser is and what the
 *  screen says (a sending form's message, an error summary). */
async function arrive(page, re, label) {
  try {
    await page.waitForURL(re);
  } catch (e) {
    const said = await page.locator('[role="status"], [role="alert"]').allInnerTexts().catch(() => []);
    throw new Error(`${label} did not come: still at ${page.url()}, saying ${JSON.stringify(said)}; browser errors ${JSON.stringify(page.errors)}`, { cause: e });
  }
}

/** Every check on the screen now shown, once its islands run. */
async function checkScreen(page, lang, label) {
  await hydrated(page);
  const where = `${label} in ${lang}`;
  assert.equal(await page.getAttribute('html', 'lang'), lang, `${where}: html lang`);
  const dir = await page.getAttribute('html', 'dir');
  assert.equal(dir === 'rtl', RTL.includes(lang), `${where}: html dir is ${dir}`);
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), RTL.includes(lang) ? 'rtl' : 'ltr', `${where}: direction`);
  await axe(page, where);
  await noSidewaysScroll(page, where);
}

for (const lang of LANGS) {
  test(`every kiosk screen in ${lang}: axe finds nothing, lang and dir are right, nothing scrolls sideways at 320 px`, async () => {
    const server = await startServer();
    try {
      const { meeting, codes } = await meetingWith(server, { childLang: lang, parentLang: lang });
      const t = messages(lang);
      const page = await newPage(b, { baseURL: server.base, viewport: PHONE });
      const screen = (label) => checkScreen(page, lang, label);
      const at = async (re, label) => { await arrive(page, re, `${label} in ${lang}`); await screen(label); };
      // While someone is helping, a name is the family's words, then the English.
      let helping = false;
      const named = (id) => (helping ? { name: new RegExp(`^${t(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) } : { name: t(id), exact: true });
      const cont = () => page.getByRole('button', named('continue')).click();
      const contLink = () => page.getByRole('link', named('continue')).click();
      const choose = (id) => page.getByLabel(named(id).name, { exact: !helping }).check();

      // The start screen, in the language once it is chosen; the code screen, with and
      // without a mistake.
      await page.goto('/');
      await page.locator(`button[lang="${lang}"]`).click();
      await at(/\/code$/, 'code');
      await page.goto('/');
      await screen('start');
      await page.locator(`button[lang="${lang}"]`).click();
      await page.waitForURL(/\/code$/);
      await page.getByLabel(t('code-heading')).fill('ZZZZZ-ZZZZZ');
      await cont();
      await at(/\/code\?error=/, 'code, wrong');
      await page.getByLabel(t('code-heading')).fill(codes[0]);
      await cont();

      // A child's views: every screen, answering enough to fill "check your answers".
      await at(/\/k\/welcome$/, 'child welcome');
      // The language screen again, from the header of a kiosk screen, and back.
      await page.locator('header a[href^="/language"]').click();
      await at(/\/language\?next=/, 'language, from a kiosk screen');
      if (HELPING.includes(lang)) {
        await page.locator('#helping').check();
        helping = lang !== 'en-GB';
      }
      await page.locator(`button[lang="${lang}"]`).click();
      await page.waitForURL(/\/k\/welcome$/);
      if (helping) assert.equal(strip(await page.locator('h1 .app-en[lang="en-GB"]').innerText()), strip(messages('en-GB')('welcome-hello-name').replace('{ $name }', 'Olivia')));
      await contLink();
      await at(/taking-part$/, 'taking part');
      await choose('taking-part-attend');
      await cont();
      await at(/what-happens$/, 'what happens (child)');
      await contLink();
      await at(/good-things$/, 'good things');
      // A long unbroken word must wrap, not push the page sideways.
      await page.getByLabel(t('good-things-title')).fill('Football '.repeat(3) + 'x'.repeat(60));
      await cont();
      await at(/worries$/, 'worries (child)');
      await page.getByLabel(t('worries-title')).fill(t('worries-house'));
      await cont();
      await at(/wishes$/, 'wishes');
      await cont();
      await at(/safety$/, 'safety');
      await page.locator('label[for="safety-6"]').click();
      await cont();
      await at(/who-with-me$/, 'supporter');
      await cont();
      await at(/anything-else$/, 'anything else');
      await choose('talk-soon');
      await cont();
      await at(/who-helped$/, 'who helped');
      await choose('helped-by-interpreter');
      await cont();
      await at(/\/k\/check$/, 'check your answers (child)');
      await page.getByRole('button', named('send')).click();
      await at(/\/thanks$/, 'thank you');
      await page.getByRole('button', named('finish')).click();
      await page.waitForURL((u) => u.pathname === '/');
      // Leaving ends the helping: the next person starts without it.
      helping = false;
      assert.equal(await page.locator('.app-en').count(), 0);

      // A parent's views, from the invite link.
      await page.goto(`/i/${codes[1]}`);
      await at(/\/k\/welcome$/, 'parent welcome');
      await contLink();
      await at(/what-happens$/, 'what happens (parent)');
      await contLink();
      await at(/going-well$/, 'going well');
      await page.getByLabel(t('parent-going-well-title')).fill(t('welcome-hello'));
      await cont();
      await at(/worries$/, 'worries (parent)');
      await cont();
      await at(/would-help$/, 'would help');
      await cont();
      await at(/coming$/, 'coming');
      await choose('coming-yes');
      await cont();
      await at(/interpreter$/, 'interpreter');
      await cont();
      await at(/access$/, 'access');
      await cont();
      await at(/\/k\/check$/, 'check your answers (parent)');
      await page.getByRole('button', { name: t('send'), exact: true }).click();
      await page.waitForURL(/\/thanks$/);
      await page.getByRole('button', { name: t('finish'), exact: true }).click();
      await page.waitForURL((u) => u.pathname === '/');

      // After the meeting: each gives feedback with the same code.
      startMeeting(server.dbUrl, meeting.id);
      for (const [who, code] of [['child', codes[0]], ['parent', codes[1]]]) {
        await page.goto(`/i/${code}`);
        await at(/\/k\/welcome$/, `${who} welcome after the meeting`);
        await page.getByRole('link', { name: t('start-feedback'), exact: true }).click();
        await at(/how-was-it$/, `faces (${who})`);
        await page.getByText(t('face-4'), { exact: true }).click();
        await cont();
        const questions = [['listened', 'reply-yes'], ['understood', 'reply-a-bit'], ['said-what-you-wanted', 'reply-no']];
        if (who === 'parent') {
          questions.push(['report-in-time', 'reply-no'], ['met-chair', 'reply-yes'], ['interpreter-there', 'interpreter-reply-not-needed'], ['decisions', 'reply-yes']);
        }
        for (const [slug, reply] of questions) {
          await at(new RegExp(`${slug}$`), `${slug} (${who})`);
          await choose(reply);
          await cont();
        }
        await at(/idea$/, `idea (${who})`);
        await page.getByLabel(t('feedback-idea-title')).fill(t('start-intro'));
        await cont();
        await at(/feedback-check$/, `check your feedback (${who})`);
        await page.getByRole('button', { name: t('send'), exact: true }).click();
        if (who === 'child') {
          await at(/\/thanks\?after=feedback$/, 'thank you for the feedback');
        } else {
          await page.waitForURL(/\/thanks\?after=feedback$/);
          // The same code once more: feedback already given.
          await page.goto(`/i/${code}`);
          await at(/\/k\/welcome$/, 'welcome, feedback already given');
        }
        await page.getByRole('button', { name: t('finish'), exact: true }).click();
        await page.waitForURL((u) => u.pathname === '/');
      }
      noErrors(page);
      await page.context().close();
    } finally {
      server.stop();
    }
  });
}

/** The year of the figures that today's feedback counts in (April to March). */
function figuresYear() {
  const d = new Date(Date.now() - 86400e3);
  return d.getUTCMonth() >= 3 ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
}

const feedbackRuns = [
  ...['ur', 'ckb', 'fa', 'ti', 'pa', 'sk'].map((lang) => ({ lang, js: true })),
  { lang: 'ur', js: false }, { lang: 'ti', js: false },
];
for (const { lang, js } of feedbackRuns) {
  test(`a child gives feedback in ${lang} ${js ? 'with' : 'without'} JavaScript: faces and progress in the reading direction, counted once`, async () => {
    const server = await startServer();
    try {
      const { api, meeting, codes } = await meetingWith(server, { childLang: lang });
      startMeeting(server.dbUrl, meeting.id);
      const t = messages(lang);
      const rtl = RTL.includes(lang);
      const page = await newPage(b, { baseURL: server.base, javaScriptEnabled: js });
      const go = async (re) => { await arrive(page, re, `${re} in ${lang}`); if (js) await hydrated(page); };
      const cont = () => page.getByRole('button', { name: t('continue'), exact: true }).click();
      // Each screen: the language and its direction, and a native progress bar that runs in
      // it, saying the step in the language's words.
      const frame = async (n, total) => {
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        assert.equal(await page.getAttribute('html', 'dir'), rtl ? 'rtl' : 'ltr');
        const bar = page.locator('progress.app-progress__bar');
        assert.equal(await bar.count(), 1, 'one native <progress>');
        assert.deepEqual([await bar.getAttribute('value'), await bar.getAttribute('max')], [String(n), String(total)]);
        assert.equal(await bar.evaluate((el) => getComputedStyle(el).direction), rtl ? 'rtl' : 'ltr', 'the bar fills in the reading direction');
        // The server writes Western digits in every language (2, not ۲ in Persian), so the
        // numbers go in as text rather than through this Fluent's Intl.NumberFormat.
        assert.equal(strip(await page.locator('.app-progress__text').innerText()).trim(), format(lang, 'progress', { n: String(n), total: String(total) }));
      };

      await page.goto(`/i/${codes[0]}`);
      await go(/\/k\/welcome$/);
      assert.ok(strip(await page.locator('main').innerText()).includes(strip(t('welcome-feedback-heading'))));
      await page.getByRole('link', { name: t('start-feedback'), exact: true }).click();

      await go(/how-was-it$/);
      // Five faces in this language's words, the first ("really bad") at the start of the line.
      const words = await page.locator('.app-faces__word').allInnerTexts();
      assert.deepEqual(words.map((w) => strip(w).trim()), [1, 2, 3, 4, 5].map((n) => strip(t(`face-${n}`))));
      const first = await page.locator('.app-faces__label').first().boundingBox();
      const last = await page.locator('.app-faces__label').last().boundingBox();
      if (rtl) assert.ok(first.x > last.x, `RTL: the first face is to the right of the last (${first.x} vs ${last.x})`);
      else assert.ok(first.x < last.x, `LTR: the first face is to the left of the last (${first.x} vs ${last.x})`);
      const total = (await page.locator('progress.app-progress__bar').getAttribute('max')) | 0;
      // The welcome screen is step 1; the faces are step 2.
      let n = 2;
      await frame(n, total);
      // Chosen as a child would: by the word under the face.
      await page.getByText(t('face-2'), { exact: true }).click();
      assert.equal(await page.getByLabel(t('face-2'), { exact: true }).isChecked(), true);
      await cont();

      for (const [slug, reply] of [['listened', 'reply-yes'], ['understood', 'reply-no'], ['said-what-you-wanted', 'reply-a-bit']]) {
        await go(new RegExp(`${slug}$`));
        await frame(++n, total);
        await page.getByLabel(t(reply), { exact: true }).check();
        await cont();
      }
      await go(/idea$/);
      await frame(++n, total);
      const idea = `${t('welcome-hello')} – ${lang} ${js ? 'js' : 'html'}`;
      await page.getByLabel(t('feedback-idea-title')).fill(idea);
      await cont();

      await go(/feedback-check$/);
      const summary = strip(await page.locator('.app-summary-list').innerText());
      assert.ok(summary.includes(strip(t('face-2'))) && summary.includes(idea), summary);
      await page.getByRole('button', { name: t('send'), exact: true }).click();
      await go(/\/thanks\?after=feedback$/);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.ok(strip(await page.locator('main').innerText()).includes(strip(t('thanks-feedback-sent'))));
      if (js) noErrors(page);
      await page.context().close();

      // What arrived: one child's feedback, the face chosen, once.
      const rows = storedFeedback(server.dbUrl);
      assert.equal(rows.length, 1, 'once');
      assert.deepEqual([rows[0].role, rows[0].overall, rows[0].listened, rows[0].understood], ['child', 2, 'yes', 'no'], 'one "bad" face');
      // The chair's figures: one response is fewer than 5, not shown.
      const f = await api.call('GET', `/api/v1/figures/feedback?year=${figuresYear()}`);
      assert.equal(f.status, 200);
      assert.equal(f.body.total.children.responses, null);
      const ideas = await (await managerApi(server)).call('GET', `/api/v1/ideas?year=${figuresYear()}`);
      assert.deepEqual(ideas.body.ideas.map((i) => i.idea), [idea]);
    } finally {
      server.stop();
    }
  });
}
