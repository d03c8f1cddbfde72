import { describe, expect, it } from 'vitest';
import { helpText, helpTopics } from '../../src/query/help/help.ts';
import { createLexicon } from '../../src/query/context/lexicon.ts';
import { MAX_INPUT, parse } from '../../src/query/parse.ts';
import type { ParsedQuery, ParseError } from '../../src/query/model/types.ts';
import { lexicon } from './parseFixture.ts';

const ALL = [2020, 2021, 2022, 2023, 2024];

function ok(text: string): ParsedQuery {
  const r = parse(text, lexicon);
  if (r.kind === 'parse_error') throw new Error(`expected a query for ${JSON.stringify(text)}, got: ${r.message}`);
  return r;
}

function fail(text: string): ParseError {
  const r = parse(text, lexicon);
  if (r.kind !== 'parse_error') throw new Error(`expected an error for ${JSON.stringify(text)}, got ${r.text}`);
  expect(r.message.length).toBeGreaterThan(0);
  expect(r.example.length).toBeGreaterThan(0);
  return r;
}

const inst = (id: string) => ({ kind: 'institution', id });
const country = (code: string) => ({ kind: 'country', code });

describe('top', () => {
  it.each([
    ['2024 top10', [2024], 10],
    ['top 25 2023', [2023], 25],
    ['2020-2024 top10', ALL, 10],
    ['top10', [2024], 10],
    ['top', [2024], 10],
    ['TOP 5 2021–2023', [2021, 2022, 2023], 5],
    ['top 100 2020 2022', [2020, 2022], 100],
    ['top 3 2022 - 2023', [2022, 2023], 3],
    ['top 3 2020-22', [2020, 2021, 2022], 3],
  ])('%s', (text, years, limit) => {
    const q = ok(text);
    expect(q).toMatchObject({ kind: 'top', years, limit });
    expect(q.options).toEqual({ method: 'authors', rollup: true, filters: { conferences: [] }, lang: 'en' });
  });

  it('reads a year right after `top` as a year, not a limit', () => {
    expect(ok('top 2023')).toMatchObject({ kind: 'top', years: [2023], limit: 10 });
  });

  it.each(['top 0', 'top0', 'top 1000', 'top 101'])('%s is refused with the allowed range', (text) => {
    expect(fail(text).message).toMatch(/1 to 100/);
  });

  it('a country with top ranks institutions within it', () => {
    expect(ok('top 10 Japan').options.filters.country).toBe('JP');
    expect(ok('top 10 2024 country:JP').options.filters.country).toBe('JP');
  });

  it('an institution with top is refused', () => {
    fail('top 10 Tsinghua');
  });

  it('pages', () => {
    expect(ok('top 10 2024 page 3')).toMatchObject({ kind: 'top', limit: 10, offset: 20 });
    expect(ok('top 10 2024 page 1')).not.toHaveProperty('offset');
    fail('top 10 page');
    fail('top 10 page 0');
  });
});

describe('countries', () => {
  it('defaults to 20 and the latest year', () => {
    expect(ok('countries')).toMatchObject({ kind: 'countries', limit: 20, years: [2024] });
    expect(ok('countries 2023')).toMatchObject({ kind: 'countries', limit: 20, years: [2023] });
  });
  it('takes a top number in either order', () => {
    expect(ok('top 50 countries')).toMatchObject({ kind: 'countries', limit: 50 });
    expect(ok('countries top 50 2020-2024')).toMatchObject({ kind: 'countries', limit: 50, years: ALL });
  });
  it('refuses a country inside a country ranking', () => {
    fail('countries JP');
    fail('countries country:JP');
  });
});

describe('compare', () => {
  it.each([
    ['compare US CN', [country('US'), country('CN')], ALL],
    ['compare US CN JP 2020-2024', [country('US'), country('CN'), country('JP')], ALL],
    ['compare Tsinghua Stanford', [inst('tsinghua'), inst('stanford')], ALL],
    ['compare us vs cn 2024', [country('US'), country('CN')], [2024]],
    ['compare 清华 東大', [inst('tsinghua'), inst('utokyo')], ALL],
    ['compare "Zhejiang University" Tsinghua University', [inst('zju'), inst('tsinghua')], ALL],
    ['compare USA China 日本', [country('US'), country('CN'), country('JP')], ALL],
    ['compare US,CN', [country('US'), country('CN')], ALL],
  ])('%s', (text, entities, years) => {
    expect(ok(text)).toMatchObject({ kind: 'compare', entities, years });
  });

  it('two bare names compare them', () => {
    expect(ok('Tsinghua Stanford')).toMatchObject({ kind: 'compare', entities: [inst('tsinghua'), inst('stanford')] });
  });

  it('needs two to eight distinct entities', () => {
    expect(fail('compare US').message).toMatch(/at least two/);
    expect(fail('compare US US').message).toMatch(/at least two/);
    expect(fail('compare US CN JP DE FR GB KR CA SG').message).toMatch(/at most 8/);
    expect(ok('compare US CN JP DE FR GB KR CA')).toMatchObject({ kind: 'compare' });
  });

  it('refuses top with compare', () => {
    fail('compare US CN top 10');
  });
});

describe('institution', () => {
  it.each([
    ['Tsinghua', inst('tsinghua'), ALL],
    ['inst "Zhejiang University"', inst('zju'), ALL],
    ['Zhejiang University', inst('zju'), ALL],
    ['rank RIKEN 2024', inst('riken'), [2024]],
    ['理研 2023', inst('riken'), [2023]],
    ['The University of Tokyo', inst('utokyo'), ALL],
    ['東京大学', inst('utokyo'), ALL],
    ['eth zurich', inst('eth'), ALL],
    ['ＥＴＨ-Zürich', inst('eth'), ALL],
    ['JP', country('JP'), ALL],
    ['日本', country('JP'), ALL],
    ['jp', country('JP'), ALL],
    ['Hong Kong', country('HK'), ALL],
    ['香港', country('HK'), ALL],
    ['Taiwan', country('TW'), ALL],
    ['台湾', country('TW'), ALL],
    ['Macau', country('MO'), ALL],
    ['South Korea', country('KR'), ALL],
    ['韩国', country('KR'), ALL],
    ['英国', country('GB'), ALL],
    ['UK', country('GB'), ALL],
    ['德国', country('DE'), ALL],
    ['美国', country('US'), ALL],
    ['U.S.', country('US'), ALL],
    ['中国', country('CN'), ALL],
  ])('%s', (text, entity, years) => {
    expect(ok(text)).toMatchObject({ kind: 'institution', entity, years });
  });

  it('a 2-letter ISO code is a country even when an institution uses it as an alias', () => {
    expect(ok('KR')).toMatchObject({ entity: country('KR') });
    expect(ok('inst KR')).toMatchObject({ entity: inst('kr-lab') });
    expect(ok('inst:KR')).toMatchObject({ entity: inst('kr-lab') });
  });

  it('lower-case English words that are also ISO codes are words unless in capitals', () => {
    expect(ok('top 10 in 2024').options.filters.country).toBeUndefined();
    expect(ok('In 2024 top 10').options.filters.country).toBeUndefined();
    expect(ok('top 10 IN 2024').options.filters.country).toBe('IN');
  });

  it('an alias shared by two institutions is an error listing both', () => {
    const e = fail('UCL');
    expect(e.message).toMatch(/several/);
    expect(e.suggestions.join(' ')).toMatch(/ucl\b/);
    expect(e.suggestions.join(' ')).toMatch(/uclouvain/);
    expect(ok('"University College London"')).toMatchObject({ entity: inst('ucl') });
  });

  it('refuses several names after inst', () => {
    fail('inst Tsinghua Stanford');
  });
});

describe('other commands', () => {
  it('coverage, method, teamsize', () => {
    expect(ok('coverage')).toMatchObject({ kind: 'coverage' });
    expect(ok('method')).toMatchObject({ kind: 'method' });
    expect(ok('teamsize 2020-2024')).toMatchObject({ kind: 'teamsize', years: ALL });
    expect(ok('teamsize')).toMatchObject({ kind: 'teamsize', years: ALL });
  });

  it('help with and without topic', () => {
    expect(ok('help')).toMatchObject({ kind: 'help' });
    expect(ok('help')).not.toHaveProperty('topic');
    expect(ok('help compare')).toMatchObject({ kind: 'help', topic: 'compare' });
    expect(ok('help institution')).toMatchObject({ kind: 'help', topic: 'inst' });
    expect(ok('compare help')).toMatchObject({ kind: 'help', topic: 'compare' });
    expect(ok('help xyzzy')).toMatchObject({ kind: 'help', topic: 'xyzzy' });
    expect(ok('?')).toMatchObject({ kind: 'help' });
  });

  it('empty input is help', () => {
    expect(ok('')).toMatchObject({ kind: 'help', text: 'help' });
    expect(ok('   \n ')).toMatchObject({ kind: 'help' });
  });

  it('papers first is the drill-down; papers later is the counting method', () => {
    const drill = ok('papers Tsinghua 2024 neurips');
    expect(drill).toMatchObject({ kind: 'papers', entity: inst('tsinghua'), years: [2024] });
    expect('limit' in drill).toBe(false); // every row unless `top N` is given
    expect(drill.options.filters.conferences).toEqual(['neurips']);
    expect(drill.options.method).toBe('authors');
    expect(ok('papers JP top 50')).toMatchObject({ kind: 'papers', entity: country('JP'), years: ALL, limit: 50 });

    const ranking = ok('2024 top10 papers');
    expect(ranking).toMatchObject({ kind: 'top', limit: 10, years: [2024] });
    expect(ranking.options.method).toBe('papers');
    expect(fail('papers 2024 top10').message).toMatch(/top 10 2024 papers/);
  });

  it('check keeps the claim verbatim', () => {
    const claim = 'Tsinghua had 300 NeurIPS authors in 2024, more than "Stanford"!  top 0 2019';
    expect(ok(`check ${claim}`)).toMatchObject({ kind: 'check', claim });
    expect(ok(`Check ${claim}`)).toMatchObject({ kind: 'check', claim });
    fail('check');
    fail('top 10 check');
  });

  it('strips a leading /airank', () => {
    expect(ok('/airank top 5')).toMatchObject({ kind: 'top', limit: 5 });
  });
});

describe('filters and options', () => {
  it('reads every filter anywhere', () => {
    const q = ok('icml 2024 main top 10 nips oral country:日本 exact lang:ja fractional units');
    expect(q.options).toEqual({
      method: 'fractional',
      rollup: false,
      filters: { conferences: ['icml', 'neurips'], track: 'main', status: 'oral', country: 'JP', exact: true },
      lang: 'ja',
    });
  });

  it.each([
    ['authors', 'authors'],
    ['people', 'people'],
    ['fractional', 'fractional'],
    ['first', 'first'],
    ['papers', 'papers'],
  ])('method %s', (word, method) => {
    expect(ok(`top 10 ${word}`).options.method).toBe(method);
  });

  it('spotlight, country forms and languages', () => {
    expect(ok('countries spotlight').options.filters.status).toBe('spotlight');
    expect(ok('top 5 country:jp').options.filters.country).toBe('JP');
    expect(ok('top 5 country: "United States"').options.filters.country).toBe('US');
    expect(ok('top 5 country:United Kingdom').options.filters.country).toBe('GB');
    expect(ok('top 5 lang:zh').options.lang).toBe('zh');
    expect(ok('top 5 lang:EN').options.lang).toBe('en');
  });

  it('refuses contradictions', () => {
    fail('top 10 oral spotlight');
    fail('top 10 fractional first');
    fail('top 10 country:JP country:CN');
    fail('top 10 top 20');
    fail('compare countries US CN');
  });

  it('refuses an unknown country or language', () => {
    const e = fail('top 10 country:XX');
    expect(e.message).toMatch(/Unknown country "XX"/);
    expect(fail('top 10 country:Japn').suggestions).toContain('Japan');
    expect(fail('top 10 lang:fr').message).toMatch(/lang:en, lang:zh, lang:ja or lang:ko/);
  });
});

describe('errors and suggestions', () => {
  it('suggests the command for a typo', () => {
    expect(fail('compre US CN').suggestions[0]).toBe('compare');
    expect(fail('cuntries 2024').suggestions[0]).toBe('countries');
  });

  it('suggests institutions and countries for a typo', () => {
    expect(fail('Tsinghau').suggestions[0]).toBe('Tsinghua');
    expect(fail('compare Stanfrod MIT').suggestions).toContain('Stanford');
    expect(fail('Japn').suggestions).toContain('Japan');
    expect(fail('Zhejang University').suggestions).toContain('Zhejiang University');
    expect(fail('清華').suggestions).toContain('清华');
  });

  it("an unknown word is named with what was understood, in the question's language", () => {
    const e = fail('2024 top10 mars');
    expect(e.message).toBe('I read: 2024, top 10. I don\'t know "mars".');
    // The corrected questions still replace the unknown word and read.
    expect(e.corrected?.length).toBeGreaterThan(0);
    for (const q of e.corrected ?? []) expect(q).toMatch(/^2024 top10 /);
    expect(fail('top 10 2024 mars venus lang:zh').message).toBe('已读懂：top 10、2024。不认识“mars”、“venus”。');
    expect(fail('2024 top10 mars lang:ja').message).toBe('読み取れた部分：2024、top 10。「mars」はわかりません。');
    expect(fail('top 10 Chna 2024').message).toBe('I read: top 10, 2024. I don\'t know "Chna".');
    expect(fail('top 10 Chna 2024').corrected).toContain('top 10 China 2024');
    // Nothing understood: the word alone, as before.
    expect(fail('mars').message).toBe('I don\'t know "mars".');
  });

  it('offers nothing rather than noise for garbage', () => {
    expect(fail('qqqqqqqqqqqq').suggestions).toEqual([]);
  });

  it.each(['2019 top10', 'top 10 2027', 'compare US CN 2019-2024', 'teamsize 2020-2030'])('%s: year out of range', (text) => {
    const e = fail(text);
    expect(e.message).toMatch(/2020 to 2026/);
    expect(e.example).toMatch(/2026/);
  });

  it('a bare number or year alone asks what to count', () => {
    fail('15');
    expect(fail('2024').suggestions).toEqual(['top 10 2024', 'countries 2024']);
  });

  it('refuses too-long input quickly and by name', () => {
    expect(fail('top 10 '.repeat(100)).message).toMatch(/too long/);
    expect(fail('x'.repeat(100_000)).message).toMatch(/too long/);
    expect(fail(`check ${'x'.repeat(100_000)}`).message).toMatch(/too long/);
    expect(ok(`top 10 ${' '.repeat(MAX_INPUT - 20)}`)).toMatchObject({ kind: 'top' });
  });

  it('words that are Object.prototype members are just unknown words', () => {
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(fail(word).message).toMatch(/I don't know/);
      expect(ok(`help ${word}`)).toMatchObject({ kind: 'help', topic: word.toLowerCase() });
      expect(helpText(word)).toMatch(/no help topic/);
    }
    expect(lexicon.countryName('constructor')).toBe('constructor');
  });

  it('refuses Unicode garbage', () => {
    for (const text of ['\u0000', '\uD800', '🙂🙂', '\u202E\u200B', 'ɐɯɐ', '"']) {
      const r = parse(text, lexicon);
      expect(r.kind === 'parse_error' || r.kind === 'help').toBe(true);
    }
  });
});

describe('canonical text', () => {
  it.each([
    ['2024 top10 neurips fractional main', 'top 10 2024 neurips main fractional'],
    ['countries 2023', 'top 20 countries 2023'],
    ['compare us cn jp', 'compare US CN JP 2020-2024'],
    ['Tsinghua 2024', 'inst "Tsinghua University" 2024'],
    ['日本', 'JP 2020-2024'],
    ['KR', 'KR 2020-2024'],
    ['rank KR', 'inst "Kernel Research Lab" 2020-2024'],
    ['papers RIKEN 2024 iclr', 'papers "RIKEN" 2024 iclr'],
    ['teamsize 2020 2022', 'teamsize 2020 2022'],
    ['help filter', 'help filters'],
    ['top 10 page 2', 'top 10 2024 page 2'],
  ])('%s -> %s', (text, canonical) => {
    expect(ok(text).text).toBe(canonical);
  });

  it.each([
    'compare Tsinghua KR JP 2021 neurips oral',
    'inst KR',
    'top 10 2020-2024 icml iclr main exact people units lang:zh country:CN',
    'papers 東大 2023 first',
    'check Tsinghua had 300 NeurIPS authors',
    'countries 2022 spotlight page 3',
    'countries 2024 located people',
    'top 10 2023 neurips datasets country:GB located',
  ])('parses back to the same query: %s', (text) => {
    const q = ok(text);
    expect(ok(q.text)).toEqual(q);
  });
});

describe('lexicon', () => {
  it('resolves names loosely but never guesses between countries', () => {
    expect(lexicon.country('Congo')).toBeNull();
    expect(lexicon.country('cd')).toBe('CD');
    expect(lexicon.country('Republic of Korea')).toBe('KR');
    expect(lexicon.country('アメリカ')).toBe('US');
  });

  it('names countries and institutions for display', () => {
    expect(lexicon.countryName('US')).toBe('United States');
    expect(lexicon.countryName('JP', 'ja')).toBe('日本');
    expect(lexicon.institutionName('tsinghua', 'zh')).toBe('清华大学');
    expect(lexicon.institutionName('stanford', 'zh')).toBe('Stanford University');
  });

  it('works with no institutions at all', () => {
    const empty = createLexicon([]);
    expect(parse('compare US CN', empty)).toMatchObject({ kind: 'compare' });
    expect(parse('Tsinghua', empty)).toMatchObject({ kind: 'parse_error' });
  });
});

describe('help text', () => {
  it('lists every form in the general help', () => {
    const text = helpText();
    for (const word of ['top', 'countries', 'compare', 'inst', 'rank', 'papers', 'teamsize', 'check', 'coverage', 'method', 'country:JP', 'lang:zh', 'units']) {
      expect(text).toContain(word);
    }
  });

  it('every topic has examples that parse', () => {
    for (const topic of helpTopics()) {
      const text = helpText(topic);
      expect(text).not.toBe(helpText());
      const examples = [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
      expect(examples.length).toBeGreaterThan(0);
      for (const ex of examples.filter((e) => /^(top|countries|compare|inst|rank|papers|teamsize|check) /.test(e))) {
        const r = parse(ex, lexicon);
        // Examples may name institutions missing from the small test list; only the grammar is checked.
        if (r.kind === 'parse_error') expect(r.message, ex).toMatch(/I don't know/);
      }
    }
  });

  it('an unknown topic gives the general help with a note', () => {
    const text = helpText('xyzzy');
    expect(text).toMatch(/no help topic "xyzzy"/);
    expect(text).toContain(helpText());
  });
});

describe('located and datasets', () => {
  it('`located` keeps the roll-up and sets the country rule; `datasets` is a track', () => {
    const q = ok('countries 2024 located');
    expect(q.options.located).toBe(true);
    expect(q.options.rollup).toBe(true);
    expect(ok('top 10 2023 datasets').options.filters.track).toBe('datasets_benchmarks');
    expect(ok('countries 2024').options.located).toBeUndefined();
  });

  it('one track at a time', () => {
    expect(fail('top 10 2023 main datasets').message).toMatch(/one track/);
  });
});
