// Help in Chinese and Japanese: the same topics and examples as help.ts's English, so
// `help lang:zh` and `help lang:ja` answer in full in the reader's language. Commands
// stay as typed (they are the language airank reads).
import { conferenceWords, tierWords, venueFilterWords } from './venueHelp.ts';
import { methodLines, methodWords } from './methods.ts';

export const GENERAL_ZH = `*airank* — NeurIPS、ICML、ICLR 2020-2024 年录用论文的作者数，按机构和国家/地区统计。
词语顺序、大小写不限。名称含空格时请加引号：\`inst "Zhejiang University"\`。

*问题*
  \`top 10 2024\`                      机构排名（默认前 10 名，最新年份 2024）
  \`top 20 countries 2024\`            国家和地区排名（默认前 20 名）
  \`compare US CN JP 2020-2024\`       并列比较 2 至 8 个国家或机构
  \`trend US CN JP\`                   逐年比较（用 Chart 按钮或 \`--png 文件\` 画图）
  \`rank RIKEN 2024\`  \`清华\`  \`JP\`     单个机构或国家（默认全部年份）
  \`papers 清华 2024 neurips\`         数字背后的论文（\`top 50\`：前 50 条）
  \`teamsize 2020-2024\`               每篇论文的作者数
  \`check 中国在2024年有8,491名作者\`   核查一句话中的数字
  \`coverage\`                         各会议各年份缺少哪些数据
  \`method\`                           作者如何计数
  \`help top lang:zh\`                  主题：top、countries、compare、inst、papers、check、filters、methods、years、coverage、teamsize

*直接提问也可以*：\`how many authors did Google have in 2024\`  \`which country had the most authors in 2023\`  \`top universities in Japan 2024\`
*筛选条件*（可放在任意位置）：${venueFilterWords()} \`country:JP\` \`企业\` \`大学\` \`研究机构\` \`exact\` \`lang:zh\`
*统计方法*：${methodWords('zh')}；\`units\` 表示不合并至上级机构；\`located\` 按下属单位所在国家统计国家（DeepMind 伦敦计入英国），机构仍然合并。
\`papers\` 放在第一个词时列出论文（\`papers 清华 2024\`），放在其他位置时按论文计数（\`top 10 2024 papers\`）。
*年份*：2020-2024。排名默认 2024 年，其他默认全部五年。
每个回答末尾都有可原样复现该回答的命令。`;

export const TOPICS_ZH: Record<string, string> = {
  top: `*top* — 按作者数排列的机构。
  \`top10\`  \`top 10 2024\`  \`2020-2024 top 25\`  \`top 10 2024 neurips main fractional\`
  \`top 10 country:JP\`（或 \`top 10 日本\`）在一个国家内排名；\`top 10 企业 2024\` 只排企业。
数字为 1 至 100；不写年份时用最新年份（2024）。\`top 10 2024 page 2\` 显示第 11-20 名。`,
  countries: `*countries* — 按作者数排列的国家和地区。
  \`countries\`  \`countries 2023\`  \`top 50 countries 2020-2024\`  \`countries iclr oral\`
  \`countries 2024 located\`   每个国家有多少作者在当地工作：跨国公司的海外单位计入其所在国家
默认前 20 名，最新年份（2024）。默认情况下，作者计入其机构所合并到的上级组织所在的国家；每个国家答案都会说明所用规则及另一规则的结果。`,
  compare: `*compare* / *trend* — 并列比较 2 至 8 个国家或机构，逐年显示（\`trend US CN JP\`：全部年份）。
  \`compare US CN\`  \`compare 清华 北大 2020-2024\`  \`compare 浙大 上交 neurips\`  \`compare 清华 Stanford\`
默认全部年份 2020-2024。两个字母的 ISO 代码（US、CN、JP）总是国家。`,
  inst: `*inst* / *rank* — 单个机构或国家，逐年显示。
  \`清华\`  \`北大 2024\`  \`中科院\`  \`港大\`  \`复旦\`  \`南大\`  \`上交\`  \`浙大\`  \`MSRA 2024\`  \`日本\`
名称不区分大小写、重音和标点，并包含常用简称。默认上级机构合并（例如 DeepMind 计入 Google）；单独点名下属单位时单独计数（同 \`units\`），并附说明。`,
  papers: `*papers* — 数字背后的论文（\`papers\` 为第一个词时）。
  \`papers 清华 2024 neurips\`  \`papers JP 2023 oral\`  \`papers MIT 2024 top 50\`
默认全部条目、全部年份；\`top 50\` 显示前 50 条，\`page 2\` 显示其后 50 条（不写 \`top\` 时每页 20 条）。`,
  check: `*check* — 用 airank 在每种统计方法下核查稿件中的一句话。
  \`check 中国在2024年有8,491名作者\`  \`check 清华2024年排名第二\`  \`check 中国作者数从2020年到2024年增长了八倍\`
  \`check 2024年中国作者占比28%\`  \`check 2024年，美国位居榜首\`  \`check US 14766 2024 top50\`
声明需要对象（国家、机构或"中国作者"之类说法）、数字（数量、排名、增长、占比；"超过""约"等限定也会考虑）和年份；一句中的多个数字逐一核查。
回答给出每种统计方法下 airank 的数字、结论（一致、相差 5% 以内、相差 N%）、最接近的方法、相关的数据缺口和复现命令。`,
  filters: `*filters* — 可放在问题的任意位置。
  ${conferenceWords('zh')}   一个或多个会议（默认三个都算）
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
  years: `*years* — 2020 至 2024 年。
  \`2024\`  \`2020-2024\`  \`2021–2023\`  \`2022 2024\`
排名默认最新年份（2024）；compare、inst、papers 和 teamsize 默认全部年份。`,
  coverage: `*coverage* — 哪些会议年份缺少单位或其他数据，以及这对数字的影响。
  \`coverage\``,
  teamsize: `*teamsize* — 每篇录用论文的作者数，逐年显示。
  \`teamsize\`  \`teamsize 2020-2024 neurips\`  \`teamsize 2024 main oral\`
它统计每篇录用论文，不论作者是谁：会议、\`main\` 和录用类别适用；\`country:\`、机构类别、\`exact\`、\`units\` 和统计方法不适用，会被拒绝。`,
};

export const GENERAL_JA = `*airank* — NeurIPS・ICML・ICLR 2020～2024 年の採択論文の著者数を、機関別・国・地域別に集計します。
語順や大文字・小文字は自由です。空白を含む名前は引用符で囲んでください：\`inst "Zhejiang University"\`。

*質問*
  \`top 10 2024\`                      機関の順位（既定：上位 10、最新年 2024）
  \`top 20 countries 2024\`            国・地域の順位（既定：上位 20）
  \`compare US CN JP 2020-2024\`       2～8 の国・機関を並べて比較
  \`trend US CN JP\`                   年ごとの推移（Chart ボタンか \`--png ファイル\` でグラフに）
  \`rank RIKEN 2024\`  \`東大\`  \`JP\`     1 つの機関または国（既定：全年）
  \`papers 東大 2024 neurips\`         数値の裏にある論文（\`top 50\`：先頭 50 件）
  \`teamsize 2020-2024\`               論文 1 本あたりの著者数
  \`check 東大の著者数は2024年に127人だった\`   原稿の一文の数値を検証
  \`coverage\`                         会議・年ごとに欠けているデータ
  \`method\`                           著者の数え方
  \`help top lang:ja\`                  トピック：top、countries、compare、inst、papers、check、filters、methods、years、coverage、teamsize

*ふつうの質問文も使えます*：\`how many authors did Google have in 2024\`  \`which country had the most authors in 2023\`  \`top universities in Japan 2024\`
*絞り込み*（どこに置いても可）：${venueFilterWords()} \`country:JP\` \`企業\` \`大学\` \`研究機関\` \`exact\` \`lang:ja\`
*集計方法*：${methodWords('ja')}。\`units\` は上位組織への合算をしません。\`located\` は機関を合算したまま、国を部門の所在地で数えます（DeepMind ロンドンは英国）。
\`papers\` を最初の語にすると論文の一覧（\`papers 東大 2024\`）、それ以外の位置では論文数で集計（\`top 10 2024 papers\`）。
*年*：2020～2024。順位は既定で 2024 年、それ以外は既定で全 5 年。
どの回答の最後にも、その回答を再現するコマンドが付きます。`;

export const TOPICS_JA: Record<string, string> = {
  top: `*top* — 著者数による機関の順位。
  \`top10\`  \`top 10 2024\`  \`2020-2024 top 25\`  \`top 10 2024 neurips main fractional\`
  \`top 10 country:JP\`（または \`top 10 日本\`）で国内の順位、\`top 10 企業 2024\` で企業だけの順位。
数は 1～100。年を書かなければ最新年（2024）。\`top 10 2024 page 2\` は 11～20 位。`,
  countries: `*countries* — 著者数による国・地域の順位。
  \`countries\`  \`countries 2023\`  \`top 50 countries 2020-2024\`  \`countries iclr oral\`
  \`countries 2024 located\`   各国で働いていた著者の数：多国籍企業の海外部門は所在国に数える
既定：上位 20、最新年（2024）。既定では、著者は所属機関が合算される上位組織の国に数える。国の回答はどれも、使った規則ともう一方の規則での結果を示す。`,
  compare: `*compare* / *trend* — 2～8 の国・機関を年ごとに並べて比較（\`trend US CN JP\`：全年）。
  \`compare US CN\`  \`compare 東大 京大 2020-2024\`  \`compare 阪大 東工大 neurips\`  \`compare 理研 Stanford\`
既定：全年 2020～2024。2 文字の ISO コード（US、CN、JP）は常に国。`,
  inst: `*inst* / *rank* — 1 つの機関または国、年ごと。
  \`東大\`  \`京大 2024\`  \`阪大\`  \`東工大\`  \`理研\`  \`MSRA 2024\`  \`日本\`
名前は大文字・小文字、アクセント、句読点の違いを気にせず、略称も使えます。既定では下部組織を上位組織に合算します（DeepMind は Google に）。下部組織を名指しすると単独で集計し（\`units\` と同じ）、注記を付けます。`,
  papers: `*papers* — 数値の裏にある論文（\`papers\` が最初の語のとき）。
  \`papers 東大 2024 neurips\`  \`papers JP 2023 oral\`  \`papers MIT 2024 top 50\`
既定：全件、全年。\`top 50\` で先頭 50 件、\`page 2\` で次の 50 件（\`top\` なしでは 1 ページ 20 件）。`,
  check: `*check* — 原稿の一文を、すべての集計方法で airank と照合します。
  \`check 東大の著者数は2024年に127人だった\`  \`check 日本は2024年に8位だった\`  \`check 中国の著者数は2020年から2024年に8倍に増えた\`
  \`check 2024年、米国のシェアは28%だった\`  \`check 2024年、アメリカが首位だった\`  \`check US 14766 2024 top50\`
主張には対象（国、機関、「日本の」などの言い方）、数値（数、順位、伸び率、シェア。「以上」「約」などの限定も考慮）、年が必要です。1 文に複数の数値があれば 1 つずつ検証します。
回答は集計方法ごとの airank の数値、判定（一致、差 5% 以内、N% の差）、最も近い方法、該当するデータの欠け、再現コマンドを示します。`,
  filters: `*filters* — 質問のどこに置いても構いません。
  ${conferenceWords('ja')}   1 つ以上の会議（既定：3 つすべて）
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
  years: `*years* — 2020～2024 年。
  \`2024\`  \`2020-2024\`  \`2021–2023\`  \`2022 2024\`
順位は既定で最新年（2024）、compare・inst・papers・teamsize は既定で全年。`,
  coverage: `*coverage* — どの会議・年で所属などのデータが欠けているか、それが数値にどう影響するか。
  \`coverage\``,
  teamsize: `*teamsize* — 採択論文 1 本あたりの著者数、年ごと。
  \`teamsize\`  \`teamsize 2020-2024 neurips\`  \`teamsize 2024 main oral\`
著者が誰であれ、すべての採択論文を数えます。会議、\`main\`、採択区分は使えます。\`country:\`、機関の種類、\`exact\`、\`units\`、集計方法は使えず、理由を示して断ります。`,
};
