// Under every language but English (lang:zh, lang:ja, lang:ko) every line an answer shows is in that language: titles,
// headers, text, footer, check verdicts, errors, help and chart footnotes. Only names
// without a standard form (written in Title Case), numbers, and the commands themselves
// (in `code` or after "airank ") may stay in Latin script. A run of three or more
// lower-case English words is an English sentence, and fails the test.
import { describe, expect, it } from 'vitest';
import { footnoteLines } from '../../src/render/chart/footnote.ts';
import { notChartableMessage } from '../../src/render/chart/chartable.ts';
import { chartSpec } from '../../src/render/chart/spec.ts';
import { renderParseErrorText, renderText } from '../../src/render/text.ts';
import { isParseError, type Answer } from '../../src/query/model/types.ts';
import { renderAnswer, type SlackMessage } from '../../src/slack/render/answer.ts';
import { renderApology } from '../../src/slack/render/apology.ts';
import { useFixtureAsker } from '../helpers/fixtureAsker.ts';
import { commandWords } from '../../src/query/commands/registry.ts';
import { helpTopics } from '../../src/query/help/help.ts';
import { LANGS } from '../../src/domain/lang.ts';

const fixture = useFixtureAsker();

const COMMAND_WORDS = new RegExp(`\\b(?:${[...new Set([...commandWords().map((c) => c.word), ...helpTopics()])].join('|')})\\b`, 'g');

const QUESTIONS = [
  '2024 top10',
  'top 10 2024 page 2',
  'countries 2024',
  'compare US CN 2020-2024',
  'Tsinghua',
  'rank RIKEN 2024',
  'papers Tsinghua 2024',
  'teamsize 2020-2024',
  'top 10 companies 2024',
  '2024 top10 units',
  '2024 top10 fractional exact',
  'method',
  'coverage',
  'help',
  'help top',
  'help check',
  'help filters',
  'help methods',
  'help teamsize',
  'help inst',
  'help nonsense',
  'check Tsinghua had 3 authors in 2024',
  'check China had more than 2 authors and 12% of all in 2024',
  'check the number is huge',
  'check Tsinghua came second in 2024',
  'check CN doubled from 2020 to 2024',
  'top 10 Narnia',
  'teamsize 2024 exact',
  'compare US',
  'top 500 2024',
  'countries 2024 located',
  'top 10 2023 neurips datasets',
  'JP',
  'compare US CN 2020-2024 exact oral',
];

/** Latin text that is allowed: code, commands, Title Case names, numbers, dates, units. */
function withoutAllowed(line: string): string {
  return line
    .replace(/`[^`]*`/g, ' ')
    .replace(/"[^"]*"|“[^”]*”|「[^」]*」/g, ' ') // the editor's own claim, quoted
    .replace(/airank\s.*$/, ' ')
    .replace(/\b(?:NeurIPS|ICML|ICLR|UTC|D&B)\b/g, ' ')
    .replace(/\b[A-Z][\w.&'’-]*(?:\s+(?:of|and|de|for|the|at|in)?\s*[A-Z][\w.&'’-]*)*/g, ' ') // names
    .replace(/\b(?:authors|people|papers|fractional|first|exact|units|main|oral|spotlight|poster|top\d*|lang:\w+|country:\w+)\b/g, ' ') // command words
    .replace(COMMAND_WORDS, ' '); // command and help-topic names, listed as a language lists them (Korean with commas)
}

/** Every English sentence in the text, or null. */
function englishIn(text: string): string | null {
  const found: string[] = [];
  for (const line of text.split('\n')) {
    const m = /\b[a-z][a-z'’-]+(?:[\s,;:()]+[a-z][a-z'’-]+){2,}/.exec(withoutAllowed(line));
    if (m) found.push(`${m[0]}  ⟵  ${line}`);
  }
  return found.length > 0 ? found.join('\n') : null;
}

function shown(a: Answer): string {
  const verdicts = a.kind === 'check' ? a.rows.map((r) => String(r[a.columns.findIndex((c) => c.key === 'verdict')] ?? '')) : [];
  return [renderText({ ...a, rows: [] }), ...a.columns.map((c) => c.label), ...verdicts].join('\n');
}

const TRANSLATED = LANGS.filter((l) => l !== 'en');

describe.each(TRANSLATED)('lang:%s', (lang) => {
  it.each(QUESTIONS)('%s', (q) => {
    const r = fixture.asker.ask(`${q} lang:${lang}`);
    const text = isParseError(r) ? renderParseErrorText(r) : shown(r);
    expect(englishIn(text)).toBeNull();
  });

  it('chart footnotes, titles and legends', () => {
    for (const q of ['compare US CN 2020-2024', '2024 top10', 'Tsinghua']) {
      const a = fixture.asker.ask(`${q} lang:${lang}`) as Answer;
      const spec = chartSpec(a, { lang }) as unknown as { title: { text: string; subtitle: string[] } };
      const text = [...footnoteLines(a.meta, lang), spec.title.text, ...spec.title.subtitle].join('\n');
      expect(englishIn(text)).toBeNull();
      // Dates too: 2025年1月1日, 2025년 1월 1일, not "1 Jan 2025".
      expect(footnoteLines(a.meta, lang)[2]).toMatch(/\d{4}[年년] ?\d{1,2}[月월] ?\d{1,2}[日일] \d\d:\d\d UTC/);
    }
  });
});

describe.each(TRANSLATED)('Slack messages, lang:%s', (lang) => {
  /** Every string a Slack user sees: block texts, table cells and button labels. */
  function slackText(message: SlackMessage): string {
    const out: string[] = [];
    JSON.stringify(message.blocks, (key, value) => {
      if (typeof value === 'string' && (key === 'text' || key === 'raw_text')) out.push(value);
      return value;
    });
    return out.join('\n');
  }

  it.each(['papers Tsinghua 2024', 'top 10 2024 page 2', 'top 10 2024 neurips spotlight'])('%s, with its buttons and paging line', (q) => {
    const a = fixture.asker.ask(`${q} lang:${lang}`) as Answer;
    const message = renderAnswer(a, { question: a.meta.command, tableStyle: 'table', postButton: true, pageRows: 1 });
    const text = slackText(message);
    expect(englishIn(text)).toBeNull();
    // Labels too short to read as a sentence ("Next", "Rows 1–1 of 3"): none of the English ones.
    for (const label of ['Post to channel', 'Next', 'Chart', 'Propose a correction', 'Rows ', 'No rows']) expect(text).not.toContain(label);
  });

  it('the answer that has no chart', () => {
    expect(englishIn(notChartableMessage(fixture.asker.ask(`coverage lang:${lang}`) as Answer))).toBeNull();
  });

  it('the apology for an internal error', () => {
    expect(englishIn(slackText(renderApology('abc123', lang)))).toBeNull();
  });
});

describe('the English-sentence test can fail', () => {
  it('finds English prose and lets names and commands through', () => {
    expect(englishIn('统计方法：author slots on accepted papers')).not.toBeNull();
    expect(englishIn('机构：University of California, Berkeley；复现命令：airank top 10 2024 lang:zh')).toBeNull();
    expect(englishIn('请用 `top 10 2024 papers` 计数')).toBeNull();
  });
});
