// Help in Chinese and Japanese: the shared grammar's topics and the general help's frame,
// as help.ts's English (each command's own lines are in its module, commands/), so `help
// lang:zh` and `help lang:ja` answer in full. Commands stay as typed (airank reads them).
import { conferenceWords, tierWords, venueFilterWords } from './venueHelp.ts';
import { methodLines, methodWords } from './methods.ts';
import { VENUE_PROSE } from './venueProse.ts';

const { zh: ZH, ja: JA } = VENUE_PROSE;

export const INTRO_ZH = `*airank* — ${ZH.venueSeries} ${ZH.years} 年录用论文的作者数，按机构和国家/地区统计。
词语顺序、大小写不限。名称含空格时请加引号：\`inst "Zhejiang University"\`。`;

export const MORE_ZH = `*直接提问也可以*：\`how many authors did Google have in 2024\`  \`which country had the most authors in 2023\`  \`top universities in Japan 2024\`
*筛选条件*（可放在任意位置）：${venueFilterWords()} \`country:JP\` \`企业\` \`大学\` \`研究机构\` \`exact\` \`lang:zh\`
*统计方法*：${methodWords('zh')}；\`units\` 表示不合并至上级机构；\`located\` 按下属单位所在国家统计国家（DeepMind 伦敦计入英国），机构仍然合并。
\`papers\` 放在第一个词时列出论文（\`papers 清华 2024\`），放在其他位置时按论文计数（\`top 10 2024 papers\`）。
*年份*：${ZH.years}${ZH.provisional ? `（${ZH.provisional} 为暂定：来源不完整，每个数字都会注明已填比例）` : ''}。不指定年份时只统计完整年份：排名默认 ${ZH.lastComplete} 年，其他默认 ${ZH.complete}。
每个回答末尾都有可原样复现该回答的命令。`;

export const TOPICS_ZH: Record<string, string> = {
  filters: `*filters* — 可放在问题的任意位置。
  ${conferenceWords('zh')}   一个或多个会议（默认${ZH.venueCount}个都算）
  \`main\`                           仅主会（不含 datasets & benchmarks）
  \`datasets\`                       仅 NeurIPS datasets & benchmarks 专场
  ${tierWords('zh')}     一种录用类别
  \`country:JP\`  \`country:日本\`       一个国家内的机构
  \`企业\` \`大学\` \`研究机构\`            一类机构
  \`exact\`                          不含通过关联记录推断的单位
  \`lang:en\` \`lang:zh\` \`lang:ja\`      回答的语言
示例：\`top 10 2024 neurips main oral country:CN\``,
  methods: `*methods* — 数字的统计方法（每个问题一种）。
${methodLines('zh')}
  \`units\`       下属单位单独计数，不合并至上级机构
  \`located\`     按下属单位所在国家统计国家（DeepMind 伦敦计入英国）；机构仍然合并
示例：\`compare US CN 2020-2024 fractional\`。完整说明请发送 \`method\`。`,
  years: `*years* — ${ZH.first} 至 ${ZH.last} 年。
  \`2024\`  \`2020-2024\`  \`2021–2023\`  \`2022 2024\`
不指定年份时，排名取最新的完整年份（${ZH.lastComplete}）；compare、inst、papers 和 teamsize 取完整年份（${ZH.complete}）。${ZH.provisional ? `${ZH.provisional} 为暂定：需明确指定年份才会纳入。` : ''}`,
};

export const INTRO_JA = `*airank* — ${JA.venues} ${JA.years} 年の採択論文の著者数を、機関別・国・地域別に集計します。
語順や大文字・小文字は自由です。空白を含む名前は引用符で囲んでください：\`inst "Zhejiang University"\`。`;

export const MORE_JA = `*ふつうの質問文も使えます*：\`how many authors did Google have in 2024\`  \`which country had the most authors in 2023\`  \`top universities in Japan 2024\`
*絞り込み*（どこに置いても可）：${venueFilterWords()} \`country:JP\` \`企業\` \`大学\` \`研究機関\` \`exact\` \`lang:ja\`
*集計方法*：${methodWords('ja')}。\`units\` は上位組織への合算をしません。\`located\` は機関を合算したまま、国を部門の所在地で数えます（DeepMind ロンドンは英国）。
\`papers\` を最初の語にすると論文の一覧（\`papers 東大 2024\`）、それ以外の位置では論文数で集計（\`top 10 2024 papers\`）。
*年*：${JA.years}${JA.provisional ? `（${JA.provisional} は暫定：出典が不完全で、各数値に判明割合を示します）` : ''}。年を指定しない質問は確定年のみ：順位は ${JA.lastComplete} 年、それ以外は ${JA.complete}。
どの回答の最後にも、その回答を再現するコマンドが付きます。`;

export const TOPICS_JA: Record<string, string> = {
  filters: `*filters* — 質問のどこに置いても構いません。
  ${conferenceWords('ja')}   1 つ以上の会議（既定：${JA.venueCount} つすべて）
  \`main\`                           メイントラックのみ（datasets & benchmarks を除く）
  \`datasets\`                       NeurIPS の datasets & benchmarks トラックのみ
  ${tierWords('ja')}     採択区分
  \`country:JP\`  \`country:日本\`       1 つの国の機関
  \`企業\` \`大学\` \`研究機関\`            機関の種類
  \`exact\`                          関連付けで推定した所属を除く
  \`lang:en\` \`lang:zh\` \`lang:ja\`      回答の言語
例：\`top 10 2024 neurips main oral country:JP\``,
  methods: `*methods* — 数値の集計方法（1 つの質問に 1 つ）。
${methodLines('ja')}
  \`units\`       下部組織を上位組織に合算せずに数える
  \`located\`     国を部門の所在地で数える（DeepMind ロンドンは英国）。機関は合算したまま
例：\`compare US CN 2020-2024 fractional\`。詳しい説明は \`method\` を送ってください。`,
  years: `*years* — ${JA.years} 年。
  \`2024\`  \`2020-2024\`  \`2021–2023\`  \`2022 2024\`
年を指定しない場合、順位は最新の確定年（${JA.lastComplete}）、compare・inst・papers・teamsize は確定年（${JA.complete}）。${JA.provisional ? `${JA.provisional} は暫定で、年を指定したときだけ含めます。` : ''}`,
};
