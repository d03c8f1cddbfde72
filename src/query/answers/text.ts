// `help` and `method`: answers that are text, with the same footer as any other.
import { helpText } from '../help.ts';
import type { QueryContext } from '../context.ts';
import { buildMeta, METHOD_LABEL } from '../meta.ts';
import { printAgreementText } from '../printAgreement.ts';
import { METHODS, type Answer, type ParsedQuery } from '../types.ts';

function textAnswer(ctx: QueryContext, q: ParsedQuery, title: string, text: string): Answer {
  return { kind: q.kind, title, columns: [], rows: [], totalRows: 0, offset: 0, text, meta: buildMeta(ctx, q, []) };
}

export function helpAnswer(ctx: QueryContext, q: ParsedQuery & { kind: 'help' }): Answer {
  return textAnswer(ctx, q, q.topic ? `Help: ${q.topic}` : 'airank help', helpText(q.topic));
}

export function methodAnswer(ctx: QueryContext, q: ParsedQuery): Answer {
  const rollups = new Map<string, string[]>();
  for (const inst of ctx.institutions.values()) {
    if (inst.rootId !== inst.id) rollups.set(inst.rootId, [...(rollups.get(inst.rootId) ?? []), inst.name]);
  }
  const policy = [...rollups.entries()]
    .map(([root, units]) => `• ${ctx.institutions.get(root)?.name ?? root} includes ${units.sort().join('; ')}`)
    .sort();
  const sources = JSON.parse(ctx.meta.sources ?? '[]') as Array<{ file: string; role: string; licence?: string | null }>;
  const text = [
    '*What is counted.* Author slots on accepted papers (oral, spotlight, poster; main track and, for NeurIPS, datasets & benchmarks) at NeurIPS, ICML and ICLR 2020-2024. Rejected and withdrawn papers never count.',
    '*Counting methods* (add the word to any question):',
    ...METHODS.map((m) => `• \`${m}\`: ${METHOD_LABEL[m]}`),
    '*Affiliations.* Each author slot is resolved to one institution: manual overrides, then curated names and aliases (whole string, then each part of a joint affiliation, first match wins), then curated e-mail/web domains (longest suffix), then public reference tables (a university name only when it is unambiguous across countries). Fuzzy matching only makes suggestions for reviewers; it never assigns. Unresolved slots count nowhere. A country is that of the (rolled-up) institution, so a multinational\'s unit abroad counts in its parent\'s country (DeepMind London for the US, through Google); `located` counts each author in the country of the unit they list while institutions still roll up (`countries 2024 located`: how many authors worked in the UK), and every country answer names its rule and what the other rule gives. Hong Kong, Taiwan and Macau keep their own codes.',
    '*Timing caveat.* For 2021-2024 the affiliations come from OpenReview profiles as scraped by third parties (the source describes a 2025 scrape), not from the papers: an author\'s later or secondary employer can appear on an older paper. The per-year files do differ for the same person (someone listed at Microsoft in 2021 and Baidu from 2022), so each year\'s file is used for its own year, and linking only borrows a profile value that the same year\'s records confirm. The 2020 NeurIPS and ICML affiliations are as printed on the conference sites at the time; ICLR 2020 uses the e-mail domains given at submission.',
    '*Gaps and linking.* ICML 2021 and ICML 2022 have no per-author affiliations in any source; ICLR 2024 has none either, but its accepted papers come with their ordered OpenReview author ids, so each slot\'s person is known exactly. An empty author slot is filled only when the author is certainly a person with a profile elsewhere: for an ICLR 2024 author (or any slot with its own id), the profile entry active in the paper\'s year (`id_profile`), else the same OpenReview id in the other files (`linked_id`); only where no id is known, an exact full name that belongs to exactly one profile id across all files, or, when several profiles share the name, to the only one of them who wrote another paper with one of this paper\'s co-authors (`linked_name`). `id_profile` and `linked_id` values are certain about the person but are profile values, not what the paper printed, so they count as linked evidence and `exact` leaves them out. A profile value is used only when that year\'s records confirm it, or records on both sides of the year agree (a 2020 affiliation printed on the NeurIPS/ICML site under the same unique name counts as one side); a profile\'s value one year away matches that year\'s only 86-88% of the time, which is why it is not borrowed. ICLR 2024 also has each paper\'s institution list, kept as a check and a fallback: a profile value outside a fully resolved list is dropped, a linked value on the list is taken even when the year rule alone would not take it, a name several profiles share is settled when exactly one of them is on the list, a paper with one institution gives it to its authors (`paper_set`), and an author whose name appears on several ICLR 2024 submissions takes the one institution all of them list (`set_intersection`). Under `papers`, each ICLR 2024 paper counts for every institution on its list. Every answer says what share of its figure rests on linked evidence; add `exact` to leave it out. The drill-down (`papers`) says for each linked slot how its value was taken.',
    `*Accuracy of linked evidence.* ${printAgreementText()} (An earlier held-out test that hid profile values and linked them again agreed with other profile values 99% of the time: that is agreement between profiles, not with print.) Many disagreements are people with two affiliations, or interns.`,
    '*Interns.* About 1.5% of profile slots carry the position `Intern` (mostly at Google, Microsoft, Amazon, Meta and NVIDIA), while the paper usually prints the home university. An intern slot takes the same person\'s (same OpenReview id) non-intern affiliation at another institution from the nearest year\'s record (`intern_home`, linked evidence); with no such record the intern value is kept and the drill-down marks it `intern`. A linked value never comes from an intern record when the person has a non-intern one. `npm run eval:interns` shows what the rule moves in the 2024 top 20.',
    '*Editors\' corrections.* An editor who finds a wrong affiliation proposes a correction of that author slot (in Slack, from the drill-down); once reviewed and accepted into `data/corrections.json`, it sets the slot\'s institution over every other kind of evidence and is labelled `correction`. `exact` keeps corrections. Every answer whose figures corrections moved says so, and `papers` lists the corrected slots.',
    `*Roll-up policy* (add \`units\` to count units on their own):\n${policy.join('\n') || '• none'}`,
    `*Sources* (obtained at build time, verified by sha256, never redistributed):\n${sources.map((s) => `• ${s.file}: ${s.role}; licence: ${s.licence ?? 'not stated'}`).join('\n')}`,
  ].join('\n\n');
  return textAnswer(ctx, q, 'How airank counts', text);
}
