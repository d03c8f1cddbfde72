// Sentences as editors paste them: each one written in our own words after a published
// sentence (news, reports, blogs) that makes figures about AI research output by country or
// institution, keeping its structure, scope words, entity forms and number forms. `source`
// names the article it follows (title / outlet / address as found). The expected reading was
// written before the reader was run on it. Figures are the articles' as far as they go;
// what is tested is the reading, not the data.
//
// An entry either expects readings (what `check` must check, each figure once) and the parts
// it must list as not checked, or a refusal with the reason (`refuse`). `context` is what an
// editor adds beside the sentence when the sentence leaves the year or venue to its article
// (`check 2024 neurips: <sentence>`).
import type { Claim } from '../../src/query/check/reading.ts';
import type { OutOfScope } from '../../src/query/model/claimScope.ts';
import type { Entity } from '../../src/query/model/types.ts';

export type Expected = Partial<Omit<Claim, 'figure' | 'entity'>> & { entity: Entity; kind: Claim['figure']['kind']; value: number; qualifier?: string };

export interface PastedEntry {
  lang: 'en' | 'zh' | 'ja';
  text: string;
  source: string;
  context?: string;
  readings?: Expected[];
  /** Numbers or names (as written) the answer must list as not checked. */
  unchecked?: string[];
  /** The reason it must be refused with (any of them, when the sentence has several). */
  refuse?: OutOfScope[];
}

const c = (code: string): Entity => ({ kind: 'country', code });
const i = (id: string): Entity => ({ kind: 'institution', id });
const Y = (...ys: number[]): number[] => ys;
const ALL = [2020, 2021, 2022, 2023, 2024];

const NIKKEI_EN =
  'Nikkei Asia, "China closes in on US in AI research" (Nikkei analysis of ICLR/NeurIPS/ICML 2020-24 authors), summarised at datazoo.jp/w/日本経済新聞社/67392371';
const NIKKEI_JA = '日本経済新聞「AI研究力、中国が米国猛追」(国際3学会の採択論文 2020-24 年の著者分析), datazoo.jp/w/日本経済新聞社/67392371';
const GUANCHA = '观察者网 刘程辉「日经：中国AI研究实力紧咬美国」(转载于 jndpc28.top/gcyyeyov/jianadapc28guanwangguize/40778.html)';
const CRITEO =
  'Sergey Ivanov, "NeurIPS 2020. Comprehensive analysis of authors, organizations, and countries", Criteo R&D (medium.com/criteo-engineering/neurips-2020-comprehensive-analysis-of-authors-organizations-and-countries-a1b55a08132e)';
const TR =
  'MIT Technology Review, "Four things you need to know about China\'s AI talent pool" (technologyreview.com/2024/03/27/1090182/ai-talent-global-china-us/)';
const CBN = 'China Banking News, "China is the World\'s Biggest Source of Top-tier Artificial Intelligence Researchers" (chinabankingnews.com/2020/06/10/...)';
const ZETA =
  'Zeta Alpha, "Must read: the 100 most cited AI papers in 2022" (zeta-alpha.com), and GIGAZINE\'s summary (gigazine.net/gsc_news/en/20230307-the-100-most-cited-ai-papers/)';
const ZETA23 =
  'Zeta Alpha, "Analyzing the homerun year for LLMs: the top-100 most cited AI papers in 2023" (zeta-alpha.com/post/analyzing-the-homerun-year-for-llms...)';
const THUNDER =
  'Thundermark Capital, "AI Research Rankings 2022: Sputnik Moment for China?" (ICML 2021 + NeurIPS 2021, publication index); ja translation ichi.pro/ai-kenkyu-rankingu-2022-nen-chugoku-no-supu-toniku-no-shunkan-6920957298340';
const XZY = '新智元「全球人工智能研究年度排名公布」(Thundermark Capital 2022 排名，ICML 2021 + NeurIPS 2021), 51cto.com/article/709627.html';
const AINOW = 'AINOW「誰がNeurIPS 2020でAI研究を先導しているのか？」(Thundermark Capital の翻訳記事), ainow.ai/2021/01/25/250882/';
const XTECH = '日経クロステック「NeurIPS 2020 に日本勢の論文が相次いで採択」, xtech.nikkei.com/atcl/nxt/mag/nc/18/020600014/012600081/';
const RESEARCHP = 'ResearchPort「NeurIPS 2023 トップカンファレンス定点観測」, research-p.com/column/1912';
const NISTEP = 'NISTEP「米国人工知能会議(AAAI-20)の動向分析に関する調査研究」, nistep.go.jp/archives/58589';
const PEOPLE_JA = '人民網日本語版「AI研究成長率トップ10、中国からは6機関」2024-09-23, j.people.com.cn/n3/2024/0923/c95952-20221921.html';
const KANTSUU = '人民网/贯通日本语「中国のAI関連論文が昨年世界2位に浮上 3年間で340%増」, news.kantsuu.com/Print.asp?ArticleID=793913';
const THE_JA = 'はてなブックマーク上の THE「AI研究の発展度」記事要約 (Scopus 2011-2015 のAI論文)';
const JST = 'JST Science Portal China「AI・ロボットも米中2強時代に 国際会議発表件数裏付け」2023-05-17, spc.jst.go.jp/experiences/science/st_2323.html';
const PENGPAI = '澎湃新闻「278万篇AI论文背后，中国研究者做出了哪些贡献？」2024-07-05 (转载 jurencaifu.com/104150.html)';
const LEIPHONE = '雷锋网 AI 科技评论「ICML 2019 论文收录研究机构 TOP 榜单」, leiphone.com/news/201905/Zu7o4eldIsZ52dgh.html';
const ICLR20 = '「ICLR2020放榜 687篇入选」, codetd.com/article/13067843';
const ICLR24 = '雷峰网「在 ICLR 2024，看见中国大模型的力量」(转载 maludi.com/article/34e7599890.html)';
const VOXEL = 'Voxel51, "NeurIPS 2023 and the State of AI Research" (voxel51.com/blog/neurips-2023-and-the-state-of-ai-research/)';
const AIWORLD = 'AI World, "From Beijing to San Francisco: What NeurIPS 2025 reveals about AI leadership" (aiworld.eu/story/...)';
const NIPS17 = 'Infinia ML / Medium, "NIPS Accepted Papers Stats" (medium.com/machine-learning-in-practice/nips-accepted-papers-stats-26f124843aa0)';
const STUDOCU =
  'Valdosta Today, "Two Georgia universities rank best for AI research" (Studocu analysis of Semantic Scholar data), valdostatoday.com/news-2/region/2025/08/...';
const SUBSTACK = 'Interconnected, "Tracking Global AI Talent Flow" (interconnect.substack.com/p/tracking-global-ai-talent-flow)';
const RIKEN = 'AI Japan「NeurIPS2020 の紹介」(理研AIPセンター), ai-japan.go.jp/menu/opinion/ai-japan-mlneural-information-processing-systems-neurips2020/';

export const PASTED: PastedEntry[] = [
  // ---------------------------------------------------------------- English
  {
    lang: 'en',
    source: NIKKEI_EN,
    text: 'Counting authors from the top 50 institutions, the US led in 2024 with 14,766, while China had 8,491.',
    readings: [
      { entity: c('US'), kind: 'rank', value: 1, years: Y(2024), top: 50 },
      { entity: c('US'), kind: 'count', value: 14766, years: Y(2024), top: 50 },
      { entity: c('CN'), kind: 'count', value: 8491, years: Y(2024), top: 50 },
    ],
  },
  {
    lang: 'en',
    source: NIKKEI_EN,
    text: 'China multiplied its author count eightfold over four years, reaching 8,491 in 2024.',
    readings: [
      { entity: c('CN'), kind: 'growth', value: 8, years: ALL },
      { entity: c('CN'), kind: 'count', value: 8491, years: Y(2024) },
    ],
  },
  {
    lang: 'en',
    source: NIKKEI_EN,
    text: 'Four of the 10 institutions with the most authors in 2024 were Chinese.',
    readings: [{ entity: c('CN'), kind: 'count', value: 4, years: Y(2024), top: 10, counts: 'institutions' }],
  },
  {
    lang: 'en',
    source: NIKKEI_EN,
    text: 'Tsinghua University ranked second with 1,748 authors.',
    context: '2024',
    readings: [
      { entity: i('tsinghua'), kind: 'rank', value: 2, years: Y(2024) },
      { entity: i('tsinghua'), kind: 'count', value: 1748, years: Y(2024) },
    ],
  },
  {
    lang: 'en',
    source: NIKKEI_EN,
    text: 'Shanghai Jiao Tong University came ninth, with 910 authors.',
    context: '2024',
    readings: [
      { entity: i('sjtu'), kind: 'rank', value: 9, years: Y(2024) },
      { entity: i('sjtu'), kind: 'count', value: 910, years: Y(2024) },
    ],
  },
  {
    lang: 'en',
    source: NIKKEI_EN,
    text: 'No Japanese company made the top 50; RIKEN ranked 64th and the University of Tokyo 71st.',
    context: '2024',
    readings: [
      { entity: i('riken'), kind: 'rank', value: 64, years: Y(2024) },
      { entity: i('utokyo'), kind: 'rank', value: 71, years: Y(2024) },
    ],
    unchecked: ['top 50'],
  },
  {
    lang: 'en',
    source: NIKKEI_EN,
    text: 'Six of the top 10 were American, with Google first and Stanford University third.',
    context: '2024',
    readings: [
      { entity: c('US'), kind: 'count', value: 6, years: Y(2024), top: 10, counts: 'institutions' },
      { entity: i('google'), kind: 'rank', value: 1, years: Y(2024) },
      { entity: i('stanford'), kind: 'rank', value: 3, years: Y(2024) },
    ],
  },
  {
    lang: 'en',
    source: NIKKEI_EN,
    text: 'The US-China contest is tightening: American authors numbered 14,766 in 2024.',
    readings: [{ entity: c('US'), kind: 'count', value: 14766, years: Y(2024) }],
  },
  {
    lang: 'en',
    source: CRITEO,
    text: 'Among the top-10 at NeurIPS 2020, Tsinghua University placed 7️⃣th, DeepMind 9️⃣th and the University of Oxford 🔟th.',
    readings: [
      { entity: i('tsinghua'), kind: 'rank', value: 7, years: Y(2020), conferences: ['neurips'] },
      { entity: i('google-deepmind'), kind: 'rank', value: 9, years: Y(2020), conferences: ['neurips'] },
      { entity: i('oxford'), kind: 'rank', value: 10, years: Y(2020), conferences: ['neurips'] },
    ],
    unchecked: ['top-10'],
  },
  {
    lang: 'en',
    source: CRITEO,
    text: 'For the top ten this year there are, for the first time, three organizations from outside the US: Tsinghua University from China (7️⃣th place), DeepMind (9️⃣th) and the University of Oxford (🔟th).',
    context: '2020 neurips',
    readings: [
      { entity: i('tsinghua'), kind: 'rank', value: 7, years: Y(2020), conferences: ['neurips'] },
      { entity: i('google-deepmind'), kind: 'rank', value: 9, years: Y(2020), conferences: ['neurips'] },
      { entity: i('oxford'), kind: 'rank', value: 10, years: Y(2020), conferences: ['neurips'] },
    ],
  },
  {
    lang: 'en',
    source: CRITEO,
    text: 'NeurIPS 2020 accepted 1,900 of 9,454 submissions, an acceptance rate of 20%.',
    refuse: ['submissions'],
  },
  {
    lang: 'en',
    source: CRITEO,
    text: 'Google had more than 100 accepted papers at NeurIPS 2020.',
    readings: [{ entity: i('google'), kind: 'count', value: 100, years: Y(2020), qualifier: 'over', conferences: ['neurips'], method: 'papers' }],
  },
  {
    lang: 'en',
    source: TR,
    text: 'In 2022, Chinese researchers made up 26% of the most elite AI researchers, against 28% for Americans.',
    refuse: ['talent', 'origin'],
  },
  {
    lang: 'en',
    source: CBN,
    text: 'China is the country of origin of 29% of top-tier AI researchers, ahead of the US at 20%.',
    refuse: ['origin', 'talent'],
  },
  {
    lang: 'en',
    source: TR,
    text: 'By 2024 they made up 30% of the authors, nearly dethroning the US (American authors made up 33%).',
    readings: [{ entity: c('US'), kind: 'share', value: 0.33, years: Y(2024) }],
    unchecked: ['30%', 'US'],
  },
  {
    lang: 'en',
    source: ZETA,
    text: 'Google, on top for the third year running, has the most again, with 70 in 2024.',
    readings: [{ entity: i('google'), kind: 'rank', value: 1, years: Y(2024) }],
    unchecked: ['70'],
  },
  {
    lang: 'en',
    source: CBN,
    text: '59% of the top-tier AI researchers work in the US, with China a distant second at 11%.',
    refuse: ['talent'],
  },
  {
    lang: 'en',
    source: CBN,
    text: 'Only two of the top 25 institutions at NeurIPS 2019 were Chinese, with Tsinghua tied for ninth.',
    refuse: ['years'],
  },
  {
    lang: 'en',
    source: TR,
    text: 'China now has some 2,000 AI majors across its universities, a pipeline for AI talent.',
    refuse: ['talent'],
  },
  {
    lang: 'en',
    source: ZETA,
    text: 'The US had 68 of the 100 most cited AI papers in 2022, with China in second place.',
    refuse: ['citations'],
  },
  {
    lang: 'en',
    source: ZETA23,
    text: "Meta's LLaMA paper drew 8,534 citations, more than any other paper of 2023.",
    refuse: ['citations'],
  },
  {
    lang: 'en',
    source: THUNDER,
    text: 'Counting only ICML and NeurIPS, Google had a publication index of 200 in 2021, as if it had published 200 full papers.',
    readings: [{ entity: i('google'), kind: 'count', value: 200, years: Y(2021), conferences: ['icml', 'neurips'], method: 'fractional' }],
  },
  {
    lang: 'en',
    source: THUNDER,
    text: 'In paper equivalents across ICML and NeurIPS 2021, the US scored 1,801.3 and China 431.1.',
    readings: [
      { entity: c('US'), kind: 'count', value: 1801.3, years: Y(2021), conferences: ['icml', 'neurips'], method: 'fractional' },
      { entity: c('CN'), kind: 'count', value: 431.1, years: Y(2021), conferences: ['icml', 'neurips'], method: 'fractional' },
    ],
  },
  {
    lang: 'en',
    source: THUNDER,
    text: 'Japan placed tenth among countries with 62.1 paper equivalents, behind Israel.',
    context: '2021 icml neurips',
    readings: [
      { entity: c('JP'), kind: 'rank', value: 10, years: Y(2021), conferences: ['icml', 'neurips'], method: 'fractional' },
      { entity: c('JP'), kind: 'count', value: 62.1, years: Y(2021), conferences: ['icml', 'neurips'], method: 'fractional' },
    ],
    unchecked: ['Israel'],
  },
  {
    lang: 'en',
    source: AIWORLD,
    text: 'Chinese and US institutions account for a large share of the authorships at NeurIPS 2025.',
    refuse: ['years'],
  },
  {
    lang: 'en',
    source: NIPS17,
    text: "Lawrence Carin's group was responsible for ten papers at NIPS this year.",
    refuse: ['person'],
  },
  {
    lang: 'en',
    source: STUDOCU,
    text: 'Stanford University tops the U.S. rankings with 12,019 AI publications in Semantic Scholar.',
    refuse: ['otherData'],
  },
  {
    lang: 'en',
    source: THE_JA,
    text: 'China published more than 37,000 AI papers between 2011 and 2015, according to Scopus.',
    refuse: ['otherData', 'years'],
  },
  {
    lang: 'en',
    source: VOXEL,
    text: 'Apple had 45 papers at CVPR 2024, more than at NeurIPS.',
    refuse: ['venue'],
  },
  {
    lang: 'en',
    source: PENGPAI,
    text: 'Huawei filed more than 2,000 AI patents in 2022.',
    refuse: ['patents'],
  },
  {
    lang: 'en',
    source: PEOPLE_JA,
    text: 'In the Nature Index tables for AI, the Chinese Academy of Sciences led all institutions in 2023.',
    refuse: ['journal'],
  },
  {
    lang: 'en',
    source: RESEARCHP,
    text: 'Yoshua Bengio co-authored 30 papers at NeurIPS 2023.',
    refuse: ['person'],
  },
  {
    lang: 'en',
    source: ICLR24,
    text: 'ICLR 2024 received 7,262 submissions and accepted 2,260 of them, an acceptance rate of 31%.',
    refuse: ['submissions'],
  },
  {
    lang: 'en',
    source: NISTEP,
    text: 'At AAAI-20, 57% of first authors had names presumed to be Chinese.',
    refuse: ['venue', 'origin'],
  },
  {
    lang: 'en',
    source: NIKKEI_EN,
    text: 'AI research leader Google had 1,838 authors in 2024.',
    readings: [{ entity: i('google'), kind: 'count', value: 1838, years: Y(2024) }],
  },
  {
    lang: 'en',
    source: CRITEO,
    text: 'Chinese authors made up 28% of all authors at NeurIPS 2024.',
    readings: [{ entity: c('CN'), kind: 'share', value: 0.28, years: Y(2024), conferences: ['neurips'] }],
  },
  {
    lang: 'en',
    source: CRITEO,
    text: "Between 2020 and 2024, China's share of NeurIPS authors rose from 12% to 25%.",
    readings: [
      { entity: c('CN'), kind: 'share', value: 0.12, years: Y(2020), conferences: ['neurips'] },
      { entity: c('CN'), kind: 'share', value: 0.25, years: Y(2024), conferences: ['neurips'] },
    ],
  },
  {
    lang: 'en',
    source: NIKKEI_EN,
    text: 'The number of authors from Chinese institutions grew 8x between 2020 and 2024.',
    readings: [{ entity: c('CN'), kind: 'growth', value: 8, years: ALL }],
  },
  {
    lang: 'en',
    source: CRITEO,
    text: 'At ICLR 2024, Google DeepMind had 250 authors, ahead of Microsoft by 60%.',
    readings: [{ entity: i('google-deepmind'), kind: 'count', value: 250, years: Y(2024), conferences: ['iclr'] }],
    unchecked: ['60%', 'Microsoft'],
  },
  {
    lang: 'en',
    source: NIKKEI_EN,
    text: "Among the top 50 institutions, China's share of authors reached 36% in 2024.",
    readings: [{ entity: c('CN'), kind: 'share', value: 0.36, years: Y(2024), top: 50 }],
  },
  {
    lang: 'en',
    source: VOXEL,
    text: 'Counting orals and spotlights together, Stanford had 40 authors at NeurIPS 2023.',
    readings: [{ entity: i('stanford'), kind: 'count', value: 40, years: Y(2023), conferences: ['neurips'], statuses: ['oral', 'spotlight'] }],
  },
  {
    lang: 'en',
    source: THUNDER,
    text: 'At the two leading conferences, NeurIPS and ICML, MIT had 700 authors in 2023.',
    readings: [{ entity: i('mit'), kind: 'count', value: 700, years: Y(2023), conferences: ['neurips', 'icml'] }],
  },
  {
    lang: 'en',
    source: RESEARCHP,
    text: 'Only 3% of NeurIPS 2024 submissions became orals, yet Tsinghua authors appeared on 15 oral papers.',
    readings: [{ entity: i('tsinghua'), kind: 'count', value: 15, years: Y(2024), conferences: ['neurips'], status: 'oral', method: 'papers' }],
    unchecked: ['3%'],
  },
  {
    lang: 'en',
    source: NISTEP,
    text: 'In 2023, Chinese-born researchers wrote a third of the NeurIPS papers.',
    refuse: ['origin'],
  },
  {
    lang: 'en',
    source: CRITEO,
    text: 'About 1/8 of the ICML 2022 authors were at UK institutions.',
    readings: [{ entity: c('GB'), kind: 'share', value: 0.125, years: Y(2022), conferences: ['icml'], qualifier: 'about' }],
  },
  {
    lang: 'en',
    source: THUNDER,
    text: 'In paper equivalents, Tsinghua scored 120 at NeurIPS 2024.',
    readings: [{ entity: i('tsinghua'), kind: 'count', value: 120, years: Y(2024), conferences: ['neurips'], method: 'fractional' }],
  },
  {
    lang: 'en',
    source: THUNDER,
    text: 'Japan ranked 12th with 590 authors in 2024, just behind Singapore.',
    readings: [
      { entity: c('JP'), kind: 'rank', value: 12, years: Y(2024) },
      { entity: c('JP'), kind: 'count', value: 590, years: Y(2024) },
    ],
    unchecked: ['Singapore'],
  },
  {
    lang: 'en',
    source: NIKKEI_EN,
    text: 'Chinese universities took four of the top 10 spots in 2024.',
    readings: [{ entity: c('CN'), kind: 'count', value: 4, years: Y(2024), top: 10, counts: 'institutions', instType: 'university' }],
  },
  {
    lang: 'en',
    source: NIKKEI_EN,
    text: "Tsinghua's author count more than doubled over four years, to 1,748 in 2024.",
    readings: [
      { entity: i('tsinghua'), kind: 'growth', value: 2, years: ALL, qualifier: 'over' },
      { entity: i('tsinghua'), kind: 'count', value: 1748, years: Y(2024) },
    ],
  },
  {
    lang: 'en',
    source: CRITEO,
    text: 'China overtook the US as the top country for first authors at ICLR in 2024.',
    readings: [{ entity: c('CN'), kind: 'rank', value: 1, years: Y(2024), conferences: ['iclr'], method: 'first' }],
    unchecked: ['US'],
  },
  {
    lang: 'en',
    source: SUBSTACK,
    text: "About 47% of the world's AI talent did its undergraduate studies in China.",
    refuse: ['talent', 'origin'],
  },
  {
    lang: 'en',
    source: RIKEN,
    text: 'About 40 papers from Japan were accepted at NeurIPS this year.',
    context: '2020',
    readings: [{ entity: c('JP'), kind: 'count', value: 40, years: Y(2020), conferences: ['neurips'], qualifier: 'about', method: 'papers' }],
  },
  {
    lang: 'en',
    source: CRITEO,
    text: 'Google, with 180 papers, had twice as many as Microsoft at NeurIPS 2020.',
    readings: [{ entity: i('google'), kind: 'count', value: 180, years: Y(2020), conferences: ['neurips'], method: 'papers' }],
    unchecked: ['twice', 'Microsoft'],
  },

  // ---------------------------------------------------------------- Chinese
  {
    lang: 'zh',
    source: GUANCHA,
    text: '分析三大顶尖AI学会2024年录用的论文可以发现，作者数量最多的前十大机构中，有四家来自中国。',
    readings: [{ entity: c('CN'), kind: 'count', value: 4, years: Y(2024), top: 10, counts: 'institutions' }],
  },
  {
    lang: 'zh',
    source: GUANCHA,
    text: '它们是排名第2的清华大学、并列第6的北京大学和浙江大学，以及排名第9的上海交通大学。',
    context: '2024',
    readings: [
      { entity: i('tsinghua'), kind: 'rank', value: 2, years: Y(2024) },
      { entity: i('pku'), kind: 'rank', value: 6, years: Y(2024) },
      { entity: i('zju'), kind: 'rank', value: 6, years: Y(2024) },
      { entity: i('sjtu'), kind: 'rank', value: 9, years: Y(2024) },
    ],
  },
  {
    lang: 'zh',
    source: GUANCHA,
    text: '从2024年录用论文作者所在的国家来看，美国以14766名作者排名第1，中国以8491名作者位居第2。',
    readings: [
      { entity: c('US'), kind: 'count', value: 14766, years: Y(2024) },
      { entity: c('US'), kind: 'rank', value: 1, years: Y(2024) },
      { entity: c('CN'), kind: 'count', value: 8491, years: Y(2024) },
      { entity: c('CN'), kind: 'rank', value: 2, years: Y(2024) },
    ],
  },
  {
    lang: 'zh',
    source: GUANCHA,
    // A rewritten copy of the article names the US in a form no table holds: its figures must not go to China.
    text: '从作者所在国家来看，该国以14766名作者排名第1，中国以8491名作者位居第2。',
    context: '2024',
    readings: [
      { entity: c('CN'), kind: 'count', value: 8491, years: Y(2024) },
      { entity: c('CN'), kind: 'rank', value: 2, years: Y(2024) },
    ],
    unchecked: ['14766', '第1'],
  },
  {
    lang: 'zh',
    source: GUANCHA,
    text: '过去几年中国的研究能力迅速增强，作者数量四年内增加了八倍。',
    context: '2024',
    readings: [{ entity: c('CN'), kind: 'growth', value: 8, years: ALL }],
  },
  {
    lang: 'zh',
    source: GUANCHA,
    text: '按机构划分，美国有六所机构进入前10名。',
    context: '2024',
    readings: [{ entity: c('US'), kind: 'count', value: 6, years: Y(2024), top: 10, counts: 'institutions' }],
  },
  {
    lang: 'zh',
    source: GUANCHA,
    text: '其中包括排名第1的谷歌和排名第3的斯坦福大学。',
    context: '2024',
    readings: [
      { entity: i('google'), kind: 'rank', value: 1, years: Y(2024) },
      { entity: i('stanford'), kind: 'rank', value: 3, years: Y(2024) },
    ],
  },
  {
    lang: 'zh',
    source: GUANCHA,
    text: '清华大学以1748名作者排名第2，北京大学（906名）和浙江大学（906名）并列第6。',
    context: '2024',
    readings: [
      { entity: i('tsinghua'), kind: 'count', value: 1748, years: Y(2024) },
      { entity: i('tsinghua'), kind: 'rank', value: 2, years: Y(2024) },
      { entity: i('pku'), kind: 'count', value: 906, years: Y(2024) },
      { entity: i('zju'), kind: 'count', value: 906, years: Y(2024) },
      { entity: i('pku'), kind: 'rank', value: 6, years: Y(2024) },
      { entity: i('zju'), kind: 'rank', value: 6, years: Y(2024) },
    ],
  },
  {
    lang: 'zh',
    source: GUANCHA,
    text: '上海交通大学以910名作者排名第9。',
    context: '2024',
    readings: [
      { entity: i('sjtu'), kind: 'count', value: 910, years: Y(2024) },
      { entity: i('sjtu'), kind: 'rank', value: 9, years: Y(2024) },
    ],
  },
  {
    lang: 'zh',
    source: GUANCHA,
    text: '新加坡国立大学、韩国科学技术院也进入了前二十名。',
    context: '2024',
    readings: [
      { entity: i('nus'), kind: 'rank', value: 20, years: Y(2024), qualifier: 'atMost' },
      { entity: i('kaist'), kind: 'rank', value: 20, years: Y(2024), qualifier: 'atMost' },
    ],
  },
  {
    lang: 'zh',
    source: GUANCHA,
    text: '日本企业未能进入前50，日本理化学研究所排名第64位，东京大学排名第71位。',
    context: '2024',
    readings: [
      { entity: i('riken'), kind: 'rank', value: 64, years: Y(2024) },
      { entity: i('utokyo'), kind: 'rank', value: 71, years: Y(2024) },
    ],
    unchecked: ['前50'],
  },
  {
    lang: 'zh',
    source: PENGPAI,
    text: '中国作者的AI论文数在过去五年中位居全球第一。',
    refuse: ['otherData'],
  },
  {
    lang: 'zh',
    source: PENGPAI,
    text: '过去五年，全球AI论文的top10研究机构中有9个来自中国，中国科学院稳坐第一。',
    refuse: ['otherData'],
  },
  {
    lang: 'zh',
    source: PENGPAI,
    text: '2022年，中国的人工智能专利数量占比达61.1%，远超美国的20.9%。',
    refuse: ['patents'],
  },
  {
    lang: 'zh',
    source: LEIPHONE,
    text: 'ICML 2019上，谷歌以80多篇收录论文位列第一。',
    refuse: ['years'],
  },
  {
    lang: 'zh',
    source: ICLR20,
    text: '据统计，约有320篇被接收论文中有华人学者参与，占比47%。',
    refuse: ['origin'],
  },
  {
    lang: 'zh',
    source: ICLR24,
    text: 'ICLR 2024共收到7262篇投稿，最终接收2260篇，接收率约为31%。',
    refuse: ['submissions'],
  },
  {
    lang: 'zh',
    source: XZY,
    text: '按论文当量计算，只看ICML和NeurIPS 2021两个顶会，美国为1801.3，中国为431.1。',
    readings: [
      { entity: c('US'), kind: 'count', value: 1801.3, years: Y(2021), conferences: ['icml', 'neurips'], method: 'fractional' },
      { entity: c('CN'), kind: 'count', value: 431.1, years: Y(2021), conferences: ['icml', 'neurips'], method: 'fractional' },
    ],
  },
  {
    lang: 'zh',
    source: XZY,
    text: '日本以62.1篇论文当量排名第10，落后于以色列。',
    context: '2021 icml neurips',
    readings: [
      { entity: c('JP'), kind: 'count', value: 62.1, years: Y(2021), conferences: ['icml', 'neurips'], method: 'fractional' },
      { entity: c('JP'), kind: 'rank', value: 10, years: Y(2021), conferences: ['icml', 'neurips'], method: 'fractional' },
    ],
    unchecked: ['以色列'],
  },
  {
    lang: 'zh',
    source: PEOPLE_JA,
    text: 'Nature Index显示，2019-2023年人工智能研究成果增长率前十的机构中，中国占6家。',
    refuse: ['journal'],
  },
  {
    lang: 'zh',
    source: PEOPLE_JA,
    text: '中国科学院的期刊论文数量排名第一。',
    refuse: ['journal'],
  },
  {
    lang: 'zh',
    source: TR,
    text: '全球顶尖AI人才中，本科毕业于中国的占47%。',
    refuse: ['talent', 'origin'],
  },
  {
    lang: 'zh',
    source: ICLR20,
    text: '华人学者在NeurIPS 2023论文中占比超过三成。',
    refuse: ['origin'],
  },
  {
    lang: 'zh',
    source: ICLR24,
    text: '清华大学教授唐杰在ICLR 2024有10篇论文入选。',
    refuse: ['person'],
  },
  {
    lang: 'zh',
    source: ICLR24,
    text: 'CVPR 2024上，中国机构的论文占比接近40%。',
    refuse: ['venue'],
  },
  {
    lang: 'zh',
    source: GUANCHA,
    text: 'NeurIPS 2024上，中国作者占比为28%。',
    readings: [{ entity: c('CN'), kind: 'share', value: 0.28, years: Y(2024), conferences: ['neurips'] }],
  },
  {
    lang: 'zh',
    source: GUANCHA,
    text: '2020年至2024年，清华大学的作者数从300增长到1748。',
    readings: [
      { entity: i('tsinghua'), kind: 'count', value: 300, years: Y(2020) },
      { entity: i('tsinghua'), kind: 'count', value: 1748, years: Y(2024) },
    ],
  },
  {
    lang: 'zh',
    source: LEIPHONE,
    text: '按第一作者计算，2024年中国在ICLR的作者数排名第一。',
    readings: [{ entity: c('CN'), kind: 'rank', value: 1, years: Y(2024), conferences: ['iclr'], method: 'first' }],
  },
  {
    lang: 'zh',
    source: GUANCHA,
    text: '2024年，美国作者约为1.5万人，中国约为8500人。',
    readings: [
      { entity: c('US'), kind: 'count', value: 15000, years: Y(2024), qualifier: 'about' },
      { entity: c('CN'), kind: 'count', value: 8500, years: Y(2024), qualifier: 'about' },
    ],
  },
  {
    lang: 'zh',
    source: GUANCHA,
    text: '21年，清华大学的作者数为500人。',
    readings: [{ entity: i('tsinghua'), kind: 'count', value: 500, years: Y(2021) }],
  },
  {
    lang: 'zh',
    source: LEIPHONE,
    text: '2012 年以来，谷歌的收录论文数一直位居第一。',
    refuse: ['years'],
  },
  {
    lang: 'zh',
    source: GUANCHA,
    text: '中美AI竞争加剧，2024年中国有8491名作者。',
    readings: [{ entity: c('CN'), kind: 'count', value: 8491, years: Y(2024) }],
  },
  {
    lang: 'zh',
    source: XTECH,
    text: '谷歌的论文数是微软的2倍以上。',
    context: '2020 neurips',
    readings: [],
    unchecked: ['2倍以上', '谷歌', '微软'],
  },
  {
    lang: 'zh',
    source: GUANCHA,
    text: '2024年，中国作者数达到1万4766人。',
    readings: [{ entity: c('CN'), kind: 'count', value: 14766, years: Y(2024) }],
  },

  // ---------------------------------------------------------------- Japanese
  {
    lang: 'ja',
    source: NIKKEI_JA,
    text: 'トップ研究が集まる国際3学会の採択論文を分析したところ、著者数の多い上位10機関に中国勢が4機関入った。',
    context: '2024',
    readings: [{ entity: c('CN'), kind: 'count', value: 4, years: Y(2024), top: 10, counts: 'institutions' }],
  },
  {
    lang: 'ja',
    source: NIKKEI_JA,
    text: '上位50機関からの採択論文の延べ著者数を国別に見ると、2024年の首位の米国は1万4766人、2位の中国は8491人だった。',
    readings: [
      { entity: c('US'), kind: 'rank', value: 1, years: Y(2024), top: 50 },
      { entity: c('US'), kind: 'count', value: 14766, years: Y(2024), top: 50 },
      { entity: c('CN'), kind: 'rank', value: 2, years: Y(2024), top: 50 },
      { entity: c('CN'), kind: 'count', value: 8491, years: Y(2024), top: 50 },
    ],
  },
  {
    lang: 'ja',
    source: NIKKEI_JA,
    text: '中国は急速に研究力を高めており、4年間で著者数を8倍に増やした。',
    context: '2024',
    readings: [{ entity: c('CN'), kind: 'growth', value: 8, years: ALL }],
  },
  {
    lang: 'ja',
    source: NIKKEI_JA,
    text: '清華大学は1748人で2位だった。',
    context: '2024',
    readings: [
      { entity: i('tsinghua'), kind: 'count', value: 1748, years: Y(2024) },
      { entity: i('tsinghua'), kind: 'rank', value: 2, years: Y(2024) },
    ],
  },
  {
    lang: 'ja',
    source: NIKKEI_JA,
    text: '北京大学と浙江大学がそれぞれ906人で6位に並んだ。',
    context: '2024',
    readings: [
      { entity: i('pku'), kind: 'count', value: 906, years: Y(2024) },
      { entity: i('zju'), kind: 'count', value: 906, years: Y(2024) },
      { entity: i('pku'), kind: 'rank', value: 6, years: Y(2024) },
      { entity: i('zju'), kind: 'rank', value: 6, years: Y(2024) },
    ],
  },
  {
    lang: 'ja',
    source: NIKKEI_JA,
    text: '日本勢は上位50に入らず、理化学研究所が64位、東京大学が71位だった。',
    context: '2024',
    readings: [
      { entity: i('riken'), kind: 'rank', value: 64, years: Y(2024) },
      { entity: i('utokyo'), kind: 'rank', value: 71, years: Y(2024) },
    ],
    unchecked: ['上位50'],
  },
  {
    lang: 'ja',
    source: NIKKEI_JA,
    text: 'シンガポール国立大学や韓国科学技術院も上位20機関に入った。',
    context: '2024',
    readings: [
      { entity: i('nus'), kind: 'rank', value: 20, years: Y(2024), qualifier: 'atMost' },
      { entity: i('kaist'), kind: 'rank', value: 20, years: Y(2024), qualifier: 'atMost' },
    ],
  },
  {
    lang: 'ja',
    source: AINOW,
    text: 'トップ100機関のランキングでは、日本から44位の東京大学と75位の理化学研究所が入った。',
    context: '2020 neurips',
    readings: [
      { entity: i('utokyo'), kind: 'rank', value: 44, years: Y(2020), conferences: ['neurips'] },
      { entity: i('riken'), kind: 'rank', value: 75, years: Y(2020), conferences: ['neurips'] },
    ],
    unchecked: ['トップ100'],
  },
  {
    lang: 'ja',
    source: AINOW,
    text: 'Googleが圧倒的な首位を守った。',
    context: '2020 neurips',
    readings: [{ entity: i('google'), kind: 'rank', value: 1, years: Y(2020), conferences: ['neurips'] }],
  },
  {
    lang: 'ja',
    source: AINOW,
    text: '機関の国別で見ると、1位がアメリカで2位が中国だった。',
    context: '2020 neurips',
    readings: [
      { entity: c('US'), kind: 'rank', value: 1, years: Y(2020), conferences: ['neurips'] },
      { entity: c('CN'), kind: 'rank', value: 2, years: Y(2020), conferences: ['neurips'] },
    ],
  },
  {
    lang: 'ja',
    source: XTECH,
    text: '20年には世界各地から9467本の論文応募があり、20%の1898本を採択した。',
    refuse: ['submissions'],
  },
  {
    lang: 'ja',
    source: XTECH,
    text: '研究・学術機関で1位のスタンフォード大学は109件だった。',
    context: '2020 neurips',
    readings: [
      { entity: i('stanford'), kind: 'rank', value: 1, years: Y(2020), conferences: ['neurips'] },
      { entity: i('stanford'), kind: 'count', value: 109, years: Y(2020), conferences: ['neurips'], method: 'papers' },
    ],
  },
  {
    lang: 'ja',
    source: XTECH,
    text: 'グーグルの採択件数はマイクロソフトの2倍以上だ。',
    context: '2020 neurips',
    readings: [],
    unchecked: ['2倍以上', 'グーグル', 'マイクロソフト'],
  },
  {
    lang: 'ja',
    source: RESEARCHP,
    text: 'NeurIPS 2023では、日本人からの研究は3,218件中104本だった。',
    refuse: ['origin'],
  },
  {
    lang: 'ja',
    source: RESEARCHP,
    text: 'NeurIPS 2023の採択率は26%強で、高い難易度を保っている。',
    refuse: ['submissions'],
  },
  {
    lang: 'ja',
    source: NISTEP,
    text: 'AAAI-20の全発表数は1589件で、中華圏系の氏名と推定される筆頭著者の発表は904件だった。',
    refuse: ['venue', 'origin'],
  },
  {
    lang: 'ja',
    source: PEOPLE_JA,
    text: 'Nature Indexによると、2019-23年のAI研究成果の成長率トップ10機関のうち6機関が中国だった。',
    refuse: ['journal'],
  },
  {
    lang: 'ja',
    source: KANTSUU,
    text: '中国のAI関連論文は2015年に世界4位だったが、昨年には340%増で世界2位に浮上した。',
    refuse: ['otherData', 'years'],
  },
  {
    lang: 'ja',
    source: THE_JA,
    text: 'Scopusのデータでは、中国は3.7万件を超えるAI関連の論文を発表している。',
    refuse: ['otherData'],
  },
  {
    lang: 'ja',
    source: JST,
    text: 'IJCAIなど主要6国際会議で、中国の発表件数が米国を上回った。',
    refuse: ['venue'],
  },
  {
    lang: 'ja',
    source: NIKKEI_JA,
    text: '2024年のNeurIPSで、東大の著者数は171人だった。',
    readings: [{ entity: i('utokyo'), kind: 'count', value: 171, years: Y(2024), conferences: ['neurips'] }],
  },
  {
    lang: 'ja',
    source: NIKKEI_JA,
    text: '京都大学は2024年に国内2位の98人だった。',
    readings: [
      { entity: i('kyoto'), kind: 'rank', value: 2, years: Y(2024), country: 'JP' },
      { entity: i('kyoto'), kind: 'count', value: 98, years: Y(2024) },
    ],
  },
  {
    lang: 'ja',
    source: NIKKEI_JA,
    text: '2020年から2024年にかけて、日本の著者数は約1.5倍に増えた。',
    readings: [{ entity: c('JP'), kind: 'growth', value: 1.5, years: ALL, qualifier: 'about' }],
  },
  {
    lang: 'ja',
    source: NIKKEI_JA,
    text: '2024年、日本の著者シェアは2.1%にとどまった。',
    readings: [{ entity: c('JP'), kind: 'share', value: 0.021, years: Y(2024) }],
  },
  {
    lang: 'ja',
    source: NIKKEI_JA,
    text: '筆頭著者で数えると、2024年の中国は2100人だった。',
    readings: [{ entity: c('CN'), kind: 'count', value: 2100, years: Y(2024), method: 'first' }],
  },
  {
    lang: 'ja',
    source: VOXEL,
    text: '2024年のICLRで、オーラルとスポットライトを合わせると中国勢は60人だった。',
    readings: [{ entity: c('CN'), kind: 'count', value: 60, years: Y(2024), conferences: ['iclr'], statuses: ['oral', 'spotlight'] }],
  },
  {
    lang: 'ja',
    source: NIKKEI_JA,
    text: '２０２４年に理研の著者数は９５人だった。',
    readings: [{ entity: i('riken'), kind: 'count', value: 95, years: Y(2024) }],
  },
  {
    lang: 'ja',
    source: NIKKEI_JA,
    text: '米中対立が続くなか、2024年の米国の著者数は1万4766人だった。',
    readings: [{ entity: c('US'), kind: 'count', value: 14766, years: Y(2024) }],
  },
  {
    lang: 'ja',
    source: RESEARCHP,
    text: 'この研究者は2023年のNeurIPSで5本の論文を発表した。',
    refuse: ['person'],
  },
  {
    lang: 'ja',
    source: SUBSTACK,
    text: 'AI人材の約半数が中国出身だという。',
    refuse: ['talent', 'origin'],
  },
  {
    lang: 'ja',
    source: RIKEN,
    text: '日本からは約40件の論文が採択された。',
    context: '2020 neurips',
    readings: [{ entity: c('JP'), kind: 'count', value: 40, years: Y(2020), conferences: ['neurips'], qualifier: 'about', method: 'papers' }],
  },
  {
    lang: 'ja',
    source: NIKKEI_JA,
    text: '2024年、中国の大学は上位10機関のうち4つを占めた。',
    readings: [{ entity: c('CN'), kind: 'count', value: 4, years: Y(2024), top: 10, counts: 'institutions', instType: 'university' }],
  },
  {
    lang: 'ja',
    source: NIKKEI_JA,
    text: '21年の東京大学の著者数は80人だった。',
    readings: [{ entity: i('utokyo'), kind: 'count', value: 80, years: Y(2021) }],
  },
];

/**
 * Written after the reader was tuned on PASTED, and not tuned on: how the reader does on
 * sentences it has not seen (measured and printed; only misreads are held to zero).
 */
export const HELD_OUT: PastedEntry[] = [
  { lang: 'en', source: CRITEO, text: 'Stanford and MIT followed Google as the most prolific organizations at NeurIPS 2020.', readings: [] },
  {
    lang: 'en',
    source: NIKKEI_EN,
    text: 'Peking University and Zhejiang University were tied for sixth in 2024, each with 906 authors.',
    readings: [
      { entity: i('pku'), kind: 'rank', value: 6, years: Y(2024) },
      { entity: i('zju'), kind: 'rank', value: 6, years: Y(2024) },
      { entity: i('pku'), kind: 'count', value: 906, years: Y(2024) },
      { entity: i('zju'), kind: 'count', value: 906, years: Y(2024) },
    ],
  },
  {
    lang: 'en',
    source: NIKKEI_EN,
    text: 'In 2020, Chinese institutions had barely 1,000 authors among the top 50.',
    readings: [{ entity: c('CN'), kind: 'count', value: 1000, years: Y(2020), top: 50 }],
  },
  { lang: 'en', source: ZETA, text: 'Google accounted for the largest number of highly cited papers in 2022.', refuse: ['citations'] },
  {
    lang: 'en',
    source: THUNDER,
    text: 'The UK came third with 189 paper equivalents at ICML and NeurIPS 2021.',
    readings: [
      { entity: c('GB'), kind: 'rank', value: 3, years: Y(2021), conferences: ['icml', 'neurips'], method: 'fractional' },
      { entity: c('GB'), kind: 'count', value: 189, years: Y(2021), conferences: ['icml', 'neurips'], method: 'fractional' },
    ],
  },
  { lang: 'en', source: CBN, text: '88% of Chinese AI PhD students choose to work in the US after graduating.', refuse: ['talent', 'origin'] },
  {
    lang: 'en',
    source: NIKKEI_EN,
    text: 'KAIST was the only Korean institution in the top 20 in 2024.',
    readings: [{ entity: i('kaist'), kind: 'rank', value: 20, years: Y(2024), qualifier: 'atMost' }],
  },
  { lang: 'zh', source: GUANCHA, text: '2024年，韩国科学技术院排名第15位。', readings: [{ entity: i('kaist'), kind: 'rank', value: 15, years: Y(2024) }] },
  {
    lang: 'zh',
    source: XZY,
    text: '在这两个顶会上，英国以189.0的论文当量位居第三。',
    context: '2021 icml neurips',
    readings: [
      { entity: c('GB'), kind: 'count', value: 189, years: Y(2021), conferences: ['icml', 'neurips'], method: 'fractional' },
      { entity: c('GB'), kind: 'rank', value: 3, years: Y(2021), conferences: ['icml', 'neurips'], method: 'fractional' },
    ],
  },
  { lang: 'zh', source: PENGPAI, text: '中国科学院在AI论文被引次数上排名全球第二。', refuse: ['citations', 'otherData'] },
  {
    lang: 'zh',
    source: GUANCHA,
    text: '2020年，中国作者仅有1000余人。',
    readings: [{ entity: c('CN'), kind: 'count', value: 1000, years: Y(2020), qualifier: 'over' }],
  },
  {
    lang: 'zh',
    source: ICLR24,
    text: 'ICLR 2024上，清华大学有超过100名作者。',
    readings: [{ entity: i('tsinghua'), kind: 'count', value: 100, years: Y(2024), conferences: ['iclr'], qualifier: 'over' }],
  },
  {
    lang: 'zh',
    source: LEIPHONE,
    text: '微软亚洲研究院今年有50篇论文被NeurIPS接收。',
    context: '2023',
    readings: [{ entity: i('msr-asia'), kind: 'count', value: 50, years: Y(2023), conferences: ['neurips'], method: 'papers' }],
  },
  {
    lang: 'ja',
    source: NIKKEI_JA,
    text: '2020年の中国の著者数は1000人強にとどまっていた。',
    readings: [{ entity: c('CN'), kind: 'count', value: 1000, years: Y(2020), qualifier: 'over' }],
  },
  {
    lang: 'ja',
    source: AINOW,
    text: '東京大学は世界の大学で38位に入った。',
    context: '2020 neurips',
    readings: [{ entity: i('utokyo'), kind: 'rank', value: 38, years: Y(2020), conferences: ['neurips'], instType: 'university' }],
  },
  {
    lang: 'ja',
    source: XTECH,
    text: 'マイクロソフトは企業で2位の98件だった。',
    context: '2020 neurips',
    readings: [
      { entity: i('microsoft'), kind: 'rank', value: 2, years: Y(2020), conferences: ['neurips'], instType: 'company' },
      { entity: i('microsoft'), kind: 'count', value: 98, years: Y(2020), conferences: ['neurips'], instType: 'company', method: 'papers' },
    ],
  },
  { lang: 'ja', source: RESEARCHP, text: '日本人研究者の累積採択数は10年間で44件だった。', refuse: ['origin'] },
  {
    lang: 'ja',
    source: NIKKEI_JA,
    text: '2024年、ソウル大学校の著者数は300人を超えた。',
    readings: [{ entity: i('snu'), kind: 'count', value: 300, years: Y(2024), qualifier: 'over' }],
  },
  { lang: 'ja', source: PEOPLE_JA, text: '2023年の産業界のAI成果トップ5は米国、中国、英国、ドイツ、日本だった。', refuse: ['otherData', 'journal'] },
  {
    lang: 'ja',
    source: NIKKEI_JA,
    text: '２４年の京大の著者数は１２０人だった。',
    readings: [{ entity: i('kyoto'), kind: 'count', value: 120, years: Y(2024) }],
  },
];
