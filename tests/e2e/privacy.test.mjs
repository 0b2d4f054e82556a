// Privacy, clicked as a manager would: the meeting page says until when the family's words are
// kept; "This person's rights" downloads everything held about a person and erases their words
// (only with the box ticked); the audit log filters by what was done. axe-core checks each page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, cli, messages, browser, newPage, checkA11y, hydrated, noErrors, signIn } from './helpers.mjs';

let b;
before(async () => { b = await browser(); });
after(async () => { await b?.close(); });

const strip = (s) => s.replace(/[\u2068\u2069]/g, '');
const t = messages('en-GB');

test('a manager downloads and erases one person\'s words; the retention date and the audit filter pass axe', async () => {
  const server = await startServer();
  try {
    const demo = cli(server.dbUrl, ['demo']);
    const meeting = demo.match(/\/api\/v1\/meetings\/(\S+)/)[1];
    const page = await newPage(b, { baseURL: server.base, viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    await signIn(page, 'manager@tiptoes.example', 'demo-manager-password');

    await page.goto(`/staff/meetings/${meeting}`);
    await hydrated(page);
    const summary = strip(await page.locator('.app-summary-list').innerText());
    assert.ok(summary.includes(t('staff-words')) && summary.includes('Kept until'), summary);
    const kasia = page.locator('.staff-person', { hasText: 'Kasia' });
    await kasia.getByText(t('staff-person-rights')).click();
    await checkA11y(page, 'meeting page with a person\'s rights open');

    // Everything held about her, as one JSON file.
    const [download] = await Promise.all([page.waitForEvent('download'), kasia.getByRole('link', { name: t('staff-person-export') }).click()]);
    const held = JSON.parse(await (await download.createReadStream()).toArray().then((parts) => Buffer.concat(parts).toString('utf8')));
    assert.equal(held.participant.first_name, 'Kasia');
    assert.equal(held.meeting.id, meeting);

    // Erasing needs the box ticked: without it, an error and nothing erased.
    await kasia.getByRole('button', { name: t('staff-person-erase') }).click();
    await page.waitForURL(/error=confirm_needed/);
    await hydrated(page);
    assert.ok((await page.locator('.app-error-summary').innerText()).includes(t('staff-error-confirm-needed')));
    await checkA11y(page, 'erase without the box');
    assert.ok((await page.locator('main').innerText()).includes('Kasia'), 'nothing erased');
    const again = page.locator('.staff-person', { hasText: 'Kasia' });
    await again.getByText(t('staff-person-rights')).click();
    await again.getByLabel(t('staff-person-erase-confirm')).check();
    await again.getByRole('button', { name: t('staff-person-erase') }).click();
    await page.waitForURL(/\?erased=1$/);
    await hydrated(page);
    const main = strip(await page.locator('main').innerText());
    assert.ok(main.includes(t('staff-person-erased')), main);
    assert.ok(!main.includes('Kasia'), 'her first name is gone');
    assert.ok(main.includes('Olivia') && main.includes('Amira'), 'only her');
    await checkA11y(page, 'meeting page after an erasure');

    // The audit log, filtered by what was done.
    await page.goto('/staff/audit');
    await hydrated(page);
    await page.getByLabel(t('staff-audit-action')).selectOption('erase_person');
    await page.getByRole('button', { name: t('staff-filter-apply') }).click();
    await page.waitForURL(/action=erase_person/);
    await hydrated(page);
    const rows = page.locator('table tbody tr');
    assert.equal(await rows.count(), 1);
    assert.ok((await rows.first().innerText()).includes(t('staff-audit-erase-person')));
    await checkA11y(page, 'audit log filtered by action');
    noErrors(page);
  } finally {
    server.stop();
  }
});

test('the figures and the feedback page say how small numbers are kept from picking out a family', async () => {
  const server = await startServer();
  try {
    cli(server.dbUrl, ['demo']);
    const page = await newPage(b, { baseURL: server.base, viewport: { width: 1280, height: 900 } });
    await signIn(page, 'chair@tiptoes.example', 'demo-chair-password');
    for (const path of ['/staff/figures', '/staff/feedback']) {
      await page.goto(path);
      await hydrated(page);
      const text = await page.locator('main').innerText();
      assert.ok(strip(text).includes(strip(t('staff-figures-small-rule'))), `${path}: the rule is stated`);
      assert.ok(text.includes(t('staff-figures-hidden')), `${path}: something is not shown`);
      await checkA11y(page, path);
    }
    // A chair's ideas: by quarter, never the day.
    const hint = await page.locator('main').innerText();
    assert.ok(hint.includes(t('staff-feedback-ideas-chair')), 'the chair is told why');
    noErrors(page);
  } finally {
    server.stop();
  }
});
