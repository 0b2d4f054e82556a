// The chair's workspace, clicked as a chair and a child would: sign in, set up a meeting,
// print the invites (Chromium's own PDF), a child sends views with the printed code on a
// phone, the chair reads them and records who took part, the child sees the read receipt.
// axe-core checks every staff page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, cli, messages, browser, newPage, checkA11y, hydrated, noErrors, signIn, startMeeting } from './helpers.mjs';

let b;
before(async () => { b = await browser(); });
after(async () => { await b?.close(); });

const strip = (s) => s.replace(/[\u2068\u2069]/g, '');
const t = messages('en-GB');

/** A child on a phone sends views through the screens, typing `words` as good things. */
async function childSendsViews(page, code, words) {
  await page.goto(`/i/${code}`);
  await page.waitForURL(/\/k\/welcome$/);
  await hydrated(page);
  for (let i = 0; i < 20 && !/\/k\/check$/.test(page.url()); i++) {
    const here = page.url();
    if (/good-things$/.test(here)) await page.getByLabel(t('good-things-title')).fill(words);
    // "Continue" is a button on question screens and a link on the others; wait for either.
    await page.locator('main').getByText(t('continue'), { exact: true }).click();
    await page.waitForURL((u) => u.toString() !== here);
  }
  await page.getByRole('button', { name: t('send') }).click();
  await page.waitForURL(/\/thanks$/);
}

test('a chair sets up a meeting, prints invites, reads a child\'s views and records who took part', async () => {
  const server = await startServer();
  try {
    cli(server.dbUrl, ['user', 'add', '--email', 'chair@example.org', '--name', 'Sam Chair', '--role', 'chair'], 'a long enough password\n');
    const chair = await newPage(b, { baseURL: server.base, viewport: { width: 1280, height: 900 } });

    // Signed out, the workspace sends the chair to sign in.
    await chair.goto('/staff');
    await chair.waitForURL(/\/staff\/sign-in$/);
    await hydrated(chair);
    await checkA11y(chair, 'sign in');
    await chair.getByLabel(t('staff-email')).fill('chair@example.org');
    await chair.getByLabel(t('staff-password')).fill('a long enough password');
    await chair.getByRole('button', { name: t('staff-sign-in') }).click();
    await chair.waitForURL(/\/staff$/);
    await hydrated(chair);
    await checkA11y(chair, 'meetings (empty)');

    // A new meeting with a child and a parent.
    await chair.getByRole('link', { name: t('staff-nav-new-meeting') }).first().click();
    await chair.waitForURL(/\/staff\/meetings\/new$/);
    await hydrated(chair);
    await checkA11y(chair, 'new meeting');
    const day = new Date(Date.now() + 7 * 86400e3).toISOString().slice(0, 10);
    await chair.getByLabel(t('staff-meeting-kind')).selectOption('icpc');
    await chair.getByLabel(t('staff-date')).fill(day);
    await chair.getByLabel(t('staff-time')).fill('10:30');
    await chair.locator('#people-0-first_name').fill('Olivia');
    await chair.locator('#people-0-age_band').selectOption('10-12');
    await chair.locator('#people-1-first_name').fill('Kasia');
    await chair.locator('#people-1-language').selectOption('pl');
    await chair.getByRole('button', { name: t('staff-create-meeting') }).click();
    await chair.waitForURL(/\/staff\/meetings\/[0-9a-f-]+\?created=1$/);
    const id = chair.url().match(/meetings\/([0-9a-f-]+)/)[1];
    await hydrated(chair);
    await checkA11y(chair, 'meeting page (no views)');
    await chair.getByRole('link', { name: t('staff-edit-meeting') }).click();
    await chair.waitForURL(/\/edit$/);
    await hydrated(chair);
    assert.equal(await chair.locator('#people-0-first_name').inputValue(), 'Olivia');
    await checkA11y(chair, 'edit meeting');
    await chair.goBack();
    await chair.waitForURL(/\?created=1$/);

    // Print all invites: a new tab of A5 sheets, one page each in Chromium's PDF.
    const [sheets] = await Promise.all([
      chair.context().waitForEvent('page'),
      chair.getByRole('button', { name: t('staff-print-invites') }).click(),
    ]);
    await sheets.waitForLoadState();
    assert.equal(await sheets.locator('.invite-sheet').count(), 2);
    assert.equal(await sheets.locator('.invite-sheet svg').count(), 2, 'a QR code on each invite');
    const childCode = (await sheets.locator('.invite-sheet__code').first().innerText()).replace(/[^A-Z0-9]/g, '');
    assert.equal(childCode.length, 10);
    assert.equal(await sheets.locator('.invite-sheet').nth(1).getAttribute('lang'), 'pl');
    await sheets.emulateMedia({ media: 'print' });
    const pdf = await sheets.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.equal(pages, 2, 'each invite prints on exactly one page');
    await sheets.close();

    // The child, on a phone, uses the printed code.
    const child = await newPage(b, { baseURL: server.base });
    await childSendsViews(child, childCode, 'I like football <script>window.__pwned = 1</script>');
    await child.context().close();

    // The chair reads the views: the child's markup is text, and nothing ran.
    await chair.reload();
    await hydrated(chair);
    const views = chair.locator('.staff-house--good-things .staff-answer');
    assert.equal(await views.innerText(), 'I like football <script>window.__pwned = 1</script>');
    assert.equal(await chair.evaluate(() => window.__pwned), undefined);
    // An ICPC's default: the child's words are for everyone at the meeting.
    assert.equal(await chair.locator('.staff-house--good-things .staff-visibility').innerText(), t('staff-visibility-everyone'));
    await checkA11y(chair, 'meeting page with views');
    await chair.getByRole('link', { name: t('staff-print-for-meeting') }).click();
    await chair.waitForURL(/\/print$/);
    await hydrated(chair);
    await checkA11y(chair, 'print for the meeting');

    // After the meeting: who took part.
    startMeeting(server.dbUrl, id);
    await chair.goto(`/staff/meetings/${id}/outcome`);
    await hydrated(chair);
    await checkA11y(chair, 'outcome');
    await chair.locator('#people-0-attended').check();
    await chair.locator('#people-1-interpreter_needed').check();
    await chair.locator('#people-1-interpreter_present').check();
    await chair.getByRole('button', { name: t('staff-save-outcome') }).click();
    await chair.waitForURL(/\?saved=1$/);
    await hydrated(chair);
    assert.ok(strip(await chair.locator('main').innerText()).includes(t('staff-outcome-saved')));
    noErrors(chair);

    // The child enters the code again: the read receipt.
    const again = await newPage(b, { baseURL: server.base });
    await again.goto('/code');
    await again.getByLabel(t('code-heading')).fill(childCode);
    await again.getByRole('button', { name: t('continue'), exact: true }).click();
    await again.waitForURL(/\/k\/welcome$/);
    assert.match(strip(await again.locator('main').innerText()), /Your chair read your views on/);
    await again.context().close();

    // Signing out ends the session: the workspace is closed again.
    await chair.getByRole('button', { name: t('staff-sign-out') }).click();
    await chair.waitForURL(/\/staff\/sign-in\?signed_out=1$/);
    await chair.goto('/staff');
    await chair.waitForURL(/\/staff\/sign-in$/);
    await chair.context().close();
  } finally {
    server.stop();
  }
});

test('a manager adds a chair, who must set their own password; users, audit and password pages pass axe', async () => {
  const server = await startServer();
  try {
    cli(server.dbUrl, ['user', 'add', '--email', 'boss@example.org', '--name', 'Morgan Manager', '--role', 'manager'], 'a long enough password\n');
    const boss = await newPage(b, { baseURL: server.base, viewport: { width: 1280, height: 900 } });
    await signIn(boss, 'boss@example.org', 'a long enough password');
    await boss.getByRole('link', { name: t('staff-nav-users') }).click();
    await boss.waitForURL(/\/staff\/users$/);
    await hydrated(boss);
    await checkA11y(boss, 'users');
    await boss.locator('#name').fill('Pat Chair');
    await boss.locator('#email').fill('pat@example.org');
    const oneTime = await boss.locator('#password').inputValue();
    await boss.getByRole('button', { name: t('staff-users-add') }).click();
    await boss.waitForURL(/\?added=1$/);
    await hydrated(boss);
    assert.ok((await boss.locator('table').innerText()).includes('pat@example.org'));
    await boss.getByRole('link', { name: t('staff-nav-audit') }).click();
    await boss.waitForURL(/\/staff\/audit$/);
    await hydrated(boss);
    await checkA11y(boss, 'audit log');
    noErrors(boss);

    const pat = await newPage(b, { baseURL: server.base });
    await signIn(pat, 'pat@example.org', oneTime, /\/staff\/password$/);
    await hydrated(pat);
    await checkA11y(pat, 'change password');
    await pat.getByLabel(t('staff-password-current')).fill(oneTime);
    await pat.getByLabel(t('staff-password-new'), { exact: true }).fill('pat has her own password');
    await pat.getByLabel(t('staff-password-confirm')).fill('pat has her own password');
    await pat.getByRole('button', { name: t('staff-password-save') }).click();
    await pat.waitForURL(/\/staff\?password_changed=1$/);
    await hydrated(pat);
    assert.ok(strip(await pat.locator('main').innerText()).includes(t('staff-password-changed')));
    await checkA11y(pat, 'meetings (phone-sized)');
    noErrors(pat);
  } finally {
    server.stop();
  }
});

test('after the demo loads, the manager sees quarter figures beside last year, the chart, breakdowns and feedback; axe passes', async () => {
  const server = await startServer();
  try {
    cli(server.dbUrl, ['demo']);
    const page = await newPage(b, { baseURL: server.base, viewport: { width: 1280, height: 900 } });
    await signIn(page, 'manager@tiptoes.example', 'demo-manager-password');
    await page.getByRole('link', { name: t('staff-nav-figures') }).click();
    await page.waitForURL(/\/staff\/figures$/);
    await hydrated(page);
    await checkA11y(page, 'figures');
    // Table 2's four measures, each with its count and last year beside it.
    const table = page.locator('table.staff-table--figures');
    for (const id of ['staff-figures-children-combined', 'staff-figures-children-attended', 'staff-figures-parents-attended', 'staff-figures-parents-views']) {
      assert.equal(await table.getByRole('rowheader', { name: t(id), exact: true }).count(), 1, id);
    }
    const q1 = strip(await table.locator('tbody tr').first().locator('td').first().innerText());
    assert.match(q1, /^\d+%\s+\d+ of \d+\s+Last year: \d+% \(\d+ of \d+\)$/, q1);
    // The chart is an image with a name, and its bars carry their numbers.
    const chart = page.getByRole('img', { name: /Participation by quarter/ });
    assert.equal(await chart.count(), 1);
    assert.ok((await chart.locator('rect').count()) >= 12);
    // Breakdowns: the small group is "not shown", never its number.
    assert.ok((await page.locator('body').innerText()).includes(t('staff-figures-hidden')));
    assert.equal(await page.locator('table', { has: page.getByText(t('staff-figures-by-chair')) }).locator('tbody tr').count(), 3, 'a manager sees every chair');
    // Another year from the picker, without JavaScript's help (a plain GET form).
    const last = await page.locator('#year option').nth(1).getAttribute('value');
    await page.selectOption('#year', last);
    await page.getByRole('button', { name: t('staff-filter-apply') }).click();
    await page.waitForURL(new RegExp(`year=${last}$`));
    assert.ok(strip(await page.locator('h1').innerText()).includes(`${last}/`));
    // The CSV behind the download link.
    const csv = await page.evaluate(async (href) => (await fetch(href)).text(), await page.getByRole('link', { name: t('staff-figures-csv') }).getAttribute('href'));
    assert.equal(csv.split('\r\n').filter(Boolean).length, 6);

    await page.getByRole('link', { name: t('staff-nav-feedback') }).click();
    await page.waitForURL(/\/staff\/feedback$/);
    await hydrated(page);
    await checkA11y(page, 'feedback');
    assert.ok((await page.locator('.staff-idea').count()) > 0, 'ideas are listed');
    assert.equal(await page.getByRole('rowheader', { name: t('face-5') }).count(), 2, 'faces for children and for parents');
    noErrors(page);
  } finally {
    server.stop();
  }
});

test('a manager themes an idea and publishes "you said, we did"; the public page passes axe and the poster prints on one A4 page', async () => {
  const server = await startServer();
  try {
    cli(server.dbUrl, ['demo']);
    const page = await newPage(b, { baseURL: server.base, viewport: { width: 1280, height: 900 } });
    await signIn(page, 'manager@tiptoes.example', 'demo-manager-password');
    // Theme the newest idea on the feedback page.
    await page.goto('/staff/feedback');
    await hydrated(page);
    await page.locator('#themes-0').fill('Waiting, Rooms');
    await page.locator('.staff-idea').first().getByRole('button', { name: t('staff-feedback-save-themes') }).click();
    await page.waitForURL(/\/staff\/feedback\?year=\d+#ideas$/);
    assert.equal(await page.locator('#themes-0').inputValue(), 'waiting, rooms');

    await page.getByRole('link', { name: t('staff-nav-notices') }).click();
    await page.waitForURL(/\/staff\/notices$/);
    await hydrated(page);
    await checkA11y(page, 'notices');
    await page.getByLabel(t('notice-you-said')).fill('There was nowhere quiet to wait.');
    await page.getByLabel(t('notice-we-did')).fill('Every meeting venue now has a quiet room for families.');
    // Ideas two and three, not one: ticked boxes arrive with gaps between them.
    await page.locator('#idea-1').check();
    await page.locator('#idea-2').check();
    await page.getByLabel(t('staff-notices-publish-now')).check();
    await page.getByRole('button', { name: t('staff-notices-save') }).click();
    await page.waitForURL(/\/staff\/notices\?added=1$/);
    const list = await page.locator('.staff-ideas').first().innerText();
    assert.ok(list.includes('There was nowhere quiet to wait.'), list);
    assert.ok(strip(list).includes('Answers 2 ideas'), 'both ticked ideas are linked');
    noErrors(page);

    // The public page, as a family would open it: no sign-in.
    const family = await newPage(b, { baseURL: server.base });
    await family.goto('/you-said-we-did');
    await hydrated(family);
    const text = await family.locator('main').innerText();
    assert.ok(text.includes('There was nowhere quiet to wait.') && text.includes('Chairs now make sure families get the report'), text);
    await checkA11y(family, 'you said, we did');
    await family.getByRole('link', { name: t('notice-poster-link') }).click();
    await family.waitForURL(/\/you-said-we-did\/poster$/);
    await family.emulateMedia({ media: 'print' });
    const pdf = await family.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.equal(pages, 1, 'the poster is one A4 page');
    noErrors(family);
  } finally {
    server.stop();
  }
});
