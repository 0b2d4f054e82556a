// Translation checks that parse the Fluent files rather than grep them. en-GB is the source:
// every other language must have the same messages, attributes and variables, a plural
// variant for every plural category its language has, and format without errors. The
// en-GB words a child reads on each kiosk screen must read at Flesch-Kincaid grade 5 or
// below (a reading age of about 10).
//
// TIPTOES_LOCALES_DIR points the checks at another folder of locales (default: the repo's),
// so a broken copy in /tmp can show that they fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, lineOffset, Visitor } from '@fluent/syntax';
import { FluentBundle, FluentResource } from '@fluent/bundle';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const LOCALES = process.env.TIPTOES_LOCALES_DIR || join(root, 'locales');
const SOURCE = 'en-GB';

// ---------------------------------------------------------------------------------------
// Reading the files

/** Every language folder, en-GB first. */
function languages() {
  const all = readdirSync(LOCALES).filter((d) => statSync(join(LOCALES, d)).isDirectory()).sort();
  return [SOURCE, ...all.filter((l) => l !== SOURCE)];
}

/** The .ftl files of a language, by name. */
function ftlFiles(lang) {
  return readdirSync(join(LOCALES, lang)).filter((f) => f.endsWith('.ftl')).sort();
}

/** What the checks need of one message or term, read from its syntax tree. */
class Collector extends Visitor {
  constructor() {
    super();
    this.variables = new Set();
    this.selects = [];
  }
  visitVariableReference(node) {
    this.variables.add(node.id.name);
  }
  visitSelectExpression(node) {
    this.selects.push(node);
    this.genericVisit(node);
  }
}

/** A file parsed: its junk, and per id (terms keep their '-') the attributes, variables and selects. */
function readFtl(lang, file) {
  const path = join(LOCALES, lang, file);
  const source = readFileSync(path, 'utf8');
  const resource = parse(source, { withSpans: true });
  const junk = [];
  const entries = new Map();
  for (const entry of resource.body) {
    if (entry.type === 'Junk') {
      for (const a of entry.annotations) {
        junk.push(`${lang}/${file}:${lineOffset(source, a.span.start) + 1}: ${a.code} ${a.message}: ${entry.content.trim().split('\n')[0]}`);
      }
    } else if (entry.type === 'Message' || entry.type === 'Term') {
      const c = new Collector();
      c.visit(entry);
      const id = (entry.type === 'Term' ? '-' : '') + entry.id.name;
      // The id's line, not the span's: a comment just above a message belongs to its span.
      const line = lineOffset(source, entry.id.span.start) + 1;
      entries.set(id, { attributes: entry.attributes.map((a) => a.id.name).sort(), variables: c.variables, selects: c.selects, line });
    }
  }
  return { lang, file, source, junk, entries };
}

/** Every language's files, parsed once: lang → file name → parsed file. */
const parsed = new Map(languages().map((lang) => [lang, new Map(ftlFiles(lang).map((f) => [f, readFtl(lang, f)]))]));
const source = parsed.get(SOURCE);
assert.ok(source?.size, `no ${SOURCE} messages in ${LOCALES}`);

/** For each translation, each of en-GB's files that it also has: [en-GB file, its file]. */
function pairs() {
  const out = [];
  for (const [lang, files] of parsed) {
    if (lang === SOURCE) continue;
    for (const [name, en] of source) if (files.has(name)) out.push([en, files.get(name)]);
  }
  return out;
}

const sorted = (set) => [...set].sort();
const missingFrom = (a, b) => [...a].filter((x) => !b.has(x));

/** Fails with every problem listed, one a line, so one run shows them all. */
function noProblems(problems) {
  assert.deepEqual(problems, [], `${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
}

// ---------------------------------------------------------------------------------------
// Structure: the same files, messages, attributes and variables as en-GB

test('every .ftl file parses, with no junk', () => {
  noProblems([...parsed.values()].flatMap((files) => [...files.values()].flatMap((f) => f.junk)));
});

test('every language has the files en-GB has, and no others', () => {
  const problems = [];
  for (const [lang, files] of parsed) {
    for (const name of missingFrom(source.keys(), files)) problems.push(`${lang}: no ${name}`);
    for (const name of missingFrom(files.keys(), source)) problems.push(`${lang}: ${name} is not in en-GB`);
  }
  noProblems(problems);
});

test('every file has the message and term ids of its en-GB file, with the same attributes', () => {
  const problems = [];
  for (const [en, tr] of pairs()) {
    const where = `${tr.lang}/${tr.file}`;
    for (const id of missingFrom(en.entries.keys(), tr.entries)) problems.push(`${where}: ${id} is missing`);
    for (const id of missingFrom(tr.entries.keys(), en.entries)) problems.push(`${where}:${tr.entries.get(id).line}: ${id} is not in en-GB`);
    for (const [id, e] of tr.entries) {
      const want = en.entries.get(id)?.attributes;
      if (want && want.join() !== e.attributes.join()) {
        problems.push(`${where}:${e.line}: ${id} has attributes [${e.attributes}], en-GB has [${want}]`);
      }
    }
  }
  noProblems(problems);
});

// A variable is compared over the whole message (value, attributes and every variant) rather
// than variant by variant: a language may say a number in words in one variant (Arabic says
// "one second", not "1 seconds"), so that variant rightly leaves $seconds out. What a
// translation may not do is drop a variable altogether, or use one the app never passes.
test('every message uses the variables its en-GB message uses', () => {
  const problems = [];
  for (const [en, tr] of pairs()) {
    for (const [id, e] of tr.entries) {
      const want = en.entries.get(id)?.variables;
      if (!want) continue;
      const [lacks, extra] = [missingFrom(want, e.variables), missingFrom(e.variables, want)];
      if (lacks.length || extra.length) {
        problems.push(`${tr.lang}/${tr.file}:${e.line}: ${id} uses {${sorted(e.variables)}}, en-GB uses {${sorted(want)}}`);
      }
    }
  }
  noProblems(problems);
});

// ---------------------------------------------------------------------------------------
// Plurals: a choice by plural category names every category of its language

const CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** The CLDR plural categories of a language, from Node's ICU ('pl' → one, few, many, other). */
function pluralCategories(lang) {
  // Without data for a tag ICU quietly falls back to another language: refuse that.
  assert.equal(Intl.PluralRules.supportedLocalesOf(lang).length, 1, `Node's ICU has no plural rules for ${lang}`);
  return new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
}

/** Whether a choice's [one] variant writes the figure 1 itself rather than the number. */
function writesOne(select) {
  const one = select.variants.find((v) => v.key.type === 'Identifier' && v.key.name === 'one');
  return one?.value.elements.some((e) => e.type === 'TextElement' && /(^|\D)1(\D|$)/.test(e.value)) ?? false;
}

/** Whether a language picks "one" for 1 alone (Persian, Punjabi and Tigrinya pick it for 0 too). */
function oneMeansOnly1(lang) {
  const rules = new Intl.PluralRules(lang);
  const others = [...Array(1001).keys(), ...Array.from({ length: 30 }, (_, i) => i / 10)].filter((n) => n !== 1);
  return others.every((n) => rules.select(n) !== 'one');
}

// A selector whose keys name no category (numbers only, or words like [male]) is not a plural
// choice and is left alone; exact numbers such as [0] may sit beside the categories. A key
// naming a category the language never picks is dead text, most likely copied from another
// language, so it fails too; so does "[one] 1 meeting" where "one" also means 0 or 21.
test("every plural choice covers its language's CLDR categories", () => {
  const problems = [];
  for (const [lang, files] of parsed) {
    const categories = pluralCategories(lang);
    for (const f of files.values()) {
      for (const [id, e] of f.entries) {
        for (const select of e.selects) {
          const keys = select.variants.filter((v) => v.key.type === 'Identifier').map((v) => v.key.name);
          if (!keys.some((k) => CATEGORIES.has(k))) continue;
          const line = lineOffset(f.source, select.span.start) + 1;
          const missing = categories.filter((c) => !keys.includes(c));
          const never = keys.filter((k) => CATEGORIES.has(k) && !categories.includes(k));
          if (missing.length) problems.push(`${lang}/${f.file}:${line}: ${id} lacks [${missing.join('], [')}] (${lang} has ${categories.join(', ')})`);
          if (never.length) problems.push(`${lang}/${f.file}:${line}: ${id} has [${never.join('], [')}], which ${lang} never picks`);
          if (writesOne(select) && !oneMeansOnly1(lang)) problems.push(`${lang}/${f.file}:${line}: ${id} writes "1" in [one], which ${lang} also picks for other numbers`);
        }
      }
    }
  }
  noProblems(problems);
});

// ---------------------------------------------------------------------------------------
// Formatting: every message of every language formats without errors

const NUMERIC_NAMES = new Set(['count', 'n', 'seconds', 'minutes', 'total', 'questions', 'pct', 'page', 'pages', 'quarter']);
// Numbers that land in every category of the twelve languages: Arabic zero (0), one (1),
// two (2), few (3, 5), many (11, 22); Polish many (5, 11); Czech and Slovak many (1.5).
const SAMPLE_NUMBERS = [0, 1, 2, 3, 5, 11, 22, 1.5];

/** A language's files in one bundle, as the app loads them (with Unicode isolation marks). */
function bundleFor(lang) {
  const bundle = new FluentBundle(lang);
  const errors = [];
  for (const f of parsed.get(lang).values()) {
    // Errors here are ids defined twice across the language's files.
    for (const e of bundle.addResource(new FluentResource(f.source))) errors.push(`${lang}/${f.file}: ${e.message}`);
  }
  return { bundle, errors };
}

/** The variables a language's messages use: numbers for counts and selectors, text for the rest. */
function sampleArgs(lang, number) {
  const args = {};
  for (const f of parsed.get(lang).values()) {
    for (const e of f.entries.values()) {
      const selectors = new Set(e.selects.filter((s) => s.selector.type === 'VariableReference').map((s) => s.selector.id.name));
      for (const v of e.variables) args[v] = NUMERIC_NAMES.has(v) || selectors.has(v) ? number : `«${v}»`;
    }
  }
  return args;
}

test('every message and attribute of every language formats without errors', () => {
  const problems = [];
  const failed = new Map(); // one line per error, with the numbers it came with
  for (const lang of parsed.keys()) {
    const { bundle, errors } = bundleFor(lang);
    problems.push(...errors);
    for (const n of SAMPLE_NUMBERS) {
      const args = sampleArgs(lang, n);
      for (const f of parsed.get(lang).values()) {
        for (const id of f.entries.keys()) {
          if (id.startsWith('-')) continue; // terms are formatted through the messages that use them
          const message = bundle.getMessage(id);
          if (!message) {
            failed.set(`${lang}/${f.file}: ${id}: not in the bundle (Fluent's runtime parser skipped it)`, [n]);
            continue;
          }
          const patterns = [['', message.value], ...Object.entries(message.attributes).map(([a, p]) => [`.${a}`, p])];
          for (const [attr, pattern] of patterns) {
            if (!pattern) continue;
            const errs = [];
            bundle.formatPattern(pattern, args, errs);
            for (const e of errs) {
              const key = `${lang}/${f.file}: ${id}${attr}: ${e.message}`;
              failed.set(key, [...(failed.get(key) ?? []), n]);
            }
          }
        }
      }
    }
  }
  for (const [key, numbers] of failed) problems.push(`${key} (with ${numbers.join(', ')})`);
  noProblems(problems);
});

// ---------------------------------------------------------------------------------------
// Readability: the en-GB words on each child's kiosk screen, at grade 5 or below

// Words on the child's screens that the syllable counter below gets wrong, each counted as
// the syllables given here, with why. Keep this list short: a long word that reads badly is
// rewritten, not listed (none of the screens needed one listed as "the plainest word there is").
const EXCEPTIONS = new Map([
  ['idea', [3, 'i-de-a: the counter hears "ea" as one vowel, as in "read"']],
  ['every', [2, 'ev-ry: the middle e is not said']],
  ['something', [2, 'some-thing: the e of "some" is silent inside the word too']],
  ['ok', [2, 'O-K: two letters, said as two syllables']],
]);

/** Syllables in an English word: vowel groups, less a silent e, with the usual endings. */
function syllables(word) {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (EXCEPTIONS.has(w)) return EXCEPTIONS.get(w)[0];
  if (w.length <= 3) return 1;
  // "y" is a vowel except at the start of a word ("you", "yes").
  let n = (w.replace(/^y/, '').match(/[aeiouy]+/g) ?? []).length;
  // A final e after a consonant is silent ("make", "while"), except in consonant + le ("table").
  if (/[^aeiouy]e$/.test(w) && !/[^aeiouyl]le$/.test(w)) n--;
  // -es is silent after a consonant ("makes"), but not after s, x, z, ch, sh, c, g ("wishes",
  // "places") or in consonant + les ("tables").
  else if (/[^aeiouy]es$/.test(w) && !/(s|x|z|ch|sh|c|g)es$/.test(w) && !/[^aeiouyl]les$/.test(w)) n--;
  // -ed is silent after a consonant ("asked"), but not after t or d ("wanted", "needed").
  else if (/[^aeiouy]ed$/.test(w) && !/[td]ed$/.test(w)) n--;
  // -ely keeps its e silent ("completely", "safely").
  if (/[^aeiouy]ely$/.test(w)) n--;
  // -ing after a vowel is a syllable of its own ("going", "being", "saying").
  if (/[aeiouy]ing$/.test(w)) n++;
  return Math.max(1, n);
}

/**
 * The words of a text: runs of letters. Numbers (0800 1111) are not words, and neither is a
 * run of three or more capitals: the example code ABCDE-FGHJK is copied, not read.
 */
function words(text) {
  return (text.match(/[\p{L}'’]+/gu) ?? []).filter((w) => !/^\p{Lu}{3,}$/u.test(w));
}

// Each message on a screen is at least one sentence: a heading, a label or an option stands
// alone on the screen, whether or not it ends in a full stop. Within a message, sentences
// end in . ? ! or …
function sentences(texts) {
  return texts.flatMap((t) => t.split(/(?<=[.?!…])\s+/)).filter((s) => words(s).length > 0);
}

/** Flesch-Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
function fleschKincaid(texts) {
  const all = texts.flatMap(words);
  const syl = all.reduce((sum, w) => sum + syllables(w), 0);
  const grade = 0.39 * (all.length / sentences(texts).length) + 11.8 * (syl / all.length) - 15.59;
  return { grade, words: all.length, sentences: sentences(texts).length, syllables: syl };
}

// The child's screens, as app/src/kiosk/*.rs builds them, each with the messages it shows in
// order. An entry is an id, or [id, arguments]; every message also gets the child's name and
// the meeting's date and time. Only the child's screens are here: the parent's are written
// for adults. What every screen shares (layout.rs's exit control; frame.rs's back link,
// progress and Continue) is measured once, as "the frame", rather than on every screen, where
// its short labels would pull every grade down and hide a hard paragraph.
const MEETING_KINDS = ['cse-strategy', 'icpc', 'rcpc', 'cin-review', 'lac-review', 'other'];
const VISIBILITY = ['visibility-legend', 'visibility-everyone', 'visibility-chair-only', 'visibility-talk-first'];
const REPLIES = ['reply-yes', 'reply-a-bit', 'reply-no'];
const FEEDBACK_QUESTIONS = 5; // model.rs CHILD_FEEDBACK less its welcome and check screens

/** views.rs child_text(): a house (for three), the question, its hint, then who may read it. */
const textQuestion = (key, { house = false, extra = [] } = {}) =>
  [...(house ? [`${key}-house`] : []), `${key}-title`, `${key}-hint`, ...extra, ...VISIBILITY];
/** welcome.rs welcome(): hello, the meeting, when, then what this visit is for. */
const welcome = (kind, when, ...ids) => ['welcome-hello-name', `meeting-kind-${kind}`, when, ...ids];
/** check.rs and feedback.rs check(): the questions, "Not answered" and "Change", then Send. */
const check = (titles, ...ids) => ['check-title', ...titles, 'not-answered', 'change', ...ids, 'send'];
/** thanks.rs: what was sent, what happens next, who to talk to. */
const thanks = (sent, next) => ['thanks-title', sent, 'thanks-next-heading', next, 'thanks-talk-heading', 'thanks-childline', 'thanks-danger', 'thanks-trusted-adult', 'finish'];

const CHILD_SCREENS = {
  // layout.rs KioskLayout; frame.rs frame(), listen_control(), question_form(); step.rs
  'the frame': ['exit-this-page', 'exit-hint', 'back', 'listen', 'listen-stop', ['progress', { n: 4, total: 11 }], 'continue', 'save-and-check', 'loading'],
  // start.rs
  'choose a language': ['start-heading', 'start-cleared', 'start-intro', 'choose-language', 'helping-label', 'helping-hint'],
  'type your code': ['code-heading', 'code-hint', 'change-language'],
  // welcome.rs welcome(), before the meeting for each kind of meeting, then its other states
  ...Object.fromEntries(MEETING_KINDS.map((kind) => [`welcome (${kind})`, welcome(kind, 'welcome-when', 'welcome-child-intro')])),
  'welcome, the chair has read it': welcome('icpc', 'welcome-when', 'welcome-read-receipt', 'finish'),
  'welcome, meeting started': welcome('icpc', 'welcome-when-past', 'welcome-started', 'finish'),
  'welcome, after the meeting': welcome('icpc', 'welcome-when-past', 'welcome-feedback-heading', ['welcome-feedback-intro', { questions: FEEDBACK_QUESTIONS }], 'start-feedback', 'finish'),
  'welcome, feedback sent': welcome('icpc', 'welcome-when-past', 'welcome-feedback-sent', 'finish'),
  // welcome.rs about(); views.rs
  'what happens': ['about-title', 'about-child-1', 'about-child-2', 'about-child-3', 'about-child-4'],
  'taking part': ['taking-part-title', 'choose-all', 'taking-part-attend', 'taking-part-write', 'taking-part-someone', 'taking-part-phone', 'taking-part-not-sure'],
  'good things': textQuestion('good-things', { house: true }),
  worries: textQuestion('worries', { house: true }),
  wishes: textQuestion('wishes', { house: true }),
  safety: ['safety-title', 'safety-hint', 'safety-0', 'safety-5', 'safety-10', 'safety-visibility-legend', ...VISIBILITY.slice(1)],
  'who with me': textQuestion('who-with-me'),
  'anything else': textQuestion('anything-else', { extra: ['talk-soon'] }),
  'who helped': ['helped-by-title', 'helped-by-hint', 'helped-by-nobody', 'helped-by-interpreter', 'helped-by-advocate', 'helped-by-social-worker', 'helped-by-parent-carer', 'helped-by-someone-else'],
  // check.rs
  'check your answers': check(['taking-part-title', 'good-things-title', 'worries-title', 'wishes-title', 'safety-title', 'who-with-me-title', 'anything-else-title', 'helped-by-title'], 'check-send-heading', 'check-send-text'),
  // feedback.rs, after the meeting
  'how was the meeting': ['feedback-overall-title', 'feedback-overall-hint', 'face-1', 'face-2', 'face-3', 'face-4', 'face-5'],
  'listened to': ['feedback-listened-title', ...REPLIES],
  understood: ['feedback-understood-title', ...REPLIES],
  'said what you wanted': ['feedback-said-what-wanted-title', ...REPLIES],
  idea: ['feedback-idea-title', 'feedback-idea-hint'],
  'check your feedback': check(['feedback-overall-title', 'feedback-listened-title', 'feedback-understood-title', 'feedback-said-what-wanted-title', 'feedback-idea-title'], 'feedback-send-text'),
  // thanks.rs
  'thank you': thanks('thanks-sent', 'thanks-next'),
  'thank you, after feedback': thanks('thanks-feedback-sent', 'thanks-feedback-next'),
  // layout.rs, frame.rs: the idle warning, what sending and Listen say, every error a child can meet
  'are you still there': ['idle-title', ['idle-text', { seconds: 30 }], 'idle-still-here'],
  'sending and errors': ['sending', 'sending-retry', 'listen-no-voice', 'error-summary-title', 'error-prefix', 'error-invalid-code', 'error-rate-limited', 'error-too-many-sends', 'error-busy', 'error-session-ended', 'error-meeting-started', 'error-already-sent', 'error-text-too-long', 'error-invalid', 'error-network', 'error-internal'],
  // mod.rs
  'page not found': ['not-found-title', 'not-found-text', 'start-again'],
  // Not a kiosk screen, but a child reads it first: the printed invite (staff/invite_sheet.rs)
  'the printed invite': ['invite-child-hello-name', 'invite-child-intro', 'invite-child-ways', 'invite-way-come', 'invite-way-write', 'invite-way-someone', 'invite-way-phone', 'invite-child-talk-to', 'invite-code-label', 'invite-link-label', 'invite-qr-label', 'invite-help'],
};

/** The date and time a welcome screen says, formatted as i18n.rs meeting_time() does. */
function meetingTime(t) {
  return t('meeting-date-time', { weekday: t('weekday-2'), day: '3', month: t('month-3'), year: '2026', time: '10:30' });
}

test('every child screen reads at Flesch-Kincaid grade 5 or below (en-GB)', async (t) => {
  const { bundle } = bundleFor(SOURCE);
  const format = (id, args = {}) => {
    const message = bundle.getMessage(id);
    assert.ok(message?.value, `en-GB has no message ${id}`);
    const errors = [];
    const text = bundle.formatPattern(message.value, args, errors);
    assert.deepEqual(errors, [], `${id} formats`);
    return text.replace(/[\u2068\u2069]/g, '');
  };
  const known = { name: 'Sam', when: meetingTime(format) };
  for (const [name, entries] of Object.entries(CHILD_SCREENS)) {
    await t.test(name, (st) => {
      const texts = entries.map((e) => (Array.isArray(e) ? format(e[0], { ...known, ...e[1] }) : format(e, known)));
      const r = fleschKincaid(texts);
      st.diagnostic(`${name}: grade ${r.grade.toFixed(1)} (${r.words} words, ${r.sentences} sentences, ${r.syllables} syllables)`);
      assert.ok(r.grade <= 5, `"${name}" reads at grade ${r.grade.toFixed(1)}:\n${texts.join('\n')}`);
    });
  }
});

test('the syllable counter gets the usual endings right', () => {
  const cases = { idea: 3, make: 1, table: 2, people: 2, while: 1, makes: 1, wishes: 2, places: 2, tables: 2, asked: 1, wanted: 2, needed: 2, listened: 2, completely: 3, going: 2, saying: 2, you: 1, worries: 2, agree: 2 };
  for (const [w, n] of Object.entries(cases)) assert.equal(syllables(w), n, w);
});
