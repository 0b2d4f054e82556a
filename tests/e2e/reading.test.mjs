// Who may see how safe a child feels: the child chooses on the safety screen, with the same
// three choices as their words (left alone, it is "only the chair"), with and without
// JavaScript; "print for the meeting" shows the scale only when the child said everyone, and
// never who helped. axe checks the safety screen and the chair's pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, meetingWith, messages, browser, newPage, checkA11y, hydrated, noErrors, signIn } from './helpers.mjs';

let b;
before(async () => { b = await browser(); });
after(async () => { await b?.close(); });

const strip = (s) => s.replace(/[\u2068\u2069]/g, '');
const t = messages('en-GB');

/** The child answers the safety screen (and who helped), then sends from "check your answers". */
async function childAnswersSafety(page, code, { js, everyone }) {
  await page.goto(`/i/${code}`);
  await page.waitForURL(/\/k\/welcome$/);
  if (js) await hydrated(page);
  await page.goto('/k/safety');
  if (js) {
    await hydrated(page);
    await checkA11y(page, 'safety with who may see it');
  }
  // Nobody chose yet: "only the chair" is ticked.
  assert.equal(await page.getByLabel(t('visibility-chair-only')).isChecked(), true, 'the default is only the chair');
  assert.match(strip(await page.locator('main').innerText()), new RegExp(t('safety-visibility-legend').replace('?', '\\?')));
  await page.locator('label[for="safety-3"]').click();
  if (everyone) await page.getByLabel(t('visibility-everyone')).check();
  await page.getByRole('button', { name: t('continue'), exact: true }).click();
  await page.waitForURL(/who-with-me$/);
  await page.goto('/k/who-helped');
  if (js) await hydrated(page);
  await page.getByLabel(t('helped-by-advocate')).check();
  await page.getByRole('button', { name: t('continue'), exact: true }).click();
  await page.waitForURL(/\/k\/check$/);
  if (js) await hydrated(page);
  // "Check your answers" says who may see the number.
  const row = page.locator('.app-summary-list__row', { hasText: t('safety-title') });
  assert.match(strip(await row.innerText()), /3 \/ 10/);
  assert.ok(strip(await row.innerText()).includes(everyone ? t('visibility-everyone') : t('visibility-chair-only')));
  await page.getByRole('button', { name: t('send'), exact: true }).click();
  await page.waitForURL(/\/thanks$/);
  if (js) noErrors(page);
}

for (const { js, everyone } of [{ js: true, everyone: true }, { js: false, everyone: false }]) {
  test(`a child ${everyone ? 'lets everyone see' : 'keeps back'} their safety number ${js ? 'with' : 'without'} JavaScript; print for the meeting follows`, async () => {
    const server = await startServer();
    try {
      const { api, meeting, codes } = await meetingWith(server);
      const child = await newPage(b, { baseURL: server.base, javaScriptEnabled: js });
      await childAnswersSafety(child, codes[0], { js, everyone });
      await child.context().close();
      const r = await api.call('GET', `/api/v1/meetings/${meeting.id}`);
      const a = r.body.participants[0].views.answers;
      assert.equal(a.safety_scale, 3);
      assert.equal(a.safety_visibility, everyone ? 'everyone' : 'chair_only');

      const chair = await newPage(b, { baseURL: server.base, viewport: { width: 1280, height: 900 } });
      await signIn(chair, 'chair@example.org', 'a long enough password');
      // The views page: the scale, who may hear it in plain words, and who helped.
      await chair.goto(`/staff/meetings/${meeting.id}`);
      await hydrated(chair);
      const safety = chair.locator('.app-summary-list__row', { hasText: t('staff-safety') });
      assert.match(strip(await safety.innerText()), /3 out of 10/);
      assert.equal(await safety.locator('.staff-visibility').innerText(), everyone ? t('staff-visibility-everyone') : t('staff-visibility-chair-only'));
      assert.ok(strip(await chair.locator('main').innerText()).includes(t('helped-by-advocate')));
      await checkA11y(chair, 'views with the safety choice');
      // Print for the meeting.
      await chair.goto(`/staff/meetings/${meeting.id}/print`);
      await hydrated(chair);
      const printed = strip(await chair.locator('main').innerText());
      assert.equal(printed.includes('3 out of 10'), everyone, 'the scale only if the child said everyone');
      assert.ok(!printed.includes(t('helped-by-advocate')) && !printed.includes(t('staff-helped-by')), 'never who helped');
      assert.ok(!(await chair.content()).includes('advocate'), 'nor in the data the page hydrates from');
      await checkA11y(chair, 'print for the meeting');
      noErrors(chair);
      await chair.context().close();
    } finally {
      server.stop();
    }
  });
}

test('a chair with more than one page of meetings moves between pages by plain links; axe passes', async () => {
  const server = await startServer();
  try {
    const { api } = await meetingWith(server);
    for (let i = 0; i < 50; i++) {
      const starts = new Date(Date.now() + (8 + i) * 86400e3).toISOString();
      const r = await api.call('POST', '/api/v1/meetings', { kind: 'rcpc', starts_at: starts, case_ref: `PAGED-${i}`, participants: [] });
      assert.equal(r.status, 201);
    }
    for (const js of [true, false]) {
      const chair = await newPage(b, { baseURL: server.base, viewport: { width: 1280, height: 900 }, javaScriptEnabled: js });
      await signIn(chair, 'chair@example.org', 'a long enough password');
      const pages = chair.getByRole('navigation', { name: t('staff-pages-label') });
      assert.equal(await chair.locator('.staff-meeting').count(), 50);
      assert.equal(await pages.locator('[aria-current="page"]').innerText(), '1');
      if (js) {
        await hydrated(chair);
        await checkA11y(chair, 'meetings, page 1 of 2');
      }
      await pages.getByRole('link', { name: t('staff-page-next') }).click();
      await chair.waitForURL(/\/staff\?page=2$/);
      // With JavaScript the router swaps the list in place: wait until page 2 is the one shown.
      await chair.waitForFunction(() => document.querySelector('nav [aria-current="page"]')?.textContent.trim() === '2'
        && document.querySelectorAll('.staff-meeting').length > 0);
      assert.equal(await chair.locator('.staff-meeting').count(), 1, 'the 51st meeting');
      assert.equal(await pages.locator('[aria-current="page"]').innerText(), '2');
      assert.match(strip(await pages.innerText()), /Page 2 of 2 \(51 meetings\)/);
      if (js) {
        await hydrated(chair);
        await checkA11y(chair, 'meetings, page 2 of 2');
        noErrors(chair);
      }
      await chair.context().close();
    }
  } finally {
    server.stop();
  }
});
