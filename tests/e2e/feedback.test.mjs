// Feedback after the meeting, clicked as a child and a parent would: the same code opens it
// once the meeting has started. In English and Arabic (where the faces run right to left),
// with and without JavaScript.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, meetingWith, messages, browser, newPage, checkA11y, hydrated, noErrors, startMeeting, storedFeedback, managerApi } from './helpers.mjs';

let b;
before(async () => { b = await browser(); });
after(async () => { await b?.close(); });

const strip = (s) => s.replace(/[\u2068\u2069]/g, '');

for (const [who, lang, js] of [['child', 'en-GB', true], ['child', 'ar', false], ['parent', 'en-GB', false], ['parent', 'ar', true]]) {
  test(`a ${who} gives feedback in ${lang} ${js ? 'with' : 'without'} JavaScript`, async () => {
    const server = await startServer();
    try {
      const { api, meeting, codes } = await meetingWith(server, { childLang: lang, parentLang: lang });
      startMeeting(server.dbUrl, meeting.id);
      const code = who === 'child' ? codes[0] : codes[1];
      const t = messages(lang);
      const check = js ? checkA11y : async () => {};
      const page = await newPage(b, { baseURL: server.base, javaScriptEnabled: js });
      const cont = () => page.getByRole('button', { name: t('continue'), exact: true }).click();

      await page.goto(`/i/${code}`);
      await page.waitForURL(/\/k\/welcome$/);
      if (js) await hydrated(page);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.ok(strip(await page.locator('main').innerText()).includes(strip(t('welcome-feedback-heading'))));
      await check(page, 'welcome after the meeting');
      await page.getByRole('link', { name: t('start-feedback') }).click();

      await page.waitForURL(/how-was-it$/);
      await check(page, 'faces');
      // Every face has its word; the row runs in the reading direction.
      for (let n = 1; n <= 5; n++) assert.equal(strip(await page.locator(`label[for="${n === 1 ? 'answer' : `face-${n}`}"]`).innerText()).trim(), strip(t(`face-${n}`)));
      const bad = await page.locator('label[for="answer"]').boundingBox();
      const good = await page.locator('label[for="face-5"]').boundingBox();
      if (lang === 'ar') assert.ok(bad.x > good.x, 'RTL: "really bad" is on the right'); else assert.ok(bad.x < good.x, 'LTR: "really bad" is on the left');
      assert.ok(bad.height >= 44 && bad.width >= 44, 'a big target');
      await page.locator('label[for="face-4"]').click();
      await cont();

      const answer = async (slug, label) => {
        await page.waitForURL(new RegExp(`${slug}$`));
        await page.getByLabel(t(label), { exact: true }).check();
        await cont();
      };
      await answer('listened', 'reply-yes');
      await answer('understood', 'reply-a-bit');
      await answer('said-what-you-wanted', 'reply-no');
      if (who === 'parent') {
        await answer('report-in-time', 'reply-no');
        await answer('met-chair', 'reply-yes');
        await answer('interpreter-there', 'interpreter-reply-not-needed');
        await answer('decisions', 'reply-yes');
      }
      await page.waitForURL(/idea$/);
      await check(page, 'idea');
      const idea = `Ask me before the meeting (${who}, ${lang})`;
      await page.getByLabel(t('feedback-idea-title')).fill(idea);
      await cont();

      await page.waitForURL(/feedback-check$/);
      await check(page, 'feedback check');
      const summary = strip(await page.locator('.app-summary-list').innerText());
      assert.ok(summary.includes(strip(t('face-4'))) && summary.includes(idea), summary);
      // Change an answer from the check screen, and come back to it.
      await page.getByRole('link', { name: new RegExp(strip(t('feedback-understood-title')).replace(/[?؟]/g, '.')) }).click();
      await page.waitForURL(/understood\?to_check=1$/);
      await page.getByLabel(t('reply-yes'), { exact: true }).check();
      await page.getByRole('button', { name: t('save-and-check') }).click();
      await page.waitForURL(/feedback-check$/);
      await page.getByRole('button', { name: t('send') }).click();
      await page.waitForURL(/\/thanks\?after=feedback$/);
      assert.ok(strip(await page.locator('main').innerText()).includes(strip(t('thanks-feedback-sent'))));
      await check(page, 'thanks after feedback');
      if (js) noErrors(page);

      // What arrived: counted once, the idea without the person.
      const year = (() => { const d = new Date(Date.now() - 86400e3); return d.getUTCMonth() >= 3 ? d.getUTCFullYear() : d.getUTCFullYear() - 1; })();
      const rows = storedFeedback(server.dbUrl);
      assert.equal(rows.length, 1, 'counted once');
      assert.equal(rows[0].role, who === 'child' ? 'child' : 'parent');
      assert.equal(rows[0].overall, 4);
      assert.equal(rows[0].understood, 'yes', 'the changed answer');
      if (who === 'parent') assert.equal(rows[0].interpreter, 'not_needed');
      // One response: the chair's figures show it as "not shown" (fewer than 5).
      const f = await api.call('GET', `/api/v1/figures/feedback?year=${year}`);
      assert.equal((who === 'child' ? f.body.total.children : f.body.total.parents).responses, null);
      const ideas = await (await managerApi(server)).call('GET', `/api/v1/ideas?year=${year}`);
      assert.deepEqual(ideas.body.ideas.map((i) => i.idea), [idea]);

      // The same code again: thanks, and no second feedback.
      await page.goto(`/i/${code}`);
      await page.waitForURL(/\/k\/welcome$/);
      assert.ok(strip(await page.locator('main').innerText()).includes(strip(t('welcome-feedback-sent'))));
      await page.goto('/k/how-was-it');
      await page.waitForURL(/\/thanks\?after=feedback$/);
    } finally {
      server.stop();
    }
  });
}
