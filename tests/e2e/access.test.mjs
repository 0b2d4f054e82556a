// Every family's way in (issue 11): a New Communities worker helping a Tigrinya-speaking
// child (English beneath every screen, the device's voice reading each question, "who
// helped" starting as an interpreter), the chair's English translation beside the child's
// words; Listen playing a file made by espeak-ng; printed invites in Tigrinya and Urdu.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, meetingWith, messages, browser, newPage, checkA11y, hydrated, noErrors } from './helpers.mjs';

let b;
before(async () => { b = await browser(); });
after(async () => { await b?.close(); });

const strip = (s) => s.replace(/[\u2068\u2069]/g, '');

/** A stand-in for the device's speech synthesis, installed before any script runs: one voice
 *  on the device for `lang`, and every utterance it is asked to say, in order. (Headless
 *  Chromium has no voices of its own.) */
function deviceVoice(lang) {
  window.__spoken = [];
  const voice = { lang, localService: true, name: `Test ${lang}`, voiceURI: 'test', default: true };
  const synth = {
    getVoices: () => [voice],
    speak(u) { window.__spoken.push({ text: u.text, lang: u.lang }); setTimeout(() => u.onend && u.onend(new Event('end')), 10); },
    cancel() {},
    addEventListener() {},
  };
  class Utterance { constructor(text) { this.text = text; this.lang = ''; this.voice = null; this.onend = null; this.onerror = null; } }
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = Utterance;
}

/** The browser signed in as the API client's chair (the same session cookie). */
async function chairPage(server, api) {
  const page = await newPage(b, { baseURL: server.base, viewport: { width: 1100, height: 900 } });
  const [name, value] = api.cookie.split('=');
  await page.context().addCookies([{ name, value, url: server.base }]);
  return page;
}

test('a New Communities worker helps a Tigrinya-speaking child, who listens to each question; the chair reads it with a translation', async () => {
  const server = await startServer();
  try {
    const { api, meeting, codes } = await meetingWith(server, { childLang: 'ti', childName: 'Selam' });
    const ti = messages('ti');
    const en = messages('en-GB');
    const page = await newPage(b, { baseURL: server.base });
    await page.context().addInitScript(deviceVoice, 'ti-ER');

    // The language screen: each language in its own script, large, "I am helping someone".
    await page.goto('/');
    await page.getByLabel(en('helping-label')).check();
    await page.locator('button[lang="ti"]').click();
    await page.waitForURL(/\/code$/);
    // Every part in Tigrinya with the English beneath, each marked with its own language.
    const heading = page.locator('h1');
    assert.equal(await heading.locator('[lang="ti"]').innerText(), ti('code-heading'));
    assert.equal(await heading.locator('.app-en[lang="en-GB"][dir="ltr"]').innerText(), en('code-heading'));
    await checkA11y(page, 'code, helping');
    await page.locator('#code').fill(codes[0]);
    await page.locator('button[type="submit"]', { hasText: ti('continue') }).click();
    await page.waitForURL(/\/k\/welcome$/);
    await hydrated(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'ti');

    // The child listens on the first question: Tigrinya has no espeak-ng voice, so the
    // device's own Tigrinya voice reads the question and each choice, and nothing is fetched.
    await page.goto('/k/taking-part');
    await hydrated(page);
    await checkA11y(page, 'taking part, helping');
    const audio = [];
    page.on('request', (r) => { if (r.url().includes('/pkg/audio/')) audio.push(r.url()); });
    await page.getByRole('button', { name: ti('listen') }).click();
    await page.waitForFunction((n) => window.__spoken.length >= n, 7);
    const spoken = await page.evaluate(() => window.__spoken);
    assert.deepEqual(spoken.slice(0, 3).map((s) => s.text), [ti('taking-part-title'), ti('choose-all'), ti('taking-part-attend')]);
    assert.ok(spoken.every((s) => s.lang === 'ti-ER'), JSON.stringify(spoken));
    assert.deepEqual(audio, [], 'no file for a language espeak-ng does not speak');
    // Pictures beside the words, never instead of them.
    assert.equal(await page.locator('.app-checkboxes__label .app-pic').count(), 5);
    await page.getByLabel(ti('taking-part-write')).check();
    await page.getByRole('button', { name: ti('continue') }).click();
    await page.waitForURL(/\/k\/what-happens$/);

    // The child types their worry in Tigrinya; the answers stay in their words.
    await page.goto('/k/worries');
    await hydrated(page);
    await page.locator('#answer').fill('ትምህርቲ ቤት');
    await page.getByRole('button', { name: ti('continue') }).click();
    await page.waitForURL(/\/k\/wishes$/);

    // "Who helped" starts as an interpreter.
    await page.goto('/k/who-helped');
    await hydrated(page);
    assert.equal(await page.locator('input[value="interpreter"]').isChecked(), true);
    await page.getByRole('button', { name: ti('continue') }).click();
    await page.waitForURL(/\/k\/check$/);
    await hydrated(page);
    await checkA11y(page, 'check, helping');
    await page.getByRole('button', { name: ti('send') }).click();
    await page.waitForURL(/\/thanks$/);
    noErrors(page);
    await page.context().close();

    // Stored once, in Tigrinya, with the language it was written in.
    const got = (await api.call('GET', `/api/v1/meetings/${meeting.id}`)).body;
    const views = got.participants[0].views;
    assert.equal(views.language, 'ti');
    assert.equal(views.answers.worries.text, 'ትምህርቲ ቤት');
    assert.equal(views.answers.helped_by, 'interpreter');

    // The chair sees the words labelled as Tigrinya and adds the English beside them.
    const chair = await chairPage(server, api);
    await chair.goto(`/staff/meetings/${meeting.id}`);
    const worries = chair.locator('.staff-house--worries');
    assert.equal(await worries.locator('.staff-answer[lang="ti"]').innerText(), 'ትምህርቲ ቤት');
    assert.match(strip(await chair.locator('.staff-written-in').innerText()), /ትግርኛ/);
    await worries.locator('summary').click();
    await worries.getByLabel(en('translation-heading')).fill('School');
    await worries.getByRole('button', { name: en('translation-save') }).click();
    await chair.waitForURL(/translated=1/);
    assert.equal(await chair.locator('.staff-house--worries .staff-answer[lang="en-GB"]').innerText(), 'School');
    assert.match(strip(await chair.locator('.staff-house--worries .staff-translation .app-hint').innerText()), /Chair/);
    await checkA11y(chair, 'meeting page with a translation');
    // "Print for the meeting" shows both.
    await chair.goto(`/staff/meetings/${meeting.id}/print`);
    assert.equal(await chair.locator('.staff-house--worries .staff-answer[lang="ti"]').innerText(), 'ትምህርቲ ቤት');
    assert.equal(await chair.locator('.staff-house--worries .staff-answer[lang="en-GB"]').innerText(), 'School');
    await chair.context().close();
  } finally {
    server.stop();
  }
});

test('Listen plays the file espeak-ng made, fetched only when pressed; without a voice it says so', async () => {
  const server = await startServer();
  try {
    const { api, codes } = await meetingWith(server, { childLang: 'ur', childName: 'Ayesha' });
    const ur = messages('ur');
    const page = await newPage(b, { baseURL: server.base });
    await page.context().addInitScript(() => {
      window.__played = [];
      const play = HTMLMediaElement.prototype.play;
      HTMLMediaElement.prototype.play = function () { window.__played.push(this.src); window.__audio = this; return play.call(this); };
    });
    const audio = [];
    page.on('response', (r) => { if (r.url().includes('/pkg/audio/')) audio.push({ url: r.url(), status: r.status(), type: r.headers()['content-type'] }); });
    await page.goto(`/i/${codes[0]}`);
    await page.waitForURL(/\/k\/welcome$/);
    await page.goto('/k/worries');
    await hydrated(page);
    assert.deepEqual(audio, [], 'nothing to hear is fetched with the page');
    const listen = page.getByRole('button', { name: ur('listen') });
    await listen.click();
    await page.waitForFunction(() => window.__played.length > 0);
    assert.match(await page.evaluate(() => window.__played[0]), /\/pkg\/audio\/ur\.[0-9a-f]{16}\.mp3$/);
    await page.waitForFunction(() => document.querySelector('.app-listen__button').hasAttribute('data-playing'));
    // Pressed again, it stops.
    await page.getByRole('button', { name: ur('listen-stop') }).click();
    await page.waitForFunction(() => !document.querySelector('.app-listen__button').hasAttribute('data-playing'));
    // And stays stopped: nothing more is played, and the sound is paused.
    const played = await page.evaluate(() => window.__played.length);
    await page.waitForTimeout(1500);
    assert.equal(await page.evaluate(() => window.__played.length), played, 'nothing plays after Stop');
    assert.equal(await page.evaluate(() => window.__audio.paused), true, 'the sound is paused');
    assert.ok(audio.length >= 1 && audio.every((a) => [200, 206].includes(a.status) && a.type === 'audio/mpeg'), JSON.stringify(audio));
    noErrors(page);
    await page.context().close();

    // Sorani: no espeak-ng voice and (here) no voice on the device: Listen says so, in Sorani.
    const ckb = messages('ckb');
    const r = await api.call('POST', '/api/v1/meetings', {
      kind: 'icpc', starts_at: new Date(Date.now() + 7 * 86400e3).toISOString(),
      participants: [{ role: 'child', first_name: 'Dilan', language: 'ckb' }],
    });
    assert.equal(r.status, 201);
    const p2 = await newPage(b, { baseURL: server.base });
    await p2.context().addInitScript(() => {
      Object.defineProperty(window, 'speechSynthesis', { value: { getVoices: () => [], speak() {}, cancel() {}, addEventListener() {} }, configurable: true });
    });
    await p2.goto(`/i/${r.body.participants[0].invite_code}`);
    await p2.waitForURL(/\/k\/welcome$/);
    await hydrated(p2);
    await p2.getByRole('button', { name: ckb('listen') }).click();
    await p2.locator('.app-listen__status', { hasText: ckb('listen-no-voice') }).waitFor();
    noErrors(p2);
    await p2.context().close();
  } finally {
    server.stop();
  }
});

test('printed invites in Tigrinya and Urdu: one page each, with the code and the QR code', async () => {
  const server = await startServer();
  try {
    const { api, meeting } = await meetingWith(server, { childLang: 'ti', parentLang: 'ur', childName: 'Selam' });
    const chair = await chairPage(server, api);
    await chair.goto(`/staff/meetings/${meeting.id}`);
    const [sheets] = await Promise.all([
      chair.context().waitForEvent('page'),
      chair.getByRole('button', { name: messages('en-GB')('staff-print-invites') }).click(),
    ]);
    await sheets.waitForLoadState();
    const invites = sheets.locator('.invite-sheet');
    assert.equal(await invites.count(), 2);
    assert.deepEqual([await invites.nth(0).getAttribute('lang'), await invites.nth(1).getAttribute('lang')], ['ti', 'ur']);
    assert.equal(await invites.nth(1).getAttribute('dir'), 'rtl');
    for (let i = 0; i < 2; i++) {
      const code = (await invites.nth(i).locator('.invite-sheet__code').innerText()).replace(/[^A-Z0-9]/g, '');
      assert.equal(code.length, 10, 'the code, readable');
      assert.equal(await invites.nth(i).locator('svg').count(), 1, 'the QR code');
    }
    // Each sheet speaks its family's language (Ethiopic, then Arabic script).
    assert.match(await invites.nth(0).innerText(), /[\u1200-\u137F]/);
    assert.match(await invites.nth(1).innerText(), /[\u0600-\u06FF]/);
    await sheets.emulateMedia({ media: 'print' });
    const pdf = await sheets.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.equal(pages, 2, 'each invite prints on exactly one page');
    await chair.context().close();
  } finally {
    server.stop();
  }
});
