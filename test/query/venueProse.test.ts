// The venue list and the year span in prose come from data/conferences.json: a venue (and a
// year) added to the data file alone shows in the help intro, the no-filters footer, the chart
// credit and `method`'s first paragraph in every language, with no prose edited.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DATA_DIR } from '../../src/config.ts';
import type { VenueTable } from '../../src/domain/venues.ts';
import { countWord } from '../../src/i18n/numbers.ts';
import type { AnswerMeta } from '../../src/query/model/types.ts';
import type { Lang } from '../../src/domain/lang.ts';

const LANGS: Lang[] = ['en', 'zh', 'ja'];
const raw = (): VenueTable => JSON.parse(readFileSync(path.join(DATA_DIR, 'conferences.json'), 'utf8'));

describe('countWord', () => {
  it('writes small counts as words in English and Chinese, in digits in Japanese and above ten', () => {
    expect(LANGS.map((l) => countWord(l, 5))).toEqual(['five', '五', '5']);
    expect(LANGS.map((l) => countWord(l, 3))).toEqual(['three', '三', '3']);
    expect(LANGS.map((l) => countWord(l, 12))).toEqual(['12', '12', '12']);
  });
});

describe('a venue and a year added to the data file alone', () => {
  it('are named in the help intro, the no-filters footer, the chart credit and method, in every language', async () => {
    const data = raw();
    const realYears = data.conferences.flatMap((c) => c.years.map((y) => y.year));
    const [first, next] = [Math.min(...realYears), Math.max(...realYears) + 1];
    const last = data.conferences[data.conferences.length - 1].label;
    data.conferences.push({
      id: 'cvpr',
      label: { en: 'CVPR', zh: 'CVPR 计算机视觉', ja: 'CVPR コンピュータビジョン', ko: 'CVPR 컴퓨터 비전' },
      words: ['cvpr'],
      years: [{ year: next, files: ['pc_cvpr.json', 'jy_cvpr_authors.json'], official: 2719, hasAffiliations: true }],
    });
    // What each language must now say, from the real table's last conference and years.
    const venues: Record<Lang, string> = {
      en: `${last.en} and CVPR`,
      zh: `${last.zh} 和 CVPR 计算机视觉`,
      ja: `${last.ja}・CVPR コンピュータビジョン`,
      ko: `${last.ko}, CVPR 컴퓨터 비전`,
    };
    const intro: Record<Lang, string> = {
      en: `${last.en} and CVPR papers, ${first}-${next}, by`,
      zh: `${last.zh}、CVPR 计算机视觉 ${first}-${next} 年录用论文`,
      ja: `${last.ja}・CVPR コンピュータビジョン ${first}～${next} 年の採択論文`,
      ko: `${last.ko}, CVPR 컴퓨터 비전 ${first}~${next}년 채택 논문`,
    };
    // A new complete year is the default of rankings (the provisional years are named, not defaulted to).
    const yearsLine: Record<Lang, string[]> = {
      en: [`*Years*: ${first}-${next}`, `A question without a year covers the complete years only: rankings ${next},`],
      zh: [`*年份*：${first}-${next}`, `不指定年份时只统计完整年份：排名默认 ${next} 年`],
      ja: [`*年*：${first}～${next}`, `年を指定しない質問は確定年のみ：順位は ${next} 年`],
      ko: [`*연도*: ${first}~${next}`, `연도가 없는 질문은 완결 연도만: 순위는 ${next}년`],
    };
    vi.resetModules();
    vi.doMock('../../data/conferences.json', () => ({ default: data }));
    try {
      const { helpText } = await import('../../src/query/help/help.ts');
      const { footerLines, footerText } = await import('../../src/render/format.ts');
      const { footnoteLines } = await import('../../src/render/chart/footnote.ts');
      const { t } = await import('../../src/i18n/t.ts');
      const { venueProse } = await import('../../src/query/help/venueProse.ts');
      for (const lang of LANGS) {
        const meta: AnswerMeta = {
          lang,
          method: 'authors',
          methodLabel: 'authors',
          rollup: true,
          filters: [],
          years: [],
          gaps: [],
          snapshot: 's',
          builtAt: 'b',
          command: 'top 10',
          notes: [],
        };
        const general = helpText(undefined, lang);
        expect(general.split('\n')[0]).toContain(intro[lang]);
        for (const part of yearsLine[lang]) expect(general).toContain(part);
        const filters = footerLines(meta).find((l) => l.kind === 'filters')!;
        expect(footerText(filters, lang)).toContain(venues[lang]);
        expect(footnoteLines(meta, lang)[0]).toContain(venues[lang]);
        expect(t(lang, 'mtext.counted', venueProse(lang))).toContain(venues[lang]);
      }
      expect(helpText('years')).toContain(`*years* — ${first} to ${next}.`);
      expect(helpText('compare', 'ja')).toMatch(new RegExp(`既定：確定年 ${first}～\\d{4}.*${next}。`));
      expect(helpText('top', 'zh')).toContain(`不写年份时用最新的完整年份（${next}）`);
    } finally {
      vi.doUnmock('../../data/conferences.json');
      vi.resetModules();
    }
  });
});
