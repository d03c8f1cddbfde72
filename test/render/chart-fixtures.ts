// Small hand-built answers shared by the chart tests.
import type { Answer, AnswerMeta } from '../../src/query/model/types.ts';

export function meta(over: Partial<AnswerMeta> = {}): AnswerMeta {
  return {
    lang: 'en',
    method: 'authors',
    methodLabel: 'author slots, each author counted once per paper',
    rollup: true,
    filters: ['NeurIPS', 'main track'],
    years: [2022, 2023, 2024],
    gaps: [{ conference: 'iclr', year: 2024, note: 'ICLR 2024: no per-author affiliations, so it is left out' } as AnswerMeta['gaps'][number]],
    linkedShare: null,
    snapshot: 'snap-test-1',
    builtAt: '1 Jan 2025 00:00 UTC',
    command: 'compare US CN --years 2022-2024',
    notes: [],
    ...over,
  };
}

export function compareAnswer(over: Partial<Answer> = {}): Answer {
  return {
    kind: 'compare',
    headline: 'In 2024: United States 3, China 2.',
    title: 'United States and China, 2022–2024',
    columns: [
      { key: 'year', label: 'Year', type: 'text' },
      { key: 'US', label: 'United States', type: 'int' },
      { key: 'CN', label: 'China', type: 'int' },
      { key: 'CN_share', label: 'China share', type: 'percent' },
      { key: 'CN_growth', label: 'China growth', type: 'multiple' },
    ],
    rows: [
      ['2022', 120, 80, 0.4, null],
      ['2023', 150, null, null, null],
      ['2024', 170, 130, 0.43, 1.6],
      ['Total', 440, 210, 0.32, null],
    ],
    totalRows: 4,
    offset: 0,
    meta: meta(),
    ...over,
  };
}

export function rankingAnswer(over: Partial<Answer> = {}): Answer {
  return {
    kind: 'top',
    headline: 'A had the most authors in 2022–2024.',
    title: 'Top 3 institutions, 2022–2024',
    columns: [
      { key: 'rank', label: 'Rank', type: 'int' },
      { key: 'name', label: 'Institution', type: 'text' },
      { key: 'country', label: 'Country', type: 'text' },
      { key: 'authors', label: 'Authors', type: 'int' },
      { key: 'share', label: 'Share', type: 'percent' },
    ],
    rows: [
      [1, 'Alpha University', 'US', 300, 0.3],
      [2, 'Beta Institute', 'CN', 200, 0.2],
      [2, 'Gamma Lab', 'GB', 200, 0.2],
      [null, 'Total', null, 700, 0.7],
    ],
    totalRows: 3,
    offset: 0,
    meta: meta({ command: 'top 3 --years 2022-2024' }),
    ...over,
  };
}
