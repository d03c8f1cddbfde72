// Hand-made Answer objects with realistic sizes, and a fake Asker serving them.
import type { AskOptions, Asker } from '../../../src/query/asker.ts';
import type { Answer, AnswerMeta, ParseError, Result } from '../../../src/query/model/types.ts';
import type { Cell, Column } from '../../../src/domain/table.ts';

export function meta(overrides: Partial<AnswerMeta> = {}): AnswerMeta {
  return {
    lang: 'en',
    method: 'authors',
    methodLabel: 'author slots on accepted papers (a paper with 5 authors counts 5)',
    rollup: true,
    filters: ['NeurIPS + ICML + ICLR'],
    years: [2024],
    gaps: [{ conference: 'iclr', year: 2024, note: 'ICLR 2024: no per-author affiliations in any source, so institution figures leave it out' }],
    linkedShare: 0.083,
    snapshot: 'snap-2025-01-15',
    builtAt: '15 Jan 2025 10:00 UTC',
    command: '2024 top100',
    notes: ['Coverage: 91.2% of the 61,234 author slots in scope are resolved to an institution; the rest count nowhere.'],
    ...overrides,
  };
}

const NAMES = [
  'Tsinghua University',
  'Google DeepMind',
  'Stanford University',
  'Massachusetts Institute of Technology',
  'Carnegie Mellon University',
  'Peking University',
  'University of California, Berkeley',
  'Microsoft Research',
  'Shanghai Jiao Tong University',
  'Zhejiang University',
  'Meta AI (FAIR)',
  'University of Oxford',
];

/** Institution i's author count: strictly decreasing so ranks are unambiguous. */
export const authorsAt = (i: number) => 5000 - i * 37;

export const RANKING_COLUMNS: Column[] = [
  { key: 'rank', label: 'Rank', type: 'int' },
  { key: 'institution', label: 'Institution', type: 'text' },
  { key: 'country', label: 'Country', type: 'text' },
  { key: 'authors', label: 'Authors', type: 'int' },
  { key: 'share', label: 'Share', type: 'percent' },
  { key: 'people', label: 'People', type: 'int' },
  { key: 'fractional', label: 'Fractional', type: 'float' },
  { key: 'growth', label: 'Growth vs 2023', type: 'multiple' },
];

export function rankingRow(i: number): Cell[] {
  const name = `${NAMES[i % NAMES.length]}${i >= NAMES.length ? ` (campus ${i})` : ''} & <partners>`;
  return [
    i + 1,
    name,
    ['US', 'CN', 'GB', 'JP'][i % 4],
    authorsAt(i),
    authorsAt(i) / 61234,
    Math.round(authorsAt(i) * 0.7),
    authorsAt(i) / 4.3,
    i === 7 ? null : 1 + i / 100,
  ];
}

/** Like the real core: `offset` returns every row after it; the front end pages. */
export function ranking(total: number, offset = 0): Answer {
  const all = Array.from({ length: total }, (_, i) => rankingRow(i));
  return {
    kind: 'top',
    headline: 'Institution 1 had the most authors in 2024.',
    title: `Top ${total} institutions, 2024`,
    columns: RANKING_COLUMNS,
    rows: all.slice(offset),
    totalRows: total,
    offset,
    meta: meta({ command: `2024 top${total}` }),
  };
}

export const COUNTRIES = ['US', 'CN', 'GB', 'DE', 'JP'];
export const YEARS = [2020, 2021, 2022, 2023, 2024];

/** Five countries over five years, each year with authors, share and growth: 16 columns. */
export function comparison(): Answer {
  const columns: Column[] = [{ key: 'country', label: 'Country', type: 'text' }];
  for (const y of YEARS) {
    columns.push({ key: `a${y}`, label: `${y} authors`, type: 'int' });
    columns.push({ key: `s${y}`, label: `${y} share`, type: 'percent' });
    if (y > 2020) columns.push({ key: `g${y}`, label: `${y} growth`, type: 'multiple' });
  }
  const rows = COUNTRIES.map((c, ci) => {
    const row: Cell[] = [`${c} (${['United States', 'China', 'United Kingdom', 'Germany', 'Japan'][ci]})`];
    YEARS.forEach((y, yi) => {
      row.push(10000 - ci * 1500 + yi * 900);
      row.push((10000 - ci * 1500 + yi * 900) / 60000);
      if (yi > 0) row.push((10000 - ci * 1500 + yi * 900) / (10000 - ci * 1500 + (yi - 1) * 900));
    });
    return row;
  });
  return {
    kind: 'compare',
    headline: 'In 2024: US, CN, GB, DE and JP.',
    title: 'US vs CN vs GB vs DE vs JP, 2020–2024',
    columns,
    rows,
    totalRows: rows.length,
    offset: 0,
    meta: meta({
      years: YEARS,
      command: 'compare US CN GB DE JP 2020-2024',
      gaps: YEARS.map((y) => ({ conference: 'iclr' as const, year: y, note: `ICLR ${y}: affiliations partly linked from profiles` })),
    }),
  };
}

/** Three rows, 24 columns of ~500-character cells: no table block and no monospace section can hold one row. */
export function tooWide(): Answer {
  const base = ranking(3);
  const columns = [...base.columns, ...base.columns, ...base.columns];
  const rows = base.rows.map((r) => [...r, ...r, ...r].map((c, j) => (j % 8 === 1 ? `${String(c)} ${'very long affiliation text '.repeat(18)}` : c)));
  return { ...base, title: 'Too wide for Slack', columns, rows, meta: meta({ command: 'wide' }) };
}

export function help(paragraphs = 3): Answer {
  const para = '*airank* answers questions about authors of accepted papers. Try `top 10 2024` or `compare US CN`. '.repeat(8);
  return {
    kind: 'help',
    headline: 'airank help',
    title: 'airank help',
    columns: [],
    rows: [],
    totalRows: 0,
    offset: 0,
    text: Array.from({ length: paragraphs }, (_, i) => `Part ${i + 1}. ${para}`).join('\n\n'),
    meta: meta({ years: [], gaps: [], linkedShare: null, command: 'help', notes: [] }),
  };
}

export function parseError(text: string): ParseError {
  return { kind: 'parse_error', message: `I don't know "${text}".`, suggestions: ['top 10 2024', 'countries 2024'], example: '2024 top10' };
}

/** A fake core: answers by question text, records every call, can be told to throw. */
export class FakeAsker implements Asker {
  calls: { text: string; options?: AskOptions }[] = [];
  snapshot = 'snap-2025-01-15';

  ask(text: string, options?: AskOptions): Result {
    this.calls.push({ text, options });
    const offset = options?.offset ?? 0;
    const withSnap = (a: Answer): Answer => ({ ...a, meta: { ...a.meta, snapshot: this.snapshot } });
    const top = /^2024 top(\d+)$/.exec(text);
    if (top) return withSnap(ranking(Number(top[1]), offset));
    if (text === 'compare US CN GB DE JP 2020-2024') return withSnap(comparison());
    if (text === 'help') return withSnap(help());
    if (text === 'wide') return withSnap(tooWide());
    if (text === 'boom') throw new Error('database is locked at /secret/path');
    return parseError(text);
  }

  close(): void {}
}
