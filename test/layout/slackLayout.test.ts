// Every kind of answer in en, zh and ja, rendered as the bot sends it (render/fit.ts), laid
// out as desktop Slack lays out blocks at 700 px (slackHtml.ts) in a real Chromium, measured
// and screenshotted (var/layout/*.png). scripts/test-deps/chromium.sh installs Chromium.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import type { Asker } from '../../src/query/asker.ts';
import { openAsker } from '../../src/query/openAsker.ts';
import { isParseError, type Answer } from '../../src/query/model/types.ts';
import { ACTION_DETAILS } from '../../src/slack/render/buttons.ts';
import { renderFitted } from '../../src/slack/render/fit.ts';
import { useFixtureAsker } from '../helpers/fixtureAsker.ts';
import { BUILD_TIMEOUT, HAS_REAL_DATA, realDatabase } from '../helpers/realDatabase.ts';
import { messageHtml, MESSAGE_WIDTH } from './slackHtml.ts';

const OUT = path.join(PROJECT_ROOT, 'var', 'layout');
const LANGS = ['en', 'zh', 'ja'] as const;
/** Each kind of answer, by name, with the question that asks for it. */
const KINDS: Array<[name: string, question: string]> = [
  ['ranking', '2024 top10'],
  ['ranking-filtered', 'top 5 universities 2024 country:CN'],
  ['countries', 'countries 2024'],
  ['compare', 'compare US CN 2020-2024'],
  ['compare-three', 'compare US CN JP 2020-2024'],
  ['institution', 'Tsinghua'],
  ['country', 'JP 2024'],
  ['papers', 'papers Tsinghua 2024'],
  ['teamsize', 'teamsize 2020-2024'],
  ['coverage', 'coverage'],
  ['method', 'method'],
  ['help', 'help'],
  ['check-count', 'check China had 3 authors in 2024'],
  ['check-growth', 'check CN grew 8x 2020-2024'],
  ['check-several', 'check Tsinghua ranked first and MIT second in 2024'],
];
/** Kinds whose default footer is held to two lines and 320 characters of caveat. */
const FOOTER_KINDS = new Set(['top', 'countries', 'institution', 'compare', 'check']);

/** Where Chromium is: CHROMIUM, else Debian's `chromium` on the PATH. */
function chromiumPath(): string {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
}

interface Layout {
  headlineBottom: number;
  detailsButtonBottom: number | null;
  footerLines: number;
  caveatChars: number;
  footerText: string[];
  repeated: string[];
  literalMarkers: string[];
  overflowing: Array<{ block: string; scrollWidth: number; clientWidth: number }>;
  messageWidth: number;
  tableTop: number | null;
  height: number;
}

/** Measured in the page: positions relative to the message's top. */
function measure(page: Page): Promise<Layout> {
  return page.evaluate((details: string) => {
    const message = document.getElementById('message')!;
    const top = message.getBoundingClientRect().top;
    const blocks = [...message.querySelectorAll<HTMLElement>('[data-block]')];
    const byIndex = (i: number) => blocks.find((b) => b.dataset.index === String(i))!;
    const contexts = blocks.filter((b) => b.dataset.block === 'context');
    const footer = contexts[contexts.length - 1];
    const footerEls = footer ? [...footer.querySelectorAll<HTMLElement>('.el')].map((e) => e.innerText) : [];
    const button = message.querySelector(`button[data-action="${details}"]`);
    // Text as the reader sees it, without code spans (a command may hold any character).
    const visible = (el: HTMLElement) => {
      const clone = el.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('code, pre').forEach((c) => c.remove());
      return clone.innerText;
    };
    const prose = blocks
      .filter((b) => b.dataset.block === 'section' || b.dataset.block === 'context')
      .flatMap((b) => (b.dataset.block === 'context' ? [...b.querySelectorAll<HTMLElement>('.el')] : [b]));
    const sentences = prose
      .flatMap((el) => visible(el).split(/(?<=[.。;；!?])\s*|\n/))
      .map((s) => s.trim())
      .filter((s) => s.length >= 16);
    const counts = new Map<string, number>();
    for (const s of sentences) counts.set(s, (counts.get(s) ?? 0) + 1);
    const literal = prose.flatMap((el) => {
      const text = visible(el);
      return /[*`~]|(?:^|\s)_\S|\S_(?:\s|$)/.test(text) ? [text.slice(0, 120)] : [];
    });
    const scrollers = [...message.querySelectorAll<HTMLElement>('.table, pre')];
    const table = blocks.find((b) => b.dataset.block === 'table' || b.querySelector('pre'));
    return {
      headlineBottom: byIndex(0).getBoundingClientRect().bottom - top,
      detailsButtonBottom: button ? button.getBoundingClientRect().bottom - top : null,
      footerLines: footerEls.length,
      caveatChars: footerEls.slice(1).join('').length,
      footerText: footerEls,
      repeated: [...counts].filter(([, n]) => n > 1).map(([s]) => s),
      literalMarkers: literal,
      overflowing: scrollers
        .filter((s) => s.scrollWidth > s.clientWidth + 1)
        .map((s) => ({ block: s.className || s.tagName, scrollWidth: s.scrollWidth, clientWidth: s.clientWidth })),
      messageWidth: message.scrollWidth,
      tableTop: table ? table.getBoundingClientRect().top - top : null,
      height: message.getBoundingClientRect().height,
    };
  }, ACTION_DETAILS);
}

/** Chromium and a page, for one describe block. */
function useBrowser() {
  const state: { browser?: Browser; page?: Page; seen: string[] } = { seen: [] };
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    state.browser = await puppeteer.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: ['--no-sandbox', '--allow-file-access-from-files', '--disable-gpu'],
    });
    state.page = await state.browser.newPage();
    await state.page.setViewport({ width: MESSAGE_WIDTH + 20, height: 650 });
  }, 60_000);
  afterAll(async () => {
    await state.browser?.close();
    console.log(`Slack layouts: ${state.seen.length} screenshots in ${path.relative(PROJECT_ROOT, OUT)}/`);
  });
  return state;
}

/** The message for `question` laid out in Chromium (table block where Slack puts it, or last), measured and screenshotted. */
async function laidOut(state: ReturnType<typeof useBrowser>, answer: Answer, question: string, file: string, tableLast = false): Promise<Layout> {
  const page = state.page!;
  const message = renderFitted(answer, { question, tableStyle: 'table', postButton: true });
  const htmlFile = path.join(OUT, `${file}.html`);
  writeFileSync(htmlFile, messageHtml(message.blocks, { tableLast, lang: answer.meta.lang }));
  await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const layout = await measure(page);
  await page.screenshot({ path: path.join(OUT, `${file}.png`) as `${string}.png`, fullPage: true });
  state.seen.push(file);
  return layout;
}

/** Every assertion of issue 20 on one laid-out answer. */
function expectGlanceable(layout: Layout, kind: Answer['kind'], where: string): void {
  const at = `${where}\n${JSON.stringify(layout, null, 1)}`;
  // The figure or verdict is the first thing read.
  expect(layout.headlineBottom, at).toBeLessThanOrEqual(400);
  expect(layout.detailsButtonBottom, `${at}: every answer offers its details`).not.toBeNull();
  if (kind === 'method') expect(layout.detailsButtonBottom!, at).toBeLessThanOrEqual(400);
  if (FOOTER_KINDS.has(kind)) {
    expect(layout.footerLines, at).toBeLessThanOrEqual(2);
    expect(layout.caveatChars, at).toBeLessThanOrEqual(320);
  }
  expect(layout.repeated, at).toEqual([]);
  expect(layout.literalMarkers, at).toEqual([]);
  expect(layout.overflowing, at).toEqual([]);
  expect(layout.messageWidth, at).toBeLessThanOrEqual(MESSAGE_WIDTH);
}

describe('Slack messages laid out at 700 px in Chromium (fixture database)', () => {
  const fixture = useFixtureAsker({ withLinkedEvidence: true });
  const state = useBrowser();
  const page = () => state.page!;

  for (const lang of LANGS) {
    for (const [name, question] of KINDS) {
      const asked = lang === 'en' ? question : `${question} lang:${lang}`;
      it(`${name} (${lang}): ${question}`, async () => {
        const answer = fixture.ask(asked);
        expectGlanceable(await laidOut(state, answer, asked, `${name}-${lang}`), answer.kind, asked);
      }, 30_000);
    }
  }

  it('the answer sentence and the table stay together when a client puts the table last', async () => {
    for (const [name, question] of KINDS.filter(([n]) => ['ranking', 'compare', 'institution', 'check-growth', 'countries'].includes(n))) {
      const layout = await laidOut(state, fixture.ask(question), question, `${name}-en-table-last`, true);
      // Between them: at most the heading, the two-line footer and the buttons.
      expect(layout.tableTop! - layout.headlineBottom, `${question}\n${JSON.stringify(layout, null, 1)}`).toBeLessThanOrEqual(200);
    }
  }, 60_000);

  it('the harness sees what Slack would show literally', async () => {
    // The same checks fail on the forms issue 20 found: a space before the closing asterisk,
    // and a CJK character just outside one.
    for (const text of ['*Read as: *China', '*读作：*中国', '*Read as:* China\u200B']) {
      const html = messageHtml([{ type: 'section', text: { type: 'mrkdwn', text } }]);
      const file = path.join(OUT, 'probe.html');
      writeFileSync(file, html);
      await page().goto(pathToFileURL(file).href);
      const layout = await measure(page());
      expect(layout.literalMarkers.length, text).toBe(text.endsWith('\u200B') ? 0 : 1);
    }
  });
});

/** The issue's own questions on the real data, when a current database is at hand. */
const REAL: Array<[name: string, question: string]> = [
  ['real-google', 'how many authors did Google have in 2024'],
  ['real-riken', 'RIKEN 2021-2024'],
  ['real-compare', 'compare US CN'],
  ['real-check-growth', "check China's author count grew eightfold from 2020 to 2024"],
  ['real-check-rank', 'check Google ranked first and Tsinghua second in 2024'],
  ['real-japan', 'top universities in Japan 2024'],
  ['real-papers', 'papers Stanford 2024'],
  ['real-coverage', 'coverage'],
  ['real-method', 'method'],
  ['real-top', '2024 top10'],
  ['real-countries', 'countries 2024'],
];
if (!HAS_REAL_DATA) console.warn('real-data Slack layouts skipped: no current database and no mirror to build one from');

describe.skipIf(!HAS_REAL_DATA)('Slack messages laid out at 700 px in Chromium (real database)', () => {
  let asker: Asker;
  beforeAll(async () => {
    asker = openAsker(await realDatabase());
    return () => asker.close();
  }, BUILD_TIMEOUT);
  const state = useBrowser();
  for (const lang of LANGS) {
    for (const [name, question] of REAL) {
      const asked = lang === 'en' ? question : `${question} lang:${lang}`;
      it(`${name} (${lang}): ${question}`, async () => {
        const answer = asker.ask(asked);
        if (isParseError(answer)) throw new Error(`${asked}: ${answer.message}`);
        expectGlanceable(await laidOut(state, answer, asked, `${name}-${lang}`), answer.kind, asked);
      }, 30_000);
    }
  }
});
