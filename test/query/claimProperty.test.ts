// A sentence assembled from figure-free text never gets a verdict: with names, years, venues,
// scope and method words, context and prose, but no figure, `check` reads no claim. (A
// figure is any number other than a year, or a rank, growth or share word.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readClaim } from '../../src/query/check/claim.ts';
import { curatedCountryOf, curatedLexicon } from '../helpers/curatedLexicon.ts';

const NAMES = [
  'China',
  'the US',
  'US',
  'Japan',
  'Chinese',
  'American',
  'Japanese',
  'Korean',
  'Tsinghua University',
  'Tsinghua',
  'Google',
  'Google DeepMind',
  'DeepMind',
  'MIT',
  'Stanford',
  'RIKEN',
  'the University of Tokyo',
  'KAIST',
  'Microsoft',
  'Meta',
  'Together AI',
  '清华大学',
  '北京大学',
  '浙江大学',
  '中国',
  '美国',
  '日本',
  '東京大学',
  '東大',
  '理化学研究所',
  '韓国科学技術院',
  '韩国科学技术院',
  'グーグル',
  '谷歌',
  '中国勢',
  '米国',
];
const YEARS = [
  '2020',
  '2021',
  '2022',
  '2023',
  '2024',
  '2020-2024',
  'in 2024',
  '2024年',
  '２０２４年',
  '21年',
  '2012 年',
  'from 2020 to 2024',
  'this year',
  '今年',
  'over four years',
  '四年内',
  '4年間で',
];
const WORDS = [
  'NeurIPS',
  'ICML',
  'ICLR',
  'at',
  'the',
  'conference',
  'conferences',
  'papers',
  'authors',
  'researchers',
  'accepted',
  'universities',
  'companies',
  'orals',
  'spotlights',
  'and',
  'together',
  'counting',
  'among',
  'institutions',
  'AI',
  'research',
  'US-China',
  'rivalry',
  'analysis',
  'shows',
  'paper equivalents',
  'first authors',
  'according to',
  'the data',
  'ahead of',
  'behind',
  'than',
  'with',
  'were',
  'had',
  'published',
  'made',
  ',',
  '.',
  ';',
  '，',
  '。',
  '、',
  'の',
  'は',
  'が',
  'で',
  '的',
  '和',
  '与',
  '在',
  '论文',
  '作者',
  '著者',
  '採択',
  '研究',
  '機関',
  '机构',
  '大学',
  '企业',
  '中美',
  '米中',
  'AI竞争',
  '学会',
  '顶会',
  'オーラル',
  'スポットライト',
  '合わせると',
  '并列',
  'それぞれ',
  'each',
  'tied',
  'Nikkei',
  'said',
];

// Years stand apart: two run together (20242020) would be a number, and "2020 researchers" is a count.
const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...YEARS.map((y) => ` ${y}, `)) },
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
);
const context = fc.constantFrom('', '2024: ', '2024 neurips: ', '2021 icml neurips: ', 'neurips: ');
// Unspaced, as Chinese and Japanese are written; Latin words keep their spaces ("first authors" stays two words).
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;
const sentence = fc
  .tuple(context, fc.array(fragment, { minLength: 1, maxLength: 14 }), fc.boolean())
  .map(([c, parts, spaced]) => c + parts.reduce((s, p, k) => s + (k > 0 && (spaced || !CJK.test(p) || !CJK.test(parts[k - 1])) ? ' ' : '') + p, ''));

describe('check on figure-free sentences', () => {
  it('never reads a claim, so never gives a verdict', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const reading = readClaim(text, curatedLexicon, curatedCountryOf);
        expect(reading.ok ? reading.claims.map((c) => `${c.figure.kind} ${c.figure.text}`) : [], text).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});
