// Japanese: every interface string (the keys are English's, src/i18n/locales/en.ts).
import jaIso from 'i18n-iso-countries/langs/ja.json' with { type: 'json' };
import names from '../../../data/names/ja.json' with { type: 'json' };
import type { Locale, Strings } from './locale.ts';
import type { HelpInputs, HelpText } from './localeParts.ts';
import { fullWidth } from './punctuation.ts';

const strings: Strings = {
  'col.rank': '順位',
  'col.institution': '機関',
  'col.country': '国・地域',
  'col.share': 'シェア',
  'col.growth': '伸び率',
  'col.year': '年',
  'col.total': '合計',
  'col.method': '集計方法',
  'col.airank': 'airank の数値',
  'col.claimed': '主張された数値',
  'col.difference': '差',
  'col.verdict': '判定',
  'col.reproduce': '再現コマンド',
  'col.rankAmongInstitutions': '順位（機関）',
  'col.rankAmongCountries': '順位（国・地域）',
  'col.conference': '会議',
  'col.papersAccepted': '採択論文数',
  'col.officialCount': '公式の数',
  'col.withEither': 'いずれかあり',
  'col.papersWithInstitution': '機関が判明した論文',
  'col.evidenceKinds': '解決済み著者枠の根拠',
  'col.authorSlots': '著者枠数',
  'col.withAffiliation': '所属あり',
  'col.withDomain': 'メールドメインあり',
  'col.resolved': '機関を特定',
  'col.resolvedOfEvidence': '根拠のうち特定',
  'col.withCountry': '国・地域あり',
  'col.linked': '特定のうち関連付け',
  'col.note': '注記',
  'col.paper': '論文',
  'col.status': '種別',
  'col.author': '著者',
  'col.position': '著者順',
  'col.rawAffiliation': '記載どおりの所属',
  'col.resolvedAs': '特定した機関',
  'col.evidenceRule': '根拠 / 規則',
  'col.meanAuthors': '平均著者数',
  'col.medianAuthors': '著者数の中央値',

  'foot.method': '集計方法',
  'foot.filters': '絞り込み条件',
  'foot.coverage': 'データの範囲',
  'foot.snapshot': 'データスナップショット',
  'foot.builtAt': '作成',
  'foot.reproduce': '再現コマンド',
  'foot.linkedEvidence': '関連付けによる根拠',
  'foot.linkedShare': 'この数値の {pct} は関連付けによる根拠に基づく',
  'foot.noFilters': 'なし（{venues}、全トラック）',
  'foot.years': '対象年',
  'foot.unitsAsListed': '機関は記載どおりに集計し、上位組織には合算していない',
  'foot.linkedHint': '`exact` で除外できる',
  'foot.linkedExact': 'なし：`exact` は関連付けによる根拠を除外',
  'filter.track': '{track}のみ',
  'filter.status': '{tier}論文のみ',
  'filter.country': '{country}の機関',
  'filter.exact': 'exact：関連付けによる根拠を除外',
  'filter.units': 'units：上位組織に合算しない',
  'filter.located': 'located：国・地域は各組織の所在地で数える',
  'note.coverage': 'データの範囲：対象の{slotWord} {slots} 件のうち {pct} が機関を特定済み。残りはどこにも数えない。詳細は `coverage`。',
  'note.coverageExact':
    'データの範囲：対象の{slotWord} {slots} 件のうち {pct} を数える（本人の根拠で特定）。さらに {linked} は関連付けでのみ特定しており、`exact` で除外。残りはどこにも数えない。詳細は `coverage`。',
  'note.coverageNone': 'データの範囲：対象の著者枠はない。',
  'note.coverageCountry': 'この国ルールで国・地域が判明しているのは {pct}。',
  'note.coverageInCountry': '`country:{code}` はそのうち{country}の機関の {n} 件を残す。',
  'note.gapLinked':
    '{label}：著者ごとの所属はどの情報源にもない。対象の{slotWord}の {pct} を関連付けで補っているため数値は部分的で、中国の機関ではなおさら（同名の人が複数いる名前は共著者経由でしか関連付けず、そうした名前は中国の著者に多い）',
  'note.gapLinkedById':
    '{label}：著者ごとの所属はどの情報源にもない。対象の{slotWord}の {pct} を著者本人の OpenReview ID による関連付けで補っているため数値は部分的で、中国の機関ではなおさら（多くの著者は手元のどのファイルにもプロフィールの所属がなく、そうした著者は中国の機関に多い）',
  'note.gapPapers': '。`papers` の数は各論文自身の機関リストによるもので、論文の {pct} をカバー',
  'note.gapNone': '{label}：著者ごとの所属はどの情報源にもないため、機関の数値には含まない',
  'note.exactAll': '{label}：特定済みの{slotWord}はすべて関連付けによるため、`exact` では丸ごと除外され、`exact` の数値には含まれない',
  'note.exactAcross': '。{year} 年をまたぐ変化は同条件の比較にならない',
  'note.exactMost': '{label}：`exact` では特定済み{slotWord}の {pct} しか残らない（残りは関連付けによる）。`exact` の数値には大半が含まれない',
  'note.tierMissing': '{label}：情報源に{tier}の区分がないため、`{word}` では除外される',
  'note.tierMissingTrack': '{label}、{track}：情報源に{tier}の区分がないため、`{word}` ではそのトラックが除外される',
  'note.tierAllLabelled':
    '{label}：情報源はすべての論文を口頭発表かスポットライトに分類しており（ポスター区分なし）、その `spotlight` 論文は口頭発表以外の全論文',
  'note.trackUnknownMain': '{label}：情報源にトラックの区別がないため全論文を本会議トラックとして数え、`main` にも{track}の論文が含まれる',
  'note.trackUnknownOut': '{label}：情報源にトラックの区別がないため、`{word}` では除外される',
  'note.trackAbsent': '{label}：その年は{track}がないため、`{word}` では除外される',
  'note.trackSomeUnknown': '{label}：{papers} 本の論文はトラック不明（論文集リストにない、例えばジャーナルトラック論文）のため、`{word}` では除外される',
  'note.timing':
    '所属の出典：2020 年の数値は当時示された所属、それ以降の年は後から収集された OpenReview プロフィールによる（`method` 参照）。2020 年からの変化の一部は成長ではなく人の移動によるものかもしれない。',
  'note.provisional': '{years} は暫定：対象の著者枠のうち所属が判明した割合 {shares}（出典が不完全。`coverage` 参照）',
  'note.provisionalMixed': '。確定年 {years} との比較では、変化の一部はデータの欠落による',
  'scope.complete': '（確定）',
  'scope.allProvisional': '（暫定）',
  'scope.provisional': '（{years} は暫定）',
  'note.countryRuleParent':
    '国ルール：著者は所属機関の合算先である上位組織の国・地域で数える（海外の研究所は親組織の国）。`located` を付けると各著者の所属組織の所在地で数える。',
  'note.countryRuleLocated': '国ルール（`located`）：著者は記載した所属組織の所在地の国・地域で数える。機関は引き続き上位組織に合算。',
  'note.countryRuleUnits': '国ルール（`units`）：各機関をそれ自身として、その所在国・地域で数える。',
  'note.countryRuleMoves': '{other}では：{moves}。',
  'note.countryRuleSame': '{other}でも、ここでの数値は同じ。',
  'note.countryMove': '{name} {value}（{diff}）',
  'note.countryMoreMoves': 'ほか {n} 件',
  'word.rule.located': '所属組織自身の国・地域（`located`）',
  'word.rule.parent': '上位組織の国・地域（既定）',
  'note.share': '割合：分母は{scope}の、{which}を持つ全{of}。',
  'share.with.country': '判明した国・地域',
  'share.with.institution': '特定済みの機関',
  'share.with.both': '判明した国・地域（国別）または特定済みの機関（機関別）',
  'share.scope.inScope': '対象範囲（{n}）',
  'share.scope.inYear': 'その年',
  'share.scope.inYearTotal': 'その年（合計行は全年）',
  'col.tracksTiers': 'トラックと区分（論文数）',
  'cov.trackUnknown': 'トラック情報なし（全論文を本会議トラックとして計上。この会議には以前から{track}がある）',
  'cov.tiersNote': 'トラックと区分は情報源のとおり。ある年に欠けている区分やトラックは情報源にないもので、その絞り込みではその年が除外される（回答に明記）。',

  'title.topInstitutions': '上位 {n} 機関、{years}',
  'title.topCountries': '上位 {n} の国・地域、{years}',
  'title.rankedInstitutions': '{from}～{to} 位の機関、{years}',
  'title.rankedCountries': '{from}～{to} 位の国・地域、{years}',
  'title.compare': '{names}、{years}',
  'title.trend': '{name}、{years}',
  'title.coverage': '会議・年ごとのデータの範囲',
  'title.papers': '{name}の論文、{years}',
  'title.teamsize': '採択論文 1 本あたりの著者数、{years}',
  'coverage.unknownTrack':
    '{conference} {year}：{unknown} 本の論文はトラック不明（DBLP の論文集リストにない、例えばジャーナルトラック論文、またはリストに論文集ページがない）。`main` はこれらを除外します。メイントラック {main} 本、データセット・ベンチマーク {db} 本。',
  'coverage.idEvidence':
    '根拠の種類：profile = 著者のこの論文での OpenReview 記録、id_profile = 論文上の著者 ID（ICLR 2024〜2026、ICML 2025）とそのプロフィールの論文年の項目、linked_id = 同じ ID の別ファイルでの値、linked_name = 一意の氏名、paper_set・set_intersection = 論文自身の機関リスト（ICLR 2024、ICML 2026）、intern_home = インターンの署名に本来の所属を充てたもの。profile、site、correction 以外はリンクによる根拠で、`exact` は除外します。',

  'note.corrected': '編集者が訂正した著者枠 {n} 件（{commands} を参照）',
  'note.correctedOne': '編集者が訂正した著者枠 {n} 件（{commands} を参照）',
  'note.correctedAway': 'ここに数えられていた著者枠 {n} 件は、編集者の訂正により他に移りました：{slots}',
  'note.correctionsInData': '著者枠 {n} 件は編集者が審査した訂正に基づきます（根拠 `correction`、data/corrections.json）。`papers` で一覧できます。',

  'corr.modalTitle': '訂正を提案',
  'corr.submit': '提案する',
  'corr.cancel': 'キャンセル',
  'corr.intro': '`{question}` から。機関が誤っている著者枠を選んでください。提案はすべて編集者が審査し、承認されるまで数値は変わりません。',
  'corr.slotLabel': '著者枠',
  'corr.slotPlaceholder': '著者 · 論文',
  'corr.institutionLabel': '新しい機関',
  'corr.institutionPlaceholder': '入力して審査済みの機関一覧を検索',
  'corr.otherLabel': 'その他（一覧にない場合）',
  'corr.otherHint': '一覧にない場合のみ：編集者が審査済みの一覧に加えてから承認します。',
  'corr.evidenceLabel': '根拠',
  'corr.evidenceHint': '所属が記載されている場所へのリンク、または「printed on the paper」（論文に記載）。',
  'corr.paper': '論文',
  'corr.author': '著者',
  'corr.today': '現在',
  'corr.why': '理由',
  'corr.noInstitution': '機関なし',
  'corr.recordedTitle': '提案を記録しました',
  'corr.done': '完了',
  'corr.recorded':
    '*提案 #{id} を記録しました：*「{title}」の {author}（第 {position} 著者）→ {institution}。\n編集者が審査します。承認されてデータが再構築されるまで数値は変わりません。結果は airank から DM でお知らせします。',
  'corr.notCurated': '「{name}」（審査済みの一覧にまだありません）',
  'corr.fromDrillDown': '訂正は明細から提案します：`papers <機関> <年>` と尋ね、そこでボタンを押してください。',
  'corr.noSlots': 'このページには訂正できる著者枠がありません。',
  'corr.notSetUp': 'この airank ボットでは訂正機能が設定されていません。誤りは編集者に直接伝えてください。',
  'corr.err.pickSlot': '訂正する著者枠を選んでください。',
  'corr.err.slotNotOffered': 'このフォームの一覧から著者枠を選んでください。',
  'corr.err.slotGone': 'この著者枠は現在のデータにありません（再構築された可能性があります）。このフォームを閉じ、もう一度尋ねて行を選んでください。',
  'corr.err.chooseInstitution': '一覧から機関を選ぶか、「その他」に名称を入力してください。',
  'corr.err.notBoth': '一覧から選ぶか「その他」に入力するか、どちらか一方にしてください。',
  'corr.err.notCurated': '「{id}」は審査済みの一覧にありません。一覧から選ぶか、「その他」に名称を入力してください。',
  'corr.err.inList': '「{name}」は一覧に {listed} としてあります。一覧から選んでください。',
  'corr.err.otherLength': '機関の正式名称を入力してください（{min}〜{max} 文字）。',
  'corr.err.already': '{name} はすでにこの著者枠の機関です。訂正の必要はありません。',
  'corr.err.noEvidence': '根拠を入力してください：所属が記載されている場所へのリンク（https://…）、または「printed on the paper」。',
  'corr.err.evidenceLength': '根拠は {max} 文字未満にしてください。リンクだけで十分です。',
  'corr.err.badUrl': 'そのリンクは有効な URL ではありません。https:// から始まる全体を貼り付けてください。',
  'corr.err.evidenceKind': '根拠はウェブのリンク（https://…）かプレーンテキストで入力してください。「{scheme}」のリンクは受け付けません。',
  'corr.err.duplicate': '提案 #{id} が同じ訂正をすでに提案しており、審査待ちです。',
  'corr.err.failed': '提案を記録できませんでした（エラー {errorId}）。もう一度お試しください。',
  'corr.accepted':
    '訂正の提案 #{id} が承認されました：{conference} {year}「{title}」の {author}（第 {position} 著者）は、次のデータ構築から {institution} として数えられます（訂正 #{correction}）。ありがとうございました。',
  'corr.rejected': '訂正の提案 #{id}（{conference} {year}「{title}」の {author}、第 {position} 著者）は承認されませんでした：{why}',

  // Slack front end
  'slack.expired': 'このボタンは期限切れです。もう一度質問してください。',
  'chart.none': '「{kind}」の回答にはグラフがありません。グラフは compare、trend、inst/rank、top、countries、teamsize の回答で描けます。',
  'slack.buttonPost': 'チャンネルに投稿',
  'slack.buttonNext': '次へ',
  'slack.buttonCsv': 'CSV',
  'slack.buttonChart': 'グラフ',
  'slack.buttonPropose': '訂正を提案',
  'slack.noRows': 'この質問に該当する行はありません。',
  'slack.rowsOf': '{total} 行中 {from}–{to} 行目',
  'slack.cutToFit': '…Slack に収めるため省略しました。全文はターミナルで `airank {command}`。',
  'slack.apology': '申し訳ありません。airank で内部エラーが発生し、回答できませんでした。報告の際はエラー ID `{id}` をお伝えください。',
  'slack.dataUpdatedPage': '前のページ以降にデータが更新されました。以下の行は新しいスナップショットのものです。',
  'slack.dataUpdatedPost': 'この回答の表示後にデータが更新されました。下の新しい数値を確認してから、もう一度投稿してください。',
  'slack.dataUpdatedChart': 'この回答の表示後にデータが更新されました。グラフは新しい数値を示しています。',
  'slack.dataUpdatedCsv': 'CSV の作成中にデータが更新されました。もう一度 CSV を押してください。',
  'slack.viaEphemeral': 'Slack が通常の返信を受け付けなかったため（{reason}）、airank はこの回答をここに送ります（エラー ID `{id}`）。',
  'slack.viaDm': 'Slack がチャンネルでの返信を受け付けなかったため（{reason}）、airank はこの回答をあなたの DM に送ります（エラー ID `{id}`）。',
  'slack.asText': 'Slack が書式付きの回答を受け付けなかったため、プレーンテキストで表示します（エラー ID `{id}`）。',
  'slack.reason.expired': '返信リンクの期限が切れていました',
  'slack.reason.invalid': 'Slack がメッセージのレイアウトを拒否しました',
  'slack.reason.unavailable': 'Slack から応答がありませんでした',
  'slack.reason.notInChannel': 'airank はそのチャンネルのメンバーではありません',
  'slack.maybeSent':
    'airank は `{command}` の回答を送信中に再起動したため、回答が届いていない可能性があります。上に見当たらなければ、もう一度どうぞ：`{command}`',
  'slack.fileFailed': 'ファイルを送れませんでした（エラー ID `{id}`）。フッターのコマンドを端末で実行すると回答全体が得られます。',
  'slack.sentAsFile': 'このページは Slack のメッセージには大きすぎます。回答全体をファイルとして airank との DM に送りました。',
  'slack.databaseMissing':
    'airank は現在回答に使うデータベースがありません（サーバー上で削除されたか、置き換え中です）。管理者が `npm run setup` を実行する必要があります。エラー ID `{id}`。',
  'slack.chartToDm': 'airank はこのチャンネルにいないため、「{title}」のグラフを airank との DM に送りました。',
  'slack.chartSent': '「{title}」のグラフを airank との DM に送りました。',
  'slack.csvSent': '「{title}」の CSV（{rows} 行）を airank との DM に送りました。',

  'word.and': 'と',
  // Numerals: Japanese prose writes counts in digits (全 5 年).
  'word.numbers': '1 2 3 4 5 6 7 8 9 10',
  'prose.venueSep': '・',
  'prose.venueAnd': '・',
  'prose.yearSpan': '{first}～{last}',
  'word.listSep': '、',
  'help.venueAlso': '{word}（または {others}）',
  'word.noData': 'データなし',
  'help.title': 'ヘルプ',
  'agree.none': '印刷版との一致の測定は保存されていない（`npm run eval:print -- --write` を実行）。',
  'agree.kind': '`{evidence}`（{slots} 枠）：機関は合算レベルで {root}（単位では {unit}）、国は {country}',
  'agree.measured':
    '{papers} 本の ICML 2021 oral 論文に印刷された機関と照合して測定（筆頭著者と責任著者、{slots} 枠。`npm run eval:print`）：{kinds}。これらの枠のうち {filled} が埋まっており、残りは推測せず空のまま。',
  'mtext.accuracy': '*関連付けによる根拠の精度。* {agreement}不一致の多くは所属を 2 つ持つ人かインターン。{holdOut}',
  'holdout.none': '関連付けの検証結果は保存されていない（`npm run eval:link -- default --write` を実行）。',
  'holdout.year': '、{year} 年をすべて隠すと {pct}',
  'holdout.measured':
    '既知のプロフィールの値を隠して関連付け直す検証（`npm run eval:link`）では、隠した値との一致率は ID による関連付けで {byId}、名前による関連付けで {byName}（隠した枠の {filled} を埋めた）、会議年ごと全体を隠すと {whole}{years}。これはプロフィール同士の一致であり、印刷版との一致ではない。',
  'mtext.interns':
    '*インターン。* プロフィールの枠の約 1.5% は役職が `Intern`（主に Google、Microsoft、Amazon、Meta、NVIDIA）だが、論文には通常、本来の大学が印刷される。インターンの枠は、同じ人（同じ OpenReview id）の最も近い年の記録にある別の機関での非インターンの所属をとる（`intern_home`、関連付けによる根拠）。そうした記録がなければインターンの値を残し、明細で `intern` と示す。非インターンの記録がある人について、関連付けの値をインターンの記録からとることはない。`npm run eval:interns` は 2024 年上位 20 でこの規則が何を動かすかを示す。',
  'mtext.unknown': '不明',
  'mtext.corrections':
    '*編集者による訂正。* 所属の誤りを見つけた編集者は、その著者枠の訂正を提案できる（Slack の明細から）。レビューを経て `data/corrections.json` に採用されると、その枠の機関は他のどの根拠よりも優先され、`correction` と表示される。`exact` でも訂正は残る。訂正で数値が動いた回答はその旨を示し、`papers` は訂正された枠を一覧する。',
  'err.oneTrack': 'トラックは 1 つだけ選んでください（`main` と `datasets` の両方は不可）。',
  'reason.countryOther': 'その機関は主張が示す国にない',
  'problem.badCountry': 'country: の国「{value}」がわからない',
  'cov.noteShares': 'シェアは採択論文の著者枠に対する割合。「根拠のうち特定」：所属の文字列か機関のメールドメインがある枠に対する割合。',
  'cov.noteOfficial': '公式の数は主催者による採択論文の総数（NeurIPS は 2021 年から datasets & benchmarks トラックを含む）。',
  'cov.gap': '欠け：どの出典にも著者ごとの所属がない',
  'cov.provisional': '暫定',
  'cov.noteProvisional':
    '暫定の会議年（{years}）：出典が不完全で、これを含む数値はすべてその旨と所属が判明した著者枠の割合を示します。年を指定しない質問は確定年（{complete}）のみを集計します。',
  'cov.gapLinked': '欠け：どの出典にも著者ごとの所属がない。関連付けでのみ補う',
  'mtext.title': 'airank の数え方',
  'mtext.counted':
    '*数える対象。* {venues} {years} 年の採択論文（oral、spotlight、poster。メイントラックと、NeurIPS の datasets & benchmarks トラック）の著者枠。不採択・取り下げの論文は数えない。',
  'mtext.methods': '*集計方法*（どの質問にもその語を加えられる）：',
  'mtext.affiliations':
    '*所属。* 著者枠はそれぞれ 1 つの機関に割り当てる：手動の指定、次に整備済みの名前と別名（文字列全体、次に連名所属の各部分。最初に一致したもの）、次に整備済みのメール・ウェブのドメイン（最長の接尾部）、最後に公開の参照表（大学名は国をまたいで曖昧でない場合のみ）。あいまい一致はレビュー担当への提案にとどめ、割り当てには使わない。割り当てられない枠はどこにも数えない。国は（合算後の）機関の国。そのため多国籍企業の海外の部門は親組織の国に数える（DeepMind ロンドンは Google を通じて米国）。`located` は機関の合算はそのままに、著者が記載した部門の所在国で数える（`countries 2024 located`：英国で働いていた著者の数）。国の回答はどれも、使った規則ともう一方の規則での結果を示す。香港・台湾・マカオはそれぞれのコードのまま。',
  'mtext.timing':
    '*時期についての注意。* 2021～2024 年の所属は第三者が収集した OpenReview のプロフィール（出典は 2025 年の収集と説明）に基づき、論文そのものではない：著者の後の勤務先や兼務先が古い論文に現れることがある。同じ人でも年ごとのファイルで所属は異なる（2021 年は Microsoft、2022 年から百度など）ため、各年のファイルはその年だけに使い、関連付けでは同じ年の記録が裏付ける値だけを借りる。2020 年の NeurIPS と ICML の所属は当時の会議サイトの記載どおり。ICLR 2020 は投稿時のメールドメインを使う。',
  'mtext.gaps':
    '*欠けと関連付け。* ICML 2021 と ICML 2022 には、どの出典にも著者ごとの所属がない。ICLR 2024 にもないが、採択論文には順序どおりの OpenReview 著者 id が付いているため、各枠の人物は正確にわかる。空の著者枠は、その著者が別の場所にプロフィールを持つ人だと確実な場合にだけ埋める：ICLR 2024 の著者（または自身の id を持つ枠）は論文の年に有効なプロフィール項目（`id_profile`）、なければ他のファイルの同じ OpenReview id（`linked_id`）。id がわからない場合に限り、すべてのファイルでただ 1 つのプロフィール id に属する完全一致の氏名。同名のプロフィールが複数あるときは、この論文の共著者の誰かと別の論文を書いた唯一の人（`linked_name`）。`id_profile` と `linked_id` の値は人物については確実だが、論文の印刷内容ではなくプロフィールの値なので、関連付けによる根拠として数え、`exact` では除く。プロフィールの値は、その年の記録が裏付けるか、前後の年の記録が一致する場合だけ使う（NeurIPS/ICML のサイトに同じ一意の氏名で記載された 2020 年の所属は片側として数える）。1 年離れたプロフィールの値がその年と一致するのは 86～88% にとどまるため、借りない。ICLR 2024 には論文ごとの機関リストもあり、確認と予備に使う：完全に特定できたリストにないプロフィールの値は捨て、リストにある関連付けの値は年の規則だけでは採らない場合でも採る。同名の複数プロフィールのうちちょうど 1 人がリストにあれば決まる。機関が 1 つの論文はそれを著者に与える（`paper_set`）。複数の ICLR 2024 投稿に名前がある著者は、それらすべてが挙げる唯一の機関をとる（`set_intersection`）。`papers` では、ICLR 2024 の各論文はリストのすべての機関に数える。どの回答も数値のうち関連付けによる根拠の割合を示す。`exact` を加えると除外できる。明細（`papers`）は関連付けた枠ごとに値の取り方を示す。',
  'mtext.rollup': '*合算の方針*（`units` を加えると下部組織を単独で数える）：',
  'mtext.includes': '{root} に含むもの：{units}',
  'mtext.none': 'なし',
  'mtext.sources': '*出典*（構築時に取得し sha256 で検証、再配布はしない）：',
  'mtext.source': '{file}：{role}。ライセンス：{licence}',
  'mtext.noLicence': '記載なし',
  'word.noRows': '（該当なし：この絞り込み条件に合うデータはありません）',
  'note.papersRows': '著者枠ごとに 1 行：著者のある {rows} 行は同じ絞り込みでの `{method}` の数値に、{papers} 本の異なる論文は `papers` の数値に等しい。',
  'note.papersSetOnly': '{n} 本の論文は論文自身の機関リストによってのみ数えられる（著者枠の帰属はない）。',
  'note.teamsize': '範囲内のすべての採択論文を数える（著者の所属の有無にかかわらず）。',
  'note.instKind': '{name}：{type}{country}。',
  'note.includes': '含む（合算の方針）：{units}。',
  'note.rollsUp': '既定の方針では{parent}に合算されるため、ここに単独の数値はありません。単独で数えるには `units` を加えてください。',
  'note.asUnit': '単独の組織として集計（`units`）。既定では{parent}に合算される。',
  'type.company': '企業',
  'type.university': '大学',
  'type.institute': '研究機関',
  'type.government': '政府機関',
  'type.nonprofit': '非営利組織',
  'type.other': 'その他',
  'err.checkNeedsClaim': '`check` の後に検証する主張を書いてください。',
  'err.tooLong': '長すぎます：質問は {max} 文字までです。',
  'err.numberFor': '{text} が何を指すかわかりません。数は `top` か `page` の後に置きます。',
  'err.checkFirst': '`check` は最初の語にし、その後に主張を書いてください。',
  'err.oneType': '機関の種類は 1 つだけ選んでください（{a} と {b} の両方は不可）。',
  'err.pageNumber': '`page` の後に 1～1000 のページ番号が必要です。',
  'err.unknownName': '「{name}」という機関や国はわかりません。',
  'err.ambiguous': '「{name}」は複数の機関を指しえます：{options}。正式名称を引用符で囲んでください。',
  'err.unknownWord': '「{word}」はわかりません。',
  'err.notIso': 'ISO の国コードでもありません。',
  'err.needsValue': '`{key}:` の後に値が必要です。',
  'err.unknownLang': '不明な言語「{value}」：lang:en、lang:zh、lang:ja、lang:ko のいずれかを使ってください。',
  'err.unknownCountry': 'country: の国「{value}」がわかりません。ISO コード（JP）か名前（Japan、日本）を使ってください。',
  'err.oneCountry': 'country: の絞り込みは 1 つの質問に 1 つだけです。',
  'err.outsideData': '{year} はデータの範囲外です：データは {first}～{last} 年です。',
  'err.topRange': '`top` の数は 1～{max} です（{n} は使えません）。',
  'err.oneTop': '`top` の数は 1 つの質問に 1 つです。',
  'err.oneThing': '一度に 1 つずつ聞いてください：`{a}` と `{b}` は組み合わせられません。',
  'err.oneMethod': '集計方法は 1 つだけ選んでください（`{a}` と `{b}` の両方は不可）。',
  'err.lastYear': '「last year」は年として読めません。年を書いてください（データは {first}～{last} 年）。`last` だけなら最終著者で数えます。',
  'err.oneTier': '採択区分は 1 つだけ選んでください（`{a}` と `{b}` の両方は不可）。',
  'err.teamsizeFilters': '`teamsize` は著者が誰であれすべての採択論文の著者数を数えるため、{refused} は使えません。会議、`main`、採択区分は使えます。',
  'err.topNotFor': '`top {n}` は `{kind}` には使えません。',
  'err.pageNotFor': '`page` は `{kind}` には使えません。',
  'err.countryOnlyTop': '`country:` は機関の順位（`top`）の絞り込みです。',
  'err.topOneEntity': '`top` はすべての機関の順位です。1 つを見るなら `top` を外し、比べるなら `compare` を使ってください。',
  'err.compareTwo': '`compare` には 2 つ以上の国か機関が必要です。',
  'err.compareMax': '`compare` で比べられるのは {max} までの国・機関です。',
  'err.which': 'どの機関または国ですか？',
  'err.several': '複数の名前があります。並べて見るには `compare` を使ってください。',
  'err.papersOne':
    '`papers` を最初の語にすると 1 つの機関か国の論文を一覧します。順位を論文数で数えるには `papers` を後ろに置いてください：`top 10 2024 papers`。',
  'err.whatToCount': '何を数えますか？`top`、`countries`、`compare` か名前で始めてください。',
  'err.noEntities': '`{kind}` には国や機関を指定できません。',
  'err.didYouMean': 'もしかして',
  'err.example': '例',
  'err.help': 'ヘルプ',
  'err.couldNotUnderstand': 'airank はこの質問を理解できませんでした',
  'err.typeHelp': '`{command} help` で airank が答えられることの一覧を表示します。',
  'help.general': 'airank ヘルプ',

  'chart.source': '出典：{venues} 採択論文の airank による分析',
  'chart.method': '集計方法：{method}',
  'chart.units': '機関は記載どおり、上位組織に合算しない',
  'chart.partial': 'データが不完全：{list}（著者ごとの所属なし）',
  'chart.snapshot': 'データスナップショット {snapshot}、作成 {builtAt}',
  'chart.gapLegend': '○ 白抜きの印：データが不完全な年（{list}）',

  'verdict.matches': '一致',
  'verdict.rankLower1': '不一致：実際は {rank} 位（{places} つ下）',
  'verdict.rankLower': '不一致：実際は {rank} 位（{places} つ下）',
  'verdict.rankHigher1': '不一致：実際は {rank} 位（{places} つ上）',
  'verdict.rankHigher': '不一致：実際は {rank} 位（{places} つ上）',
  'verdict.none': '不一致：airank の集計はゼロ',
  'verdict.claimHigher': '主張が大きい',
  'verdict.claimLower': '主張が小さい',
  'verdict.within': '差は 5% 以内（{side}）',
  'verdict.off': '{pct} の差（{side}）',
  'hedge.holds.over': '一致：実際の数値はそれを上回る',
  'hedge.holds.atLeast': '一致：実際の数値はそれ以上',
  'hedge.holds.under': '一致：実際の数値はそれを下回る',
  'hedge.holds.nearly': '一致：実際の数値はそれをわずかに下回る（5% 以内）',
  'hedge.holds.about': '一致：実際の数値との差は 5% 以内',
  'hedge.fails.over': '不一致：実際の数値はそれを上回らない',
  'hedge.fails.atLeast': '不一致：実際の数値はそれを下回る',
  'hedge.fails.under': '不一致：実際の数値はそれを下回らない',
  'hedge.fails.nearly': '不一致：実際の数値はそれをわずかに下回る範囲（5% 以内）にない',
  'hedge.fails.about': '不一致：実際の数値との差が 5% を超える',
  'hedge.holds.atMost': '一致：実際は {rank} 位で、その範囲内',
  'hedge.fails.atMost': '不一致：実際は {rank} 位で、その範囲外',
  'reason.peopleTop': '重複なしの人数は上位機関の間で足し合わせられない',
  'reason.countryOfCountry': '国の絞り込みは機関に使うもので、国には使えない',
  'reason.noRank': '数値がないため順位もない',
  'reason.nothingInScope': '範囲内に集計対象がない',
  'reason.noFirstYear': '最初の年の数値がないため倍率を出せない',
  'reason.peopleTiers': '重複なしの人数は複数の区分で足し合わせられない',
  'reason.tiersTop': '複数区分の合計は上位 N の範囲では検証しない',
  'check.matches': '集計方法 {methods} で一致',
  'check.matchesOnly': '集計方法 {methods} でのみ一致',
  'check.cannot': '検証できない',
  'check.closest': '最も近い集計方法 {method}：{verdict}',
  'check.stated': '主張が示す集計方法 {method}：{verdict}',
  'check.default': '既定の集計方法 {method}：{verdict}',
  'check.several': '{n} 個の数値を検証',
  'check.unreadableMissing': '主張を読み取れません：{what}がない',
  'check.unreadableWhy': '主張を読み取れません：理由は下記',
  'check.couldNot': '「{claim}」を検証できません：{problem}。',
  'check.readAs': '読み取り',
  'check.gapInScope': '範囲内のデータの欠け',
  'check.gapHigher': 'そのため他の資料の数値の方が大きい場合がある。',
  'check.methodLabel': 'すべての集計方法、1 行に 1 つ（`method` を参照）',
  'check.notRead': 'なし：主張を読み取れなかった',
  'check.noteDifference':
    '差 =（主張 − airank）/ airank。「一致」：airank の数値を主張と同じ精度で丸めると主張の数値になる。「以上」「近く」などの限定つきの数値は、airank の数値がその側にあれば一致。',
  'check.noteTop': 'top{n}：その行の集計方法で各年の上位 {n} に入る機関だけを数える。国の場合はそこに入るその国の機関を合計する。',
  'check.noteUnit': '{name}は通常{parent}に合算される。名指しされたので単独で集計した（`units` と同じ）。',
  'col.figure': '数値',
  'figure.count': '{value}',
  'figure.rank': '{value} 位',
  'figure.growth': '{value} 倍の伸び',
  'figure.share': 'シェア {value}%',
  'qual.over': '超',
  'qual.atLeast': '以上',
  'qual.under': '未満',
  'qual.nearly': '近く',
  'qual.about': '約',
  'qual.atMost': '上位',
  'check.notChecked': '検証していない部分',
  'check.partly': '一部のみ検証（{n} 件は未検証）',
  'check.context': '補った文脈',
  'claim.fromTo': '{from} 年から {to} 年',
  'claim.over': '{years} の合計',
  'claim.in': '{year} 年',
  'claim.top': '各年の上位 {n} 機関のみ',
  'claim.status': '{status} 論文',
  'claim.exact': '関連付けによる根拠を除く',
  'claim.units': '上位組織に合算しない',
  'claim.method': '{method} で集計',
  'claim.country': '{country}の機関の中で',
  'problem.missing': '{what}が見つからない',
  'problem.what.entity': '国または機関',
  'problem.what.figure': '数値',
  'problem.what.year': '年',
  'problem.ambiguous': '名前が複数の機関を指しうる：{names}。正式名称を使ってください',
  'problem.severalNames': '1 つの数値に {count} の国・機関が出てくる。1 つの数値につき 1 つずつ検証する',
  'problem.outside': '{years} はデータの範囲（{first}～{last} 年）外',
  'problem.growthYears': '伸び率には 2 つの年が必要（例：2020-2024）',
  'problem.badTop': 'top{top} は使える範囲ではない（1～1000）',
  'problem.topScope': 'top{top} の範囲は数と伸び率に使うもので、順位やシェアには使えない',
  'problem.rankZero': '順位は 1 から',
  'problem.countryOfCountry': '国の絞り込みは機関に使うもので、国には使えない',
  'check.forms': `主張には 3 つが必要です：*対象*（国または機関：日本、JP、Japan、東大、"University of Tokyo"）、*数値*、*年*。
数値：数（\`171人\`、\`8,491\`）、順位（\`2位\`、\`首位\`、\`rank 1\`）、伸び率（\`8倍\`、\`倍増\`、\`8x\`、2 つの年が必要）、シェア（\`12%\`、\`28%を占めた\`）。「以上」「約」「近く」などの限定も考慮します。
年：\`2024年\`、\`2020-2024\`、\`2020年から2024年\`。1 文に複数の数値があれば 1 つずつ検証します。
任意：\`top50\`（各年の上位 50 機関のみ）、\`neurips\` \`icml\` \`iclr\`、\`main\`、\`oral\` \`spotlight\` \`poster\`、\`企業\` \`大学\` \`研究機関\`、\`exact\`、\`units\`、\`筆頭著者\`、\`最終著者\`。
例：
  \`check 東大の著者数は2024年に171人だった\`
  \`check 日本は2024年に8位だった\`
  \`check 中国の著者数は2020年から2024年に8倍に増えた\`
  \`check US 14766 2024 top50\``,
  // 課題 20
  'cav.missing': '{labels}は数値なし：どの情報源にも所属がない。',
  'cav.partial': '部分的なデータ（関連付けで補完）：{labels}。',
  'cav.partialChina': '中国の機関は過少に数えられている可能性が高い。',
  'cav.partialPapers': '論文数は各論文自身の機関リストによる（論文の {pct}）。',
  'cav.timing': '2020 年は当時示された所属、以降の年は後から収集したプロフィールによる：変化の一部は人の移動かもしれない。',
  'cav.countryRule': '{other}では：{name} {value}（{diff}）。',
  'foot.data': 'データ {snapshot}',
  'foot.allVenues': '全会議・全トラック',
  'foot.detailsFlag': '注記すべて：--details',
  'head.top': '{years}年{scope}{unit}が最も多いのは{name}：{value}（{total} の {share}）{second}。',
  'head.second': '、2 位は{name}（{value}）',
  'head.topPage': '{years}年{scope}の {from}–{to} 位：このページの首位は{name}（{unit} {value}）。',
  'head.none': '{years}年{scope}の{unit}はない。',
  'head.scope': '{where}{kind}で',
  'head.where': '{country}の',
  'head.kind.any': '機関',
  'head.kind.company': '企業',
  'head.kind.university': '大学',
  'head.kind.institute': '研究機関',
  'head.among.institution': '機関',
  'head.among.country': '国・地域',
  'head.entity': '{name}の{years}年の{unit}は {value}、{among}中 {rank} 位。',
  'head.entityLast': '{name}の{years}年の{unit}は {value}、{among}中 {rank} 位。{last}年は {lastValue}、{lastRank} 位。',
  'head.entityNone': '{name}の{years}年の{unit}はない。',
  'head.compare': '{year}年：{list}。',
  'head.compareGrowth': '{name} {value}（{first}年の {growth} 倍）',
  'head.papers': '{name}の{years}年の著者枠は {papers} 本の論文に {slots}。1 行が 1 枠。',
  'head.teamsize': '{year}年の論文の著者数は平均 {mean}（中央値 {median}）。',
  'head.teamsizeSince': '{year}年の論文の著者数は平均 {mean}（中央値 {median}）、{first}年は {firstMean}。',
  'head.coverage': '{n} の会議・年の著者枠 {slots} のうち {resolved} が機関に対応。{partial}は著者ごとの所属がなく、関連付けで補完。',
  'head.check': '{mark} {verdict}：{subject} {value}、主張は {claimed}（{method}、{years}）{others}。',
  'head.checkItem': '{mark} {subject}：{value}、主張は {claimed}（{method}）{others}',
  'head.checkMatch': '一致',
  'head.checkOff': '不一致',
  'head.checkAlso': '。{methods} でも一致',
  'head.checkNot': '。{methods} では不一致',
  'head.checkNone': '比較できる数値がない：{reason}',
  'title.check': '検証：{claim}',
  'title.topScoped': '{where}{kind}上位 {n}、{years}',
  'slack.buttonDetails': '注記と方法',
  'slack.detailsTitle': '注記と方法：{title}',
  'slack.buttonAsk': '質問：{q}',
  'err.understood': '読み取れた部分：{parts}。{words}はわかりません。',
};

const punct = fullWidth(['「', '」']);

const methods: Locale['methods'] = {
  authors: {
    label: '採択論文の著者枠数（著者 5 人の論文は 5）',
    column: '著者数',
    unit: '採択論文の著者数',
    chart: '著者枠数（著者 5 人の論文は 5）',
    shareOf: '著者枠',
    help: '著者枠数（既定）',
    phrases: [],
  },
  people: {
    label: '重複なしの人数（論文数にかかわらず、1 人をグループごとに 1 回）',
    column: '人数',
    unit: '採択論文の著者の人数（重複なし）',
    chart: '重複なしの人数（グループごとに 1 人 1 回）',
    shareOf: '異なる人数',
    help: '重複なしの人数',
    phrases: ['重複なし'],
  },
  papers: {
    label: 'そのグループの著者が 1 人以上いる論文の数',
    column: '論文数',
    unit: '所属著者が1人以上いる採択論文の数',
    chart: 'そのグループの著者が 1 人以上いる論文の数',
    shareOf: '論文（機関がいくつあっても各 1 回）',
    help: '論文数（`papers` が最初の語でないとき）',
    phrases: ['論文数で'],
    afterCount: ['本の論文', '件'],
  },
  fractional: {
    label: '按分（著者枠 1 つにつき論文の 1/N）',
    column: '按分著者数',
    unit: '採択論文の按分著者数',
    chart: '按分（著者 1 人につき論文の 1/N）',
    shareOf: '按分クレジット',
    help: '按分：論文 1 本の分を著者で等分',
    phrases: ['按分', '論文換算', 'フルペーパー相当'],
  },
  first: {
    label: '筆頭著者のみ',
    column: '筆頭著者数',
    unit: '採択論文の筆頭著者数',
    chart: '筆頭著者のみ',
    shareOf: '筆頭著者枠',
    help: '筆頭著者のみ',
    phrases: ['筆頭著者'],
  },
  last: {
    label: '最終著者のみ（各論文の最後の著者。多くはシニア著者）',
    column: '最終著者数',
    unit: '採択論文の最終著者数',
    chart: '最終著者のみ',
    shareOf: '最終著者枠',
    help: '最終著者のみ（多くはシニア著者。単著なら筆頭著者でもある）',
    phrases: ['最終著者', 'ラストオーサー'],
  },
};

const commands: Locale['commands'] = {
  top: {
    summary: (p) => `  \`top 10 2024\`                      機関の順位（既定：上位 10、最新の確定年 ${p.lastComplete}）`,
    topic: (p) => `*top* — 著者数による機関の順位。
  \`top10\`  \`top 10 2024\`  \`2020-2024 top 25\`  \`top 10 2024 neurips main fractional\`
  \`top 10 country:JP\`（または \`top 10 日本\`）で国内の順位、\`top 10 企業 2024\` で企業だけの順位。
数は 1～100。年を書かなければ最新の確定年（${p.lastComplete}）。\`top 10 2024 page 2\` は 11～20 位。`,
  },
  countries: {
    summary: () => '  `top 20 countries 2024`            国・地域の順位（既定：上位 20）',
    topic: (p) => `*countries* — 著者数による国・地域の順位。
  \`countries\`  \`countries 2023\`  \`top 50 countries 2020-2024\`  \`countries iclr oral\`
  \`countries 2024 located\`   各国で働いていた著者の数：多国籍企業の海外部門は所在国に数える
既定：上位 20、最新の確定年（${p.lastComplete}）。既定では、著者は所属機関が合算される上位組織の国に数える。国の回答はどれも、使った規則ともう一方の規則での結果を示す。`,
  },
  compare: {
    summary: () => `  \`compare US CN JP 2020-2024\`       2～8 の国・機関を並べて比較
  \`trend US CN JP\`                   年ごとの推移（Chart ボタンか \`--png ファイル\` でグラフに）`,
    topic: (p) => `*compare* / *trend* — 2～8 の国・機関を年ごとに並べて比較（\`trend US CN JP\`：確定年）。
  \`compare US CN\`  \`compare 東大 京大 2020-2024\`  \`compare 阪大 東工大 neurips\`  \`compare 理研 Stanford\`
既定：確定年 ${p.complete}。2 文字の ISO コード（US、CN、JP）は常に国。`,
  },
  institution: {
    summary: () => '  `rank RIKEN 2024`  `東大`  `JP`     1 つの機関または国（既定：確定年）',
    topic: () => `*inst* / *rank* — 1 つの機関または国、年ごと。
  \`東大\`  \`京大 2024\`  \`阪大\`  \`東工大\`  \`理研\`  \`MSRA 2024\`  \`日本\`
名前は大文字・小文字、アクセント、句読点の違いを気にせず、略称も使えます。既定では下部組織を上位組織に合算します（DeepMind は Google に）。下部組織を名指しすると単独で集計し（\`units\` と同じ）、注記を付けます。`,
  },
  papers: {
    summary: () => '  `papers 東大 2024 neurips`         数値の裏にある論文（`top 50`：先頭 50 件）',
    topic: () => `*papers* — 数値の裏にある論文（\`papers\` が最初の語のとき）。
  \`papers 東大 2024 neurips\`  \`papers JP 2023 oral\`  \`papers MIT 2024 top 50\`
既定：全件、確定年。\`top 50\` で先頭 50 件、\`page 2\` で次の 50 件（\`top\` なしでは 1 ページ 20 件）。`,
  },
  teamsize: {
    summary: () => '  `teamsize 2020-2024`               論文 1 本あたりの著者数',
    topic: () => `*teamsize* — 採択論文 1 本あたりの著者数、年ごと。
  \`teamsize\`  \`teamsize 2020-2024 neurips\`  \`teamsize 2024 main oral\`
著者が誰であれ、すべての採択論文を数えます。会議、\`main\`、採択区分は使えます。\`country:\`、機関の種類、\`exact\`、\`units\`、集計方法は使えず、理由を示して断ります。`,
  },
  check: {
    summary: () => '  `check 東大の著者数は2024年に127人だった`   原稿の一文の数値を検証',
    topic: () => `*check* — 原稿の一文を、すべての集計方法で airank と照合します。
  \`check 東大の著者数は2024年に127人だった\`  \`check 日本は2024年に8位だった\`  \`check 中国の著者数は2020年から2024年に8倍に増えた\`
  \`check 2024年、米国のシェアは28%だった\`  \`check 2024年、アメリカが首位だった\`  \`check US 14766 2024 top50\`
主張には対象（国、機関、「日本の」などの言い方）、数値（数、順位、伸び率、シェア。「以上」「約」などの限定も考慮）、年が必要です。1 文に複数の数値があれば 1 つずつ検証します。
回答は集計方法ごとの airank の数値、判定（一致、差 5% 以内、N% の差）、最も近い方法、該当するデータの欠け、再現コマンドを示します。`,
  },
  coverage: {
    summary: () => '  `coverage`                         会議・年ごとに欠けているデータ',
    topic: () => `*coverage* — どの会議・年で所属などのデータが欠けているか、それが数値にどう影響するか。
  \`coverage\``,
  },
  method: {
    summary: () => '  `method`                           著者の数え方',
  },
  help: {
    summary: () => '  `help top lang:ja`                  トピック：{topics}',
  },
};

/** The shared grammar's help (query/help/help.ts); each command's own lines are in `commands`. */
const help = (h: HelpInputs): HelpText => {
  const { p } = h;
  return {
    intro: `*airank* — ${p.venues} ${p.years} 年の採択論文の著者数を、機関別・国・地域別に集計します。
語順や大文字・小文字は自由です。空白を含む名前は引用符で囲んでください：\`inst "Zhejiang University"\`。`,
    questions: '*質問*',
    more: `*ふつうの質問文も使えます*：\`how many authors did Google have in 2024\`  \`which country had the most authors in 2023\`  \`top universities in Japan 2024\`
*絞り込み*（どこに置いても可）：${h.venueFilterWords} \`country:JP\` \`企業\` \`大学\` \`研究機関\` \`exact\` \`lang:ja\`
*集計方法*：${h.methodWords}。\`units\` は上位組織への合算をしません。\`located\` は機関を合算したまま、国を部門の所在地で数えます（DeepMind ロンドンは英国）。
\`papers\` を最初の語にすると論文の一覧（\`papers 東大 2024\`）、それ以外の位置では論文数で集計（\`top 10 2024 papers\`）。
*年*：${p.years}${p.provisional ? `（${p.provisional} は暫定：出典が不完全で、各数値に判明割合を示します）` : ''}。年を指定しない質問は確定年のみ：順位は ${p.lastComplete} 年、それ以外は ${p.complete}。
どの回答の最後にも、その回答を再現するコマンドが付きます。`,
    topics: {
      filters: `*filters* — 質問のどこに置いても構いません。
  ${h.conferenceWords}   1 つ以上の会議（既定：${p.venueCount} つすべて）
  \`main\`                           メイントラックのみ（datasets & benchmarks を除く）
  \`datasets\`                       NeurIPS の datasets & benchmarks トラックのみ
  ${h.tierWords}     採択区分
  \`country:JP\`  \`country:日本\`       1 つの国の機関
  \`企業\` \`大学\` \`研究機関\`            機関の種類
  \`exact\`                          関連付けで推定した所属を除く
  \`lang:en\` \`lang:zh\` \`lang:ja\`      回答の言語
例：\`top 10 2024 neurips main oral country:JP\``,
      methods: `*methods* — 数値の集計方法（1 つの質問に 1 つ）。
${h.methodLines}
  \`units\`       下部組織を上位組織に合算せずに数える
  \`located\`     国を部門の所在地で数える（DeepMind ロンドンは英国）。機関は合算したまま
例：\`compare US CN 2020-2024 fractional\`。詳しい説明は \`method\` を送ってください。`,
      years: `*years* — ${p.years} 年。
  \`2024\`  \`2020-2024\`  \`2021–2023\`  \`2022 2024\`
年を指定しない場合、順位は最新の確定年（${p.lastComplete}）、compare・inst・papers・teamsize は確定年（${p.complete}）。${p.provisional ? `${p.provisional} は暫定で、年を指定したときだけ含めます。` : ''}`,
    },
    noTopic: '「{topic}」というヘルプのトピックはありません。トピック：{topics}。',
  };
};

export const ja: Locale = {
  strings,
  punct,
  qualifierAfterFigure: true,
  dateTime: "yyyy'年'M'月'd'日' HH:mm",
  isoCountries: jaIso,
  names,
  methods,
  slotWords: { all: '著者枠', first: '筆頭著者枠', last: '最終著者枠' },
  defaultMethod: '（既定）',
  commands,
  help,
  chart: {
    files: ['@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf', '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf'],
    family: 'Noto Sans JP, Noto Sans SC, sans-serif',
    defaultFamily: 'Noto Sans JP',
    shaping: 'ja',
  },
};
