// English: the reference locale. Every other locale is typed against its keys (strings,
// methods, commands), so a missing translation fails `tsc`. Placeholders are {name}; every language must use the same
// set (checked in tests). Only interface words live here: figures, institution and country
// names do not.

import enIso from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import type { CommandHelp, HelpInputs, HelpText, MethodText, VenueProse } from './localeParts.ts';
import { WESTERN } from './punctuation.ts';

const strings = {
  // Column headers
  'col.rank': 'Rank',
  'col.institution': 'Institution',
  'col.country': 'Country',
  'col.share': 'Share',
  'col.growth': 'Growth',
  'col.year': 'Year',
  'col.total': 'Total',
  'col.method': 'Method',
  'col.airank': 'airank figure',
  'col.claimed': 'Claimed',
  'col.difference': 'Difference',
  'col.verdict': 'Verdict',
  'col.reproduce': 'Reproduce with',
  'col.rankAmongInstitutions': 'Rank (among institutions)',
  'col.rankAmongCountries': 'Rank (among countries)',
  'col.conference': 'Conference',
  'col.papersAccepted': 'Accepted papers',
  'col.officialCount': 'Official count',
  'col.withEither': 'With either',
  'col.papersWithInstitution': 'Papers with an institution',
  'col.evidenceKinds': 'Resolved slots by evidence',
  'col.authorSlots': 'Author slots',
  'col.withAffiliation': 'With affiliation',
  'col.withDomain': 'With e-mail domain',
  'col.resolved': 'Resolved institution',
  'col.resolvedOfEvidence': 'Resolved of evidence',
  'col.withCountry': 'With country',
  'col.linked': 'Of resolved: linked',
  'col.note': 'Note',
  'col.paper': 'Paper',
  'col.status': 'Status',
  'col.author': 'Author',
  'col.position': 'Position',
  'col.rawAffiliation': 'Affiliation as given',
  'col.resolvedAs': 'Resolved as',
  'col.evidenceRule': 'Evidence / rule',
  'col.meanAuthors': 'Mean authors',
  'col.medianAuthors': 'Median authors',

  // Footer terms (each is followed by its value, e.g. "Method: author slots")
  'foot.method': 'Method',
  'foot.filters': 'Filters',
  'foot.coverage': 'Coverage',
  'foot.snapshot': 'Data snapshot',
  'foot.builtAt': 'built',
  'foot.reproduce': 'Reproduce with',
  'foot.linkedEvidence': 'Linked evidence',
  'foot.linkedShare': '{pct} of this figure rests on linked evidence',
  'foot.noFilters': 'none ({venues}, all tracks)',
  'foot.years': 'Years',
  'foot.unitsAsListed': 'institutions counted as listed, not rolled up into parent organisations',

  // Footer notes: coverage in scope, gaps, tiers, country rule, shares (query/figures/meta.ts)
  'foot.linkedHint': '`exact` leaves it out',
  'foot.linkedExact': 'none: `exact` leaves linked evidence out',
  'filter.track': '{track} only',
  'filter.status': '{tier} papers only',
  'filter.country': 'institutions in {country}',
  'filter.exact': 'exact: linked evidence excluded',
  'filter.units': 'units: no roll-up',
  'filter.located': 'located: countries by where each unit is',
  'note.coverage': 'Coverage: {pct} of the {slots} {slotWord} in scope are resolved to an institution; the rest count nowhere. Details: `coverage`.',
  'note.coverageExact':
    'Coverage: {pct} of the {slots} {slotWord} in scope count, resolved by their own evidence; another {linked} are resolved only by linking, which `exact` leaves out; the rest count nowhere. Details: `coverage`.',
  'note.coverageNone': 'Coverage: no author slots in scope.',
  'note.coverageCountry': '{pct} count with a known country under this country rule.',
  'note.coverageInCountry': '`country:{code}` keeps the {n} of them at institutions in {country}.',
  'note.gapLinked':
    '{label}: no per-author affiliations in any source; {pct} of its {slotWord} in scope are filled by linking, so its figures are partial, and more so for Chinese institutions (a name shared by several people is linked only through a co-author, and such names are commoner among Chinese authors)',
  'note.gapLinkedById':
    "{label}: no per-author affiliations in any source; {pct} of its {slotWord} in scope are filled by linking each author's own OpenReview id, so its figures are partial, and more so for Chinese institutions (many of its authors have no profile affiliation in any file held, and such authors are commoner at Chinese institutions)",
  'note.gapPapers': "; its `papers` counts come from each paper's own institution list and cover {pct} of its papers",
  'note.gapNone': '{label}: no per-author affiliations in any source, so institution figures leave it out',
  'note.exactAll': '{label}: all its resolved {slotWord} rest on linking, so `exact` leaves it out entirely and figures under `exact` lack it',
  'note.exactAcross': ', and a change across {year} is not like for like',
  'note.exactMost': '{label}: `exact` keeps only {pct} of its resolved {slotWord} (the others rest on linking), so figures under `exact` lack most of it',
  'note.tierMissing': '{label}: the sources hold no {tier} tier, so `{word}` leaves it out',
  'note.tierMissingTrack': '{label}, {track}: the sources hold no {tier} tier, so `{word}` leaves that track out',
  'note.tierAllLabelled':
    '{label}: the sources label every paper oral or spotlight (no poster tier), so its `spotlight` papers are all its papers that are not oral',
  'note.trackUnknownMain': '{label}: the sources give no track, so every paper counts as main track and `main` keeps its {track} papers too',
  'note.trackUnknownOut': '{label}: the sources give no track, so `{word}` leaves it out',
  'note.trackAbsent': '{label}: no {track} that year, so `{word}` leaves it out',
  'note.trackSomeUnknown':
    '{label}: {papers} papers have no known track (not in the proceedings list, such as journal-track papers), so `{word}` leaves them out',
  'note.timing':
    'Where affiliations come from: 2020 figures use affiliations as given at the time; later years use OpenReview profiles as scraped later (see `method`), so part of a change from 2020 can be people who moved rather than growth.',
  'note.provisional': '{years} provisional: {shares} of author slots in scope resolved (incomplete sources; see `coverage`)',
  'note.provisionalMixed': '; compared with complete {years}, part of any change is missing data',
  'scope.complete': ' (complete)',
  'scope.allProvisional': ' (provisional)',
  'scope.provisional': ' ({years} provisional)',
  'note.countryRuleParent':
    "Country rule: an author counts in the country of the organisation their institution rolls up to (a lab abroad counts in its parent's country); `located` counts each author where their unit is.",
  'note.countryRuleLocated': 'Country rule (`located`): an author counts in the country of the unit they list; institutions still roll up.',
  'note.countryRuleUnits': 'Country rule (`units`): each institution counts as itself, in its own country.',
  'note.countryRuleMoves': 'By {other}: {moves}.',
  'note.countryRuleSame': 'By {other}, the figures here are the same.',
  'note.countryMove': '{name} {value} ({diff})',
  'note.countryMoreMoves': '{n} more',
  'word.rule.located': "the unit's own country (`located`)",
  'word.rule.parent': "the parent organisation's country (the default)",
  'note.share': 'Share: of all {of} with {which} {scope}.',
  'share.with.country': 'a known country',
  'share.with.institution': 'a resolved institution',
  'share.with.both': 'a known country (countries) or a resolved institution (institutions)',
  'share.scope.inScope': 'in scope ({n})',
  'share.scope.inYear': 'in that year',
  'share.scope.inYearTotal': 'in that year (Total: in all the years)',
  'col.tracksTiers': 'Tracks and tiers (papers)',
  'cov.trackUnknown': 'no track information (all counted as main track; the conference had a {track} before)',
  'cov.tiersNote':
    'Tracks and tiers are those the sources give: a tier or track missing from a year is not in the sources, and a filter for it leaves that year out (the answer says so).',

  // Titles
  'title.topInstitutions': 'Top {n} institutions, {years}',
  'title.topCountries': 'Top {n} countries and regions, {years}',
  'title.rankedInstitutions': 'Institutions ranked {from}-{to}, {years}',
  'title.rankedCountries': 'Countries and regions ranked {from}-{to}, {years}',
  'title.compare': '{names}, {years}',
  'title.trend': '{name}, {years}',
  'title.coverage': 'Data coverage by conference-year',
  'title.papers': 'Papers behind {name}, {years}',
  'title.teamsize': 'Authors per accepted paper, {years}',
  'coverage.unknownTrack':
    '{conference} {year}: {unknown} papers of unknown track (not in the DBLP proceedings list, such as journal-track papers, or listed there without a proceedings page); `main` leaves them out. Main track {main}, datasets & benchmarks {db}.',
  'coverage.idEvidence':
    "Evidence kinds: profile = the author's own OpenReview record on this paper; id_profile = the author's id on the paper (ICLR 2024-2026, ICML 2025), with that profile's entry for the paper's year; linked_id = the same id's value in another file (for 2025-2026 also another year's, when no value for the year is known); linked_name = a unique name; paper_set, set_intersection = the paper's own institution list (ICLR 2024, ICML 2026); intern_home = an intern slot given the person's home affiliation. All but profile, site and correction are linked: `exact` leaves them out.",

  // What the numbers count, by method: chart axis titles and subtitles

  // Notes about editors' corrections (issue 16)
  'note.corrected': '{n} author slots corrected by editors (see {commands})',
  'note.correctedOne': '{n} author slot corrected by editors (see {commands})',
  'note.correctedAway': "Author slots formerly counted here, moved elsewhere by editors' corrections ({n}): {slots}",
  'note.correctionsInData': "Author slots set by editors' reviewed corrections: {n} (evidence `correction`, data/corrections.json); `papers` lists them.",

  // Proposing a correction in Slack, and the decision sent to the proposer (issue 16)
  'corr.modalTitle': 'Propose a correction',
  'corr.submit': 'Propose',
  'corr.cancel': 'Cancel',
  'corr.intro': 'From `{question}`. Pick the author slot whose institution is wrong; an editor reviews every proposal before any figure changes.',
  'corr.slotLabel': 'Author slot',
  'corr.slotPlaceholder': 'Author · paper',
  'corr.institutionLabel': 'New institution',
  'corr.institutionPlaceholder': 'Type to search the curated list',
  'corr.otherLabel': 'Other (not in the list)',
  'corr.otherHint': 'Only if the list does not have it: an editor adds it to the curated list before accepting.',
  'corr.evidenceLabel': 'Evidence',
  'corr.evidenceHint': 'A link to where the affiliation is printed, or "printed on the paper".',
  'corr.paper': 'Paper',
  'corr.author': 'Author',
  'corr.today': 'Today',
  'corr.why': 'Why',
  'corr.noInstitution': 'no institution',
  'corr.recordedTitle': 'Proposal recorded',
  'corr.done': 'Done',
  'corr.recorded':
    '*Proposal #{id} recorded:* {author} (author {position}) on "{title}" → {institution}.\nAn editor reviews it; no figure changes until it is accepted and the data are rebuilt. airank will send you the decision in a DM.',
  'corr.notCurated': '"{name}" (not yet in the curated list)',
  'corr.fromDrillDown': 'Corrections are proposed from a drill-down: ask `papers <institution> <year>` and press the button there.',
  'corr.noSlots': 'This page has no author slots to correct.',
  'corr.notSetUp': 'Corrections are not set up on this airank bot; tell an editor what is wrong instead.',
  'corr.err.pickSlot': 'Pick the author slot to correct.',
  'corr.err.slotNotOffered': 'Pick the author slot from the list this form offers.',
  'corr.err.slotGone': 'This author slot is not in the current data (it may have been rebuilt since). Close this form, ask again and pick the row.',
  'corr.err.chooseInstitution': 'Choose the institution from the list, or type its name under Other.',
  'corr.err.notBoth': 'Choose from the list or type a name under Other, not both.',
  'corr.err.notCurated': '"{id}" is not in the curated list. Choose one from the list, or type the name under Other.',
  'corr.err.inList': '"{name}" is in the list as {listed}: choose it there instead.',
  'corr.err.otherLength': "Type the institution's full name ({min}-{max} characters).",
  'corr.err.already': "{name} is already this slot's institution: nothing to correct.",
  'corr.err.noEvidence': 'Give the evidence: a link (https://…) to where the affiliation is printed, or "printed on the paper".',
  'corr.err.evidenceLength': 'Keep the evidence under {max} characters; a link is enough.',
  'corr.err.badUrl': 'That link is not a valid URL; paste it whole, starting with https://.',
  'corr.err.evidenceKind': 'Give the evidence as a web link (https://…) or as plain text; "{scheme}" links are not accepted.',
  'corr.err.duplicate': 'Proposal #{id} already proposes this and awaits review.',
  'corr.err.failed': 'Could not record the proposal (error {errorId}); please try again.',
  'corr.accepted':
    'Your correction proposal #{id} was accepted: {author} (author {position}) on "{title}", {conference} {year}, counts under {institution} from the next data build (correction #{correction}). Thank you.',
  'corr.rejected': 'Your correction proposal #{id} ({author}, author {position} on "{title}", {conference} {year}) was not accepted: {why}',

  // Slack front end: notices around an answer (src/slack)
  'slack.expired': 'This button has expired; please ask again.',
  'chart.none': "A '{kind}' answer has no chart. Charts are drawn for compare, trend, inst/rank, top, countries and teamsize answers.",
  'chart.noFonts':
    'No chart this time: this server does not have the chart fonts yet and could not download them. The table is unaffected; whoever runs airank can fetch them with `npm run fonts`.',
  'slack.buttonPost': 'Post to channel',
  'slack.buttonNext': 'Next',
  'slack.buttonCsv': 'CSV',
  'slack.buttonChart': 'Chart',
  'slack.buttonPropose': 'Propose a correction',
  'slack.noRows': 'No rows match this question.',
  'slack.rowsOf': 'Rows {from}–{to} of {total}',
  'slack.cutToFit': '…cut to fit Slack. Full text: `airank {command}` in a terminal.',
  'slack.apology': 'Sorry, airank hit an internal error and gave no answer. If you report it, quote error id `{id}`.',
  'slack.dataUpdatedPage': 'The data were updated since the previous page; these rows come from the new snapshot.',
  'slack.dataUpdatedPost': 'The data were updated since this answer was shown. Check the new figures below, then post again.',
  'slack.dataUpdatedChart': 'The data were updated since this answer was shown; the chart shows the new figures.',
  'slack.dataUpdatedCsv': 'The data were updated while the CSV was being built; please press CSV again.',
  'slack.viaEphemeral': 'Slack refused the usual reply ({reason}), so airank sends this answer here (error id `{id}`).',
  'slack.viaDm': 'Slack refused the reply in the channel ({reason}), so airank sends this answer to your DM (error id `{id}`).',
  'slack.asText': 'Slack refused the formatted answer, so it is shown as plain text (error id `{id}`).',
  'slack.reason.expired': 'the reply link had expired',
  'slack.reason.invalid': 'Slack rejected the message layout',
  'slack.reason.unavailable': 'Slack did not answer',
  'slack.reason.notInChannel': 'airank is not a member of that channel',
  'slack.maybeSent':
    'airank was restarted while it was sending the answer to `{command}`, so it may not have arrived. If it is not above, ask again: `{command}`',
  'slack.fileFailed': 'The file could not be sent (error id `{id}`); the command in the footer gives the whole answer in a terminal.',
  'slack.sentAsFile': 'This page is too large for a Slack message. The whole answer was sent as a file to your DM with airank.',
  'slack.databaseMissing':
    'airank has no database to answer from right now (it was removed or is being replaced on the server). An administrator needs to run `npm run setup`; error id `{id}`.',
  'slack.chartToDm': 'airank is not in this channel, so the chart of "{title}" was sent to your DM with airank.',
  'slack.chartSent': 'Chart of "{title}" sent to your DM with airank.',
  'slack.csvSent': 'CSV of "{title}" ({rows} rows) sent to your DM with airank.',

  // Small words
  'word.and': 'and',
  'word.numbers': 'one two three four five six seven eight nine ten',
  // The venue list and the year span in prose (query/help/venueProse.ts).
  'prose.venueSep': ', ',
  'prose.venueAnd': ' and ',
  'prose.yearSpan': '{first}-{last}',
  'word.listSep': ', ',
  'help.venueAlso': '{word} (or {others})',
  'word.noData': 'no data',
  'help.title': 'Help',
  'agree.none': 'No agreement-with-print measurement is stored (run `npm run eval:print -- --write`).',
  'agree.kind': '`{evidence}` ({slots} slots): institution {root} at the roll-up level ({unit} as units), country {country}',
  'agree.measured':
    'Measured against the institutions printed on {papers} ICML 2021 oral papers (first and corresponding authors, {slots} slots; `npm run eval:print`): {kinds}. {filled} of those slots are filled; the rest stay empty rather than guessed.',
  'mtext.accuracy': '*Accuracy of linked evidence.* {agreement} Many disagreements are people with two affiliations, or interns. {holdOut}',
  'holdout.none': 'No held-out linking measurement is stored (run `npm run eval:link -- default --write`).',
  'holdout.year': ', {pct} with all of {year} hidden',
  'holdout.measured':
    'A held-out test that hides known profile values and links them again (`npm run eval:link`) agrees with the hidden profile value {byId} of the time for links by id and {byName} for links by name (filling {filled} of hidden slots), {whole} with whole conference-years hidden{years}: that is agreement between profiles, not with print.',
  'mtext.interns':
    "*Interns.* About 1.5% of profile slots carry the position `Intern` (mostly at Google, Microsoft, Amazon, Meta and NVIDIA), while the paper usually prints the home university. An intern slot takes the same person's (same OpenReview id) non-intern affiliation at another institution from the nearest year's record (`intern_home`, linked evidence); with no such record the intern value is kept and the drill-down marks it `intern`. A linked value never comes from an intern record when the person has a non-intern one. `npm run eval:interns` shows what the rule moves in the 2024 top 20.",
  'mtext.unknown': 'unknown',
  'mtext.corrections':
    "*Editors' corrections.* An editor who finds a wrong affiliation proposes a correction of that author slot (in Slack, from the drill-down); once reviewed and accepted into `data/corrections.json`, it sets the slot's institution over every other kind of evidence and is labelled `correction`. `exact` keeps corrections. Every answer whose figures corrections moved says so, and `papers` lists the corrected slots.",
  'err.oneTrack': 'Choose one track, not both `main` and `datasets`.',
  'reason.countryOther': 'the institution is not in the country the claim names',
  'problem.badCountry': 'I do not know the country "{value}" in country:',
  'cov.noteShares':
    'Shares are of author slots on accepted papers. "Resolved of evidence": of the slots that carry an affiliation string or an institutional e-mail domain. In a year filled only by linking, the affiliation and e-mail columns count the values linking gave.',
  'cov.noteOfficial': "Official counts are the organisers' accepted-paper totals (NeurIPS includes the datasets & benchmarks track from 2021).",
  'cov.gap': 'gap: no per-author affiliations in any source',
  'cov.provisional': 'provisional',
  'cov.noteProvisional':
    'Provisional conference-years ({years}): their sources are incomplete, and every figure that includes one says so with the share of its author slots resolved. A question without a year covers the complete years ({complete}).',
  'cov.gapLinked': 'gap: no per-author affiliations in any source; filled only by linking',
  'mtext.title': 'How airank counts',
  'mtext.counted':
    '*What is counted.* Author slots on accepted papers (oral, spotlight, poster; main track and, for NeurIPS, datasets & benchmarks) at {venues} {years}. Rejected and withdrawn papers never count.',
  'mtext.methods': '*Counting methods* (add the word to any question):',
  'mtext.affiliations':
    "*Affiliations.* Each author slot is resolved to one institution: manual overrides, then curated names and aliases (whole string, then each part of a joint affiliation, first match wins), then curated e-mail/web domains (longest suffix), then public reference tables (a university name only when it is unambiguous across countries). Fuzzy matching only makes suggestions for reviewers; it never assigns. Unresolved slots count nowhere. A country is that of the (rolled-up) institution, so a multinational's unit abroad counts in its parent's country (DeepMind London for the US, through Google); `located` counts each author in the country of the unit they list while institutions still roll up (`countries 2024 located`: how many authors worked in the UK), and every country answer names its rule and what the other rule gives. Hong Kong, Taiwan and Macau keep their own codes.",
  'mtext.timing':
    "*Timing caveat.* For 2021-2024 the affiliations come from OpenReview profiles as scraped by third parties (the source describes a 2025 scrape), not from the papers: an author's later or secondary employer can appear on an older paper. The per-year files do differ for the same person (someone listed at Microsoft in 2021 and Baidu from 2022), so each year's file is used for its own year, and linking only borrows a profile value that the same year's records confirm. The 2020 NeurIPS and ICML affiliations are as printed on the conference sites at the time; ICLR 2020 uses the e-mail domains given at submission.",
  'mtext.gaps':
    "*Gaps and linking.* ICML 2021 and ICML 2022 have no per-author affiliations in any source; ICLR 2024 has none either, but its accepted papers come with their ordered OpenReview author ids, so each slot's person is known exactly. An empty author slot is filled only when the author is certainly a person with a profile elsewhere: for an ICLR 2024 author (or any slot with its own id), the profile entry active in the paper's year (`id_profile`), else the same OpenReview id in the other files (`linked_id`); only where no id is known, an exact full name that belongs to exactly one profile id across all files, or, when several profiles share the name, to the only one of them who wrote another paper with one of this paper's co-authors (`linked_name`). `id_profile` and `linked_id` values are certain about the person but are profile values, not what the paper printed, so they count as linked evidence and `exact` leaves them out. A profile value is used only when that year's records confirm it, or records on both sides of the year agree (a 2020 affiliation printed on the NeurIPS/ICML site under the same unique name counts as one side); a profile's value one year away matches that year's only 86-88% of the time, which is why it is not borrowed. ICLR 2024 also has each paper's institution list, kept as a check and a fallback: a profile value outside a fully resolved list is dropped, a linked value on the list is taken even when the year rule alone would not take it, a name several profiles share is settled when exactly one of them is on the list, a paper with one institution gives it to its authors (`paper_set`), and an author whose name appears on several ICLR 2024 submissions takes the one institution all of them list (`set_intersection`). Under `papers`, each ICLR 2024 paper counts for every institution on its list. Every answer says what share of its figure rests on linked evidence; add `exact` to leave it out. The drill-down (`papers`) says for each linked slot how its value was taken.",
  'mtext.rollup': '*Roll-up policy* (add `units` to count units on their own):',
  'mtext.includes': '{root} includes {units}',
  'mtext.none': 'none',
  'mtext.sources': '*Sources* (obtained at build time, verified by sha256, never redistributed):',
  'mtext.source': '{file}: {role}; licence: {licence}',
  'mtext.noLicence': 'not stated',
  'word.noRows': '(no rows: nothing in the data matches these filters)',
  'note.papersRows':
    'One row per author slot: {rows} rows with an author equal the `{method}` figure for the same filters; the {papers} distinct papers equal the `papers` figure.',
  'note.papersSetOnly': "{n} papers count only through the paper's own institution set (no author slot is attributed).",
  'note.teamsize': 'Counts every accepted paper in scope, whether or not its authors have affiliations.',
  'note.instKind': '{name}: {type}{country}.',
  'note.includes': 'Includes (roll-up policy): {units}.',
  'note.rollsUp': 'Rolls up into {parent} under the default policy, so it has no figures of its own here; add `units` to count it alone.',
  'note.asUnit': 'Counted as a unit (`units`); by default it rolls up into {parent}.',
  'type.company': 'company',
  'type.university': 'university',
  'type.institute': 'research institute',
  'type.government': 'government body',
  'type.nonprofit': 'non-profit',
  'type.other': 'other',
  'err.checkNeedsClaim': '`check` needs the claim to check after it.',
  'err.tooLong': 'That is too long: questions are at most {max} characters.',
  'err.numberFor': "I don't know what {text} is for. A number goes after `top` or `page`.",
  'err.checkFirst': '`check` must be the first word; the claim follows it.',
  'err.oneType': 'Choose one kind of institution, not both {a} and {b}.',
  'err.pageNumber': '`page` needs a page number from 1 to 1000 after it.',
  'err.unknownName': 'I don\'t know an institution or country called "{name}".',
  'err.ambiguous': '"{name}" could mean several institutions: {options}. Use the full name in quotes.',
  'err.unknownWord': 'I don\'t know "{word}".',
  'err.notIso': ' It is not an ISO country code either.',
  'err.needsValue': '`{key}:` needs a value after it.',
  'err.unknownLang': 'Unknown language "{value}": use {langs} or {last}.',
  'err.unknownCountry': 'Unknown country "{value}" in country:. Use an ISO code (JP) or a name (Japan, 日本).',
  'err.oneCountry': 'Only one country: filter per question.',
  'err.outsideData': '{year} is outside the data: it covers {first} to {last}.',
  'err.topRange': '`top` takes a number from 1 to {max}, not {n}.',
  'err.oneTop': 'Give one `top` number per question.',
  'err.oneThing': 'Ask one thing at a time: `{a}` and `{b}` cannot be combined.',
  'err.oneMethod': 'Choose one counting method, not both `{a}` and `{b}`.',
  'err.lastYear': '"last year" is not a year airank can read: write the year (the data cover {first} to {last}). `last` on its own counts last authors.',
  'err.oneTier': 'Choose one tier, not both `{a}` and `{b}`.',
  'err.teamsizeFilters':
    '`teamsize` counts the authors of every accepted paper, whoever they are, so {refused} cannot apply; it takes conferences, `main` and tiers.',
  'err.topNotFor': '`top {n}` does not apply to `{kind}`.',
  'err.pageNotFor': '`page` does not apply to `{kind}`.',
  'err.countryOnlyTop': '`country:` filters rankings of institutions (`top`).',
  'err.topOneEntity': '`top` ranks all institutions; to look at one, leave out `top`; to compare, use `compare`.',
  'err.compareTwo': '`compare` needs at least two countries or institutions.',
  'err.compareMax': '`compare` takes at most {max} countries or institutions.',
  'err.which': 'Which institution or country?',
  'err.several': 'That names several; to see them side by side use `compare`.',
  'err.papersOne':
    '`papers` as the first word lists the papers of ONE institution or country. To count papers in a ranking, put `papers` later: `top 10 2024 papers`.',
  'err.whatToCount': 'What should I count? Start with `top`, `countries`, `compare` or a name.',
  'err.noEntities': '`{kind}` does not take a country or institution.',
  'err.didYouMean': 'Did you mean',
  'err.example': 'Example',
  'err.help': 'Help',
  'err.couldNotUnderstand': 'airank could not understand that',
  'err.typeHelp': 'Type `{command} help` for everything airank can answer.',
  'help.general': 'airank help',

  // Chart footnote (three lines) and gap legend
  'chart.source': 'Source: airank analysis of accepted {venues} papers',
  'chart.method': 'Method: {method}',
  'chart.units': 'institutions as listed, not rolled up',
  'chart.partial': 'partial: {list} (no per-author affiliations)',
  'chart.snapshot': 'Data snapshot {snapshot}, built {builtAt}',
  'chart.gapLegend': '○ hollow markers: a year with partial data ({list})',
  'chart.gapLegendBars': 'lighter bars: a year with partial data ({list})',

  // check: verdicts, reasons, summaries and how a claim was read
  'verdict.matches': 'matches',
  'verdict.rankLower1': 'off: ranked {rank} ({places} place lower)',
  'verdict.rankLower': 'off: ranked {rank} ({places} places lower)',
  'verdict.rankHigher1': 'off: ranked {rank} ({places} place higher)',
  'verdict.rankHigher': 'off: ranked {rank} ({places} places higher)',
  'verdict.none': 'off: airank counts none',
  'verdict.claimHigher': 'claim higher',
  'verdict.claimLower': 'claim lower',
  'verdict.within': 'within 5% ({side})',
  'verdict.off': 'off by {pct} ({side})',
  'hedge.holds.over': 'matches: the figure is above it',
  'hedge.holds.atLeast': 'matches: the figure is at least that',
  'hedge.holds.under': 'matches: the figure is below it',
  'hedge.holds.nearly': 'matches: the figure is just under it (within 5%)',
  'hedge.holds.about': 'matches: the figure is within 5% of it',
  'hedge.fails.over': 'off: the figure is not above it',
  'hedge.fails.atLeast': 'off: the figure is below it',
  'hedge.fails.under': 'off: the figure is not below it',
  'hedge.fails.nearly': 'off: the figure is not just under it (within 5%)',
  'hedge.fails.about': 'off: the figure is more than 5% away',
  'hedge.holds.atMost': 'matches: ranked {rank}, within it',
  'hedge.fails.atMost': 'off: ranked {rank}, outside it',
  'reason.peopleTop': 'people are not additive over the top institutions',
  'reason.countryOfCountry': 'a country scope applies to institutions, not to a country',
  'reason.noRank': 'no figure, so no rank',
  'reason.nothingInScope': 'nothing counted in scope',
  'reason.noFirstYear': 'no figure in the first year, so no multiple',
  'reason.peopleTiers': 'people are not additive over several tiers',
  'reason.tiersTop': 'several tiers together are not checked within a top N',
  'check.matches': 'Matches under {methods}',
  'check.matchesOnly': 'Matches under {methods} only',
  'check.cannot': 'Cannot be checked',
  'check.closest': '{verdict} under {method}, the closest method',
  'check.stated': '{verdict} under {method}, the method the claim names',
  'check.default': '{verdict} under {method}, the default method',
  'check.several': '{n} figures checked',
  'check.unreadableMissing': 'Could not read the claim: missing {what}',
  'check.unreadableWhy': 'Could not read the claim: see why below',
  'check.couldNot': 'I could not check "{claim}": {problem}.',
  'check.readAs': 'Read as',
  'check.gapInScope': 'Coverage gap in scope',
  'check.gapHigher': 'A figure from another source may be higher for that reason.',
  'check.methodLabel': 'every counting method, one row each (see `method`)',
  'check.notRead': 'none: the claim was not read',
  'check.noteDifference':
    'Difference: (claimed − airank) / airank. "matches": the airank figure rounded as precisely as the claim is written gives the claimed figure; a hedged figure ("more than", "nearly") matches when airank\'s is on that side.',
  'check.noteTop': "top{n}: only institutions in each year's top {n} under the row's method count; for a country, its institutions there are added up.",
  'check.noteUnit': '{name} rolls up into {parent} by default; named on its own, it is counted alone (as with `units`).',
  'col.figure': 'Figure',
  'figure.count': 'a count of {value}',
  'figure.rank': 'rank {value}',
  'figure.growth': 'growth of x{value}',
  'figure.share': 'a share of {value}%',
  'qual.over': 'more than',
  'qual.atLeast': 'at least',
  'qual.under': 'fewer than',
  'qual.nearly': 'nearly',
  'qual.about': 'about',
  'qual.atMost': 'within the top',
  'check.notChecked': 'Not checked',
  'check.partly': 'Checked in part ({n} not checked)',
  'check.context': 'Context added',
  'claim.fromTo': 'from {from} to {to}',
  'claim.over': 'over {years}',
  'claim.in': 'in {year}',
  'claim.top': "counting only institutions in each year's top {n}",
  'claim.status': '{status} papers',
  'claim.exact': 'linked evidence left out',
  'claim.units': 'no roll-up',
  'claim.method': 'counting {method}',
  'claim.country': 'among institutions in {country}',
  'problem.missing': 'I could not find {what} in it',
  'problem.what.entity': 'which country or institution',
  'problem.what.figure': 'the figure',
  'problem.what.year': 'the year or years',
  'scope.venue': 'it is about a conference airank does not cover (it covers NeurIPS, ICML and ICLR)',
  'scope.journal': 'it is about journals, which airank does not cover',
  'scope.citations': 'it is about citations, which airank does not count',
  'scope.patents': 'it is about patents, which airank does not cover',
  'scope.origin': 'it counts researchers by origin or nationality; airank counts authors by the country of their institution',
  'scope.talent': 'it is about "AI talent" (a sample of researchers), not authors of accepted papers',
  'scope.person': 'it is about one person; airank counts countries and institutions',
  'scope.otherData': 'it counts AI publications in general (another database), not authors at NeurIPS, ICML and ICLR',
  'scope.submissions': 'submissions or an acceptance rate, not a figure airank holds',
  'scope.gap': 'a gap between two names, not a figure of one',
  'scope.ratio': 'a ratio between two names, not a figure of one',
  'scope.listSize': 'the size of a list, not a figure',
  'scope.absent': 'a claim that something is absent, which airank does not check',
  'scope.venues': 'a number of conferences, not a figure',
  'scope.institutions': 'a number of institutions with no list to count them in',
  'scope.noName': 'no country or institution it belongs to',
  'scope.compared': 'named only as what another is compared with',
  'scope.noFigure': 'named without a figure of its own',
  'scope.joint': 'a figure for several names together, which airank checks one at a time',
  'scope.noUnit': 'a number with no unit in the sentence (authors? papers?); say what it counts',
  'scope.pronoun': 'said of "they" or "it", not of a name airank can place',
  'scope.unread': 'a number airank could not place',
  'problem.ambiguous': 'a name could mean several institutions: {names}; use the full name',
  'problem.severalNames': 'it names {count} countries or institutions for one figure; I check a figure for one at a time',
  'problem.outside': '{years} is outside the data, which covers {first} to {last}',
  'problem.growthYears': 'a growth multiple needs two years, e.g. 2020-2024',
  'problem.badTop': 'top{top} is not a scope I can use (1 to 1000)',
  'problem.topScope': 'a top{top} scope applies to counts and growth, not to a rank or share',
  'problem.rankZero': 'a rank starts at 1',
  'problem.countryOfCountry': 'a country scope applies to institutions, not to a country',
  'check.forms': `A claim needs three things: *who* (a country or institution: China, CN, 中国, Chinese, Google, "University of Tokyo", 東大), *the figure* and *the year or years*.
Figures: a count (\`8,491\`, \`171人\`), a rank (\`rank 1\`, \`came second\`, \`had the most\`, \`12th\`, 排名第二, 2位), growth (\`8x\`, \`eightfold\`, \`doubled\`, \`rose 40%\`, 增长了八倍, needs two years), a share (\`12%\`, \`accounted for 40%\`). Hedges count: \`more than\`, \`nearly\`, \`about\`, 以上, 约.
Years: \`2024\`, \`In 2023, ...\`, \`2020-2024\`, \`from 2020 to 2024\` ("in four years" is not enough: give the years). Several figures in one sentence are checked one by one.
Optional: \`top50\` (count only institutions in each year's top 50), \`neurips\` \`icml\` \`iclr\`, \`main\`, \`oral\` \`spotlight\` \`poster\`, \`companies\` \`universities\` \`institutes\`, \`exact\`, \`units\`, \`among first authors\`, \`senior authors\`, \`counting papers\`.
Examples:
  \`check China had 8,491 authors in 2024\`
  \`check Google rank 1 2024\`
  \`check CN grew 8x 2020-2024\`
  \`check US 14766 2024 top50\`
  \`check Tsinghua had a share of 3% at NeurIPS 2024\``,
  // Issue 20: the answer sentence, the default footer's caveats, details (query/model/caveats.ts, query/figures/headline.ts)
  'cav.missing': 'No figures for {labels}: no affiliations in any source.',
  'cav.partial': 'Partial data, filled by linking: {labels}.',
  'cav.partialChina': ' Chinese institutions likely undercounted.',
  'cav.partialPapers': " Papers counted from each paper's institution list ({pct} of papers).",
  'cav.timing': '2020 uses affiliations given at the time, later years profiles scraped since: part of a change can be people moving.',
  'cav.countryRule': 'By {other}: {name} {value} ({diff}).',
  'foot.data': 'data {snapshot}',
  'foot.allVenues': 'all venues and tracks',
  'foot.detailsFlag': 'all caveats: --details',
  'head.top': '{name} had the most {unit}{scope} in {years}: {value} ({share} of {total}){second}.',
  'head.second': '; {name} 2nd, {value}',
  'head.topPage': 'Ranks {from}–{to}{scope}, {years}: {name} leads this page with {value} {unit}.',
  'head.none': 'No {unit}{scope} in {years}.',
  'head.scope': ' among {kind}{where}',
  'head.where': ' in {country}',
  'head.kind.any': 'institutions',
  'head.kind.company': 'companies',
  'head.kind.university': 'universities',
  'head.kind.institute': 'research institutes',
  'head.among.institution': 'institutions',
  'head.among.country': 'countries',
  'head.entity': '{name} had {value} {unit} in {years}, rank {rank} among {among}.',
  'head.entityLast': '{name} had {value} {unit} in {years}, rank {rank} among {among}; {lastValue} in {last}, rank {lastRank}.',
  'head.entityNone': '{name} had no {unit} in {years}.',
  'head.compare': 'In {year}: {list}.',
  'head.compareGrowth': '{name} {value} (×{growth} since {first})',
  'papers.email': 'e-mail: {domain}',
  'papers.setOnly': '(paper institution set)',
  'papers.correction': 'correction #{id} ({evidence}; accepted by {by} {at}; was {was})',
  'head.papers': '{name} had {slots} author slots on {papers} papers in {years}; each row is one slot.',
  'head.teamsize': 'Papers in {year} had {mean} authors on average (median {median}).',
  'head.teamsizeSince': 'Papers in {year} had {mean} authors on average (median {median}), against {firstMean} in {first}.',
  'head.coverage':
    '{resolved} of {slots} author slots in {n} conference-years resolve to an institution; {partial} have no per-author affiliations and are filled by linking.',
  'head.check': '{mark} {verdict}: {subject} {value} against the claimed {claimed} ({method}, {years}){others}.',
  'head.checkItem': '{mark} {subject}: {value} against the claimed {claimed} ({method}){others}',
  'head.checkMatch': 'Matches',
  'head.checkOff': 'Does not match',
  'head.checkAlso': '; also under {methods}',
  'head.checkNot': '; not under {methods}',
  'head.checkNone': 'no figure to compare: {reason}',
  'title.check': 'Check: {claim}',
  'title.topScoped': 'Top {n} {kind}{where}, {years}',
  'slack.buttonDetails': 'Caveats & method',
  'slack.detailsTitle': 'Caveats & method: {title}',
  'slack.buttonAsk': 'Ask: {q}',
  'err.understood': "I read: {parts}. I don't know {words}.",
} as const;

/** A UI string's key: English's keys are every locale's. */
export type StringKey = keyof typeof strings;

const punct = WESTERN;

const methods = {
  authors: {
    label: 'author slots on accepted papers (a paper with 5 authors counts 5)',
    column: 'Authors',
    unit: 'Authors on accepted papers',
    chart: 'author slots (a paper with 5 authors counts 5)',
    shareOf: 'author slots',
    help: 'author counts (default)',
    phrases: [],
  },
  people: {
    label: 'distinct people (each person once per group, whatever the number of papers)',
    column: 'People',
    unit: 'Distinct people on accepted papers',
    chart: 'distinct people (each once per group)',
    shareOf: 'distinct people',
    help: 'distinct people',
    phrases: ['\\b(?:distinct|unique|individual)\\s+(?:people|researchers|authors|persons)\\b', '\\bcounting\\s+people\\b'],
  },
  papers: {
    label: 'papers with at least one author from the group',
    column: 'Papers',
    unit: 'Accepted papers with at least one affiliated author',
    chart: 'papers with at least one author from the group',
    shareOf: 'papers (each once, however many institutions it has)',
    help: 'paper counts (only when `papers` is not the first word)',
    phrases: ['\\bcounting\\s+papers\\b', '\\bby\\s+papers\\b'],
    afterCount: ['(?:accepted\\s+|NeurIPS\\s+|ICML\\s+|ICLR\\s+)?papers?\\b'],
  },
  fractional: {
    label: 'fractional credit (each author slot counts 1/N of its paper)',
    column: 'Fractional authors',
    unit: 'Fractional authors on accepted papers',
    chart: 'fractional credit (each author 1/N of the paper)',
    shareOf: 'fractional credit',
    help: "fractional credit: each paper's credit is shared between its authors",
    phrases: ['\\bfractional(?:\\s+(?:credit|count(?:ing)?))?\\b', '\\b(?:full[-\\s])?paper[-\\s]equivalents?\\b', '\\bpublication\\s+index\\b'],
  },
  first: {
    label: 'first authors only',
    column: 'First authors',
    unit: 'First authors of accepted papers',
    chart: 'first authors only',
    shareOf: 'first-author slots',
    help: 'first authors only',
    phrases: ['\\bfirst[\\s-]authors?(?:hips?)?\\b'],
  },
  last: {
    label: 'last authors only (the last author of each paper, often its senior author)',
    column: 'Last authors',
    unit: 'Last authors of accepted papers',
    chart: 'last authors only',
    shareOf: 'last-author slots',
    help: 'last authors only (often the senior author; a single author is both first and last)',
    phrases: ['\\b(?:last|senior)[\\s-]authors?(?:hips?)?\\b'],
  },
} as const;

const commands = {
  top: {
    summary: (p: VenueProse) => `  \`top 10 2024\`                      top institutions (default: top 10, latest complete year ${p.lastComplete})`,
    topic: (p: VenueProse) => `*top* — institutions ranked by authors.
  \`top10\`  \`top 10 2024\`  \`2020-2024 top 25\`  \`top 10 2024 neurips main fractional\`
  \`top 10 country:JP\` (or \`top 10 Japan\`) ranks institutions within one country.
The number must be 1 to 100; without a year the latest complete year (${p.lastComplete}) is used.
\`top 10 2024 page 2\` shows ranks 11-20; \`top 10 companies 2024\`, \`top universities in Japan 2024\` rank one kind of institution.`,
  },
  countries: {
    summary: () => '  `top 20 countries 2024`            top countries (default: top 20)',
    topic: (p: VenueProse) => `*countries* — countries ranked by authors.
  \`countries\`  \`countries 2023\`  \`top 50 countries 2020-2024\`  \`countries iclr oral\`
  \`countries 2024 located\`   how many authors worked in each country: a multinational's unit abroad counts where it is
Default: top 20, latest complete year (${p.lastComplete}). By default an author counts in the country of the organisation their institution rolls up to; every country answer says which rule it used and what the other gives.`,
  },
  compare: {
    summary: () => `  \`compare US CN JP 2020-2024\`       side by side, 2 to 8 countries or institutions
  \`trend US CN JP\`                   the same over the complete years (draw it with the Chart button or \`--png FILE\`)`,
    topic: (p: VenueProse) => `*compare* / *trend* — two to eight countries or institutions side by side, per year (\`trend US CN JP\`: the complete years).
  \`compare US CN\`  \`compare US CN JP 2020-2024\`  \`compare Tsinghua Stanford\`
  \`compare "Peking University" "Zhejiang University" neurips\`  \`compare 清华 Stanford\`
Default: the complete years ${p.complete}. A 2-letter ISO code (US, CN, JP) is always a country.`,
  },
  institution: {
    summary: () => '  `rank RIKEN 2024`  `Tsinghua`  `JP`  one institution or country (default: complete years)',
    topic: (p: VenueProse) => `*inst* / *rank* — one institution or one country, per year.
  \`Tsinghua\`  \`inst "Zhejiang University"\`  \`rank RIKEN 2024\`  \`JP\`  \`日本\`  \`東大 2023\`  \`MSRA 2024\`
Names match case, accents and punctuation loosely, and include short forms (清华, 北大, 上交, 浙大, 中科院, 港大, 复旦, 南大, 東大, 京大, 阪大, 東工大, 理研, MSRA, FAIR, BAIR, Shanghai AI Lab).
A unit that rolls up into a parent (DeepMind, MSRA), asked for by name, is counted on its own (as with \`units\`), with a note.
Default: the complete years ${p.complete}.
How names are read:
  • a 2-letter ISO code (US, CN, JP) is a country, and so is a country name;
  • after \`inst\` an institution name is tried first, so \`inst "X"\` reaches an institution whose alias looks like a country;
  • lower-case \`in\`, \`at\`, \`to\`, \`by\`, \`is\`, \`me\` are English words: write IN, AT, … or the name for India, Austria, …;
  • command words (\`top\`, \`main\`, \`oral\`, \`papers\`, …) win over names; quote a name to force it.`,
  },
  papers: {
    summary: () => '  `papers Tsinghua 2024 neurips`     the papers behind a figure (`top 50`: the first 50)',
    topic: () => `*papers* — the papers behind a figure, when \`papers\` is the FIRST word.
  \`papers Tsinghua 2024 neurips\`  \`papers JP 2023 oral\`  \`papers MIT 2024 top 50\`
Default: every row, the complete years; \`top 50\` shows the first 50 and \`page 2\` the next 50 (20 a page without \`top\`). Anywhere else \`papers\` is a counting method: \`top 10 2024 papers\` counts papers, not authors.`,
  },
  teamsize: {
    summary: () => '  `teamsize 2020-2024`               authors per paper',
    topic: () => `*teamsize* — authors per accepted paper, per year.
  \`teamsize\`  \`teamsize 2020-2024 neurips\`  \`teamsize 2024 main oral\`
It counts every accepted paper, whoever its authors are: conferences, \`main\` and tiers apply; \`country:\`, institution types, \`exact\`, \`units\` and counting methods are refused.`,
  },
  check: {
    summary: () => '  `check <claim>`                    check a sentence, e.g. `check Tsinghua had 300 NeurIPS authors in 2024`',
    topic: () => `*check* — check a sentence from a draft against airank, under every counting method.
  \`check China had 8,491 authors in 2024\`   \`check Google rank 1 2024\`   \`check Tsinghua came second in 2024\`
  \`check CN grew 8x 2020-2024\`   \`check Chinese authors rose eightfold from 2020 to 2024\`   \`check US 14766 2024 top50\`
  \`check In 2024, China accounted for 28% of authors at NeurIPS\`   \`check 東大の著者数は2024年に127人だった\`
The claim needs who (a country, an institution or a demonym such as Chinese), the figures (counts, ranks, growth, shares; hedges such as "more than" count) and the year or years; several figures in one sentence are checked one by one.
\`top50\` counts only institutions in each year's top 50; filters (\`neurips\`, \`main\`, \`oral\`, \`companies\`, \`exact\`, \`units\`) apply as anywhere else.
The answer gives airank's figure under each method, the verdict (matches, within 5%, off by N%), the closest method, the coverage gaps that apply and a command reproducing each figure.`,
  },
  coverage: {
    summary: () => '  `coverage`                         what data is missing, per conference and year',
    topic: () => `*coverage* — which conference-years lack affiliations or other data, and what that means for figures.
  \`coverage\``,
  },
  method: {
    summary: () => '  `method`                           how authors are counted',
  },
  help: {
    summary: () => '  `help <topic>`                     topics: {topics}',
  },
} as const;

/** The shared grammar's help (query/help/help.ts); each command's own lines are in `commands`. */
const help = (h: HelpInputs): HelpText => {
  const { p } = h;
  return {
    intro: `*airank* — authors of accepted ${p.venues} papers, ${p.years}, by institution and country.
Words can come in any order and any case. Quote names with spaces when in doubt: \`inst "Zhejiang University"\`.`,
    questions: '*Questions*',
    more: `*Plain questions work too*: \`how many authors did Google have in 2024\`  \`which country had the most authors in 2023\`  \`top universities in Japan 2024\`
*Filters* (anywhere): ${h.venueFilterWords} \`country:JP\` \`companies\` \`universities\` \`institutes\` \`exact\` \`lang:zh\`
*Counting*: ${h.methodWords}; \`units\` turns roll-up off; \`located\` counts countries where each unit is (DeepMind London in the UK) while institutions roll up.
\`papers\` as the FIRST word lists papers (\`papers Tsinghua 2024\`); anywhere else it counts papers (\`top 10 2024 papers\`).
*Years*: ${p.years}${p.provisional ? ` (${p.provisional} provisional: incomplete sources, each figure says how much is filled)` : ''}. A question without a year covers the complete years only: rankings ${p.lastComplete}, everything else ${p.complete}.
Every answer ends with a command that reproduces it exactly.`,
    topics: {
      filters: `*filters* — may appear anywhere in a question.
  ${h.conferenceWords}   one or more conferences (default: all ${p.venueCount})
  \`main\`                           main track only (no datasets & benchmarks)
  \`datasets\`                       NeurIPS datasets & benchmarks track only
  ${h.tierWords}     one acceptance tier
  \`country:JP\`  \`country:日本\`       institutions within one country
  \`exact\`                          leave out affiliations inferred from linked records
  \`companies\` \`universities\` \`institutes\`   one kind of institution (\`top 10 companies 2024\`)
  \`lang:en\` \`lang:zh\` \`lang:ja\`      language of names in the answer
Example: \`top 10 2024 neurips main oral country:CN\``,
      methods: `*methods* — how a figure is counted (one per question).
${h.methodLines}
  \`units\`       count labs and departments as themselves, without roll-up to the parent
  \`located\`     count countries by where each unit is (DeepMind London in the UK); institutions still roll up
Example: \`compare US CN 2020-2024 fractional\`. Send \`method\` for the full explanation.`,

      years: `*years* — ${p.first} to ${p.last}.
  \`2024\`  \`2020-2024\`  \`2021–2023\`  \`2022 2024\`
Without a year, rankings take the latest complete year (${p.lastComplete}); compare, inst, papers and teamsize take the complete years (${p.complete}).${p.provisional ? ` ${p.provisional} are provisional: name them to include them.` : ''}`,
    },
    noTopic: 'There is no help topic "{topic}". Topics: {topics}.',
  };
};

/** A command's key (query/commands/registry.ts kinds): English's are every locale's. */
export type CommandKey = keyof typeof commands;
/** A counting method's key (query/model/methods.ts): English's are every locale's. */
export type MethodKey = keyof typeof methods;

// Not annotated as a Locale, as locale.ts reads this file's keys; locale.ts checks it is one.
export const en = {
  strings,
  punct,
  qualifierAfterFigure: false,
  dateTime: 'd MMM yyyy HH:mm',
  isoCountries: enIso,
  names: { institutions: {}, countries: {} },
  venues: {
    tracks: { main: 'main track', datasets_benchmarks: 'datasets & benchmarks track', unknown: 'track unknown' },
    tiers: { oral: 'oral', spotlight: 'spotlight', poster: 'poster', unknown: 'tier unknown' },
    instTypes: { company: 'companies only', university: 'universities only', institute: 'research institutes only' },
    words: {},
  },
  claimWords: {
    rise: [
      'rose',
      'risen',
      'grew',
      'grown',
      'increased',
      'jumped',
      'climbed',
      'surged',
      'soared',
      '(?<!made\\s)up',
      'growth\\s+of',
      'increase\\s+of',
      'rise\\s+of',
    ],
    times: ['[x×](?![a-z])', '-?fold\\b', '\\s+times\\b'],
    before: {
      over: ['more\\s+than', 'over', 'above', 'upwards\\s+of', 'in\\s+excess\\s+of', 'exceeding'],
      atLeast: ['at\\s+least'],
      under: ['fewer\\s+than', 'less\\s+than', 'under', 'below'],
      nearly: ['nearly', 'almost', 'close\\s+to', 'just\\s+under'],
      about: ['about', 'around', 'roughly', 'approximately', 'some', 'an\\s+estimated', 'ca\\.'],
    },
    after: { over: ['\\+'] },
  },
  inSentence: (header: string) => header.toLowerCase(),
  methods: methods satisfies Record<string, MethodText>,
  slotWords: { all: 'author slots', first: 'first-author slots', last: 'last-author slots' },
  defaultMethod: ' (default)',
  commands: commands satisfies Record<string, CommandHelp>,
  help,
  chart: { fonts: [], family: 'Noto Sans JP, Noto Sans SC, sans-serif', defaultFamily: 'Noto Sans JP', shaping: 'en' },
};
