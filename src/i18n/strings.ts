// UI strings in English, Simplified Chinese and Japanese. English is the reference:
// zh and ja are typed against its keys, so a missing translation fails `tsc`.
// Placeholders are {name}; every language must use the same set (checked in tests).
// Only interface words live here: figures, institution and country names do not.

export const en = {
  // Column headers
  'col.rank': 'Rank',
  'col.institution': 'Institution',
  'col.country': 'Country',
  'col.authors': 'Authors',
  'col.people': 'People',
  'col.papers': 'Papers',
  'col.fractional': 'Fractional authors',
  'col.first': 'First authors',
  'col.share': 'Share',
  'col.growth': 'Growth',
  'col.year': 'Year',
  'col.total': 'Total',

  // Footer terms (each is followed by its value, e.g. "Method: author slots")
  'foot.method': 'Method',
  'foot.filters': 'Filters',
  'foot.coverage': 'Coverage',
  'foot.snapshot': 'Data snapshot',
  'foot.builtAt': 'built',
  'foot.reproduce': 'Reproduce with',
  'foot.linkedEvidence': 'Linked evidence',
  'foot.linkedShare': '{pct} of this figure rests on linked evidence',
  'foot.noFilters': 'none (NeurIPS, ICML and ICLR, all tracks)',
  'foot.years': 'Years',
  'foot.unitsAsListed': 'institutions counted as listed, not rolled up into parent organisations',
  'foot.source': 'Accepted papers at NeurIPS, ICML and ICLR',

  // Titles
  'title.topInstitutions': 'Top {n} institutions, {years}',
  'title.topCountries': 'Top {n} countries and regions, {years}',
  'title.compare': '{names}, {years}',
  'title.trend': '{name}, {years}',

  // What the numbers count, by method: chart axis titles and subtitles
  'unit.authors': 'Authors on accepted papers',
  'unit.people': 'Distinct people on accepted papers',
  'unit.papers': 'Accepted papers with at least one affiliated author',
  'unit.fractional': 'Fractional authors on accepted papers',
  'unit.first': 'First authors of accepted papers',

  // Small words
  'word.and': 'and',
  'word.listSep': ', ',
  'word.noData': 'no data',
} as const;

export type StringKey = keyof typeof en;
export type Strings = Record<StringKey, string>;

export const zh: Strings = {
  'col.rank': '排名',
  'col.institution': '机构',
  'col.country': '国家/地区',
  'col.authors': '作者数',
  'col.people': '人数',
  'col.papers': '论文数',
  'col.fractional': '分数作者数',
  'col.first': '第一作者数',
  'col.share': '占比',
  'col.growth': '增长',
  'col.year': '年份',
  'col.total': '合计',

  'foot.method': '统计方法',
  'foot.filters': '筛选条件',
  'foot.coverage': '数据覆盖',
  'foot.snapshot': '数据快照',
  'foot.builtAt': '生成于',
  'foot.reproduce': '复现命令',
  'foot.linkedEvidence': '关联证据',
  'foot.linkedShare': '该数字中有 {pct} 基于关联证据',
  'foot.noFilters': '无（NeurIPS、ICML 和 ICLR，全部类别）',
  'foot.years': '年份',
  'foot.unitsAsListed': '机构按原始署名计数，未合并至上级机构',
  'foot.source': 'NeurIPS、ICML 和 ICLR 录用论文',

  'title.topInstitutions': '前 {n} 名机构，{years}',
  'title.topCountries': '前 {n} 名国家和地区，{years}',
  'title.compare': '{names}，{years}',
  'title.trend': '{name}，{years}',

  'unit.authors': '录用论文作者数',
  'unit.people': '录用论文作者人数（去重）',
  'unit.papers': '至少有一位该机构/地区作者的录用论文数',
  'unit.fractional': '录用论文分数作者数',
  'unit.first': '录用论文第一作者数',

  'word.and': '和',
  'word.listSep': '、',
  'word.noData': '无数据',
};

export const ja: Strings = {
  'col.rank': '順位',
  'col.institution': '機関',
  'col.country': '国・地域',
  'col.authors': '著者数',
  'col.people': '人数',
  'col.papers': '論文数',
  'col.fractional': '按分著者数',
  'col.first': '筆頭著者数',
  'col.share': 'シェア',
  'col.growth': '伸び率',
  'col.year': '年',
  'col.total': '合計',

  'foot.method': '集計方法',
  'foot.filters': '絞り込み条件',
  'foot.coverage': 'データの範囲',
  'foot.snapshot': 'データスナップショット',
  'foot.builtAt': '作成',
  'foot.reproduce': '再現コマンド',
  'foot.linkedEvidence': '関連付けによる根拠',
  'foot.linkedShare': 'この数値の {pct} は関連付けによる根拠に基づく',
  'foot.noFilters': 'なし（NeurIPS・ICML・ICLR、全トラック）',
  'foot.years': '対象年',
  'foot.unitsAsListed': '機関は記載どおりに集計し、上位組織には合算していない',
  'foot.source': 'NeurIPS・ICML・ICLR の採択論文',

  'title.topInstitutions': '上位 {n} 機関、{years}',
  'title.topCountries': '上位 {n} の国・地域、{years}',
  'title.compare': '{names}、{years}',
  'title.trend': '{name}、{years}',

  'unit.authors': '採択論文の著者数',
  'unit.people': '採択論文の著者の人数（重複なし）',
  'unit.papers': '所属著者が1人以上いる採択論文の数',
  'unit.fractional': '採択論文の按分著者数',
  'unit.first': '採択論文の筆頭著者数',

  'word.and': 'と',
  'word.listSep': '、',
  'word.noData': 'データなし',
};
