// The real build from the mirror (../shared/airank-data), checked against the targets:
// accepted-paper counts near the official ones, affiliation evidence and resolution
// shares per conference-year, and a drill-down that adds up to its ranking figure.
// Skipped, saying so, when no mirror is present.
import { beforeAll, describe, expect, it } from 'vitest';
import { mirrorDir } from '../../src/config.ts';
import type { Asker } from '../../src/query/asker.ts';
import { openAsker } from '../../src/query/openAsker.ts';
import { isParseError, type Answer } from '../../src/query/model/types.ts';
import { BUILD_TIMEOUT, builtFromMirror, HAS_MIRROR } from '../helpers/realDatabase.ts';
import { openDatabase } from '../../src/db/open.ts';
import { VENUES } from '../../src/domain/venues.ts';
import { renderAnswer } from '../../src/slack/render/answer.ts';
import { limitViolations } from '../slack/helpers/slackLimits.ts';

if (!HAS_MIRROR) console.warn(`realData tests skipped: no mirror at ${mirrorDir()}`);

const GAPS = new Set(['icml2021', 'icml2022', 'iclr2024']);
/** Issue 23: the provisional years' floors (resolved share of all slots), what their sources allow. */
const PROVISIONAL: Record<string, number> = { iclr2025: 0.66, icml2025: 0.84, iclr2026: 0.59, neurips2025: 0.25, icml2026: 0.5 };

let asker: Asker;
function ask(text: string): Answer {
  const r = asker.ask(text);
  if (isParseError(r)) throw new Error(`${text}: ${r.message}`);
  return r;
}
type Row = Record<string, string | number | null>;
const records = (a: Answer): Row[] => a.rows.map((row) => Object.fromEntries(a.columns.map((c, i) => [c.key, row[i]])));

describe.skipIf(!HAS_MIRROR)('real build from the mirror', () => {
  let coverage: Row[];
  let dbPath: string;
  beforeAll(async () => {
    // The run's build, shared with the other real-data tests (never this worktree's database).
    dbPath = await builtFromMirror();
    asker = openAsker(dbPath);
    coverage = records(ask('coverage'));
    console.log(
      coverage
        .map(
          (r) =>
            `${r.conference} ${r.year}: ${r.papers}/${r.official} papers, evidence ${(((r.affiliation as number) ?? 0) * 100).toFixed(1)}% aff, resolved ${(((r.resolved_of_evidence as number) ?? 0) * 100).toFixed(1)}% of evidence`,
        )
        .join('\n'),
    );
    return () => asker.close();
  }, BUILD_TIMEOUT);

  it('builds only venues, tracks and tiers that data/conferences.json gives, and every conference-year it gives', () => {
    const { sqlite } = openDatabase(dbPath, { readonly: true });
    try {
      const distinct = (column: string) => (sqlite.prepare(`SELECT DISTINCT ${column} AS v FROM papers`).all() as Array<{ v: string }>).map((r) => r.v).sort();
      const ids = (terms: Array<{ id: string }>) => terms.map((e) => e.id);
      expect(distinct('conference')).toEqual(ids(VENUES.conferences).sort());
      for (const track of distinct('track')) expect(ids(VENUES.tracks), track).toContain(track);
      for (const tier of distinct('status')) expect(ids(VENUES.tiers), tier).toContain(tier);
      const built = sqlite.prepare('SELECT DISTINCT conference, year FROM papers ORDER BY conference, year').all();
      expect(built).toEqual(
        VENUES.conferences
          .flatMap((c) => c.years.map((y) => ({ conference: c.id, year: y.year })))
          .sort((a, b) => a.conference.localeCompare(b.conference) || a.year - b.year),
      );
    } finally {
      sqlite.close();
    }
  });

  it('has all 20 conference-years with accepted-paper counts within 3% of the official counts (the provisional ones within 2%)', () => {
    expect(coverage).toHaveLength(20);
    for (const r of coverage) {
      const diff = Math.abs((r.papers as number) - (r.official as number)) / (r.official as number);
      const id = `${String(r.conference).toLowerCase()}${r.year}`;
      expect(diff, id).toBeLessThanOrEqual(id in PROVISIONAL ? 0.02 : 0.03);
    }
  });

  it('resolves the provisional years at least as far as their sources allow', () => {
    for (const r of coverage) {
      const id = `${String(r.conference).toLowerCase()}${r.year}`;
      if (id in PROVISIONAL) expect(r.resolved as number, id).toBeGreaterThanOrEqual(PROVISIONAL[id]);
    }
  });

  it('has affiliation evidence on at least 85% of author slots (NeurIPS 2024: 78%), gaps aside', () => {
    for (const r of coverage) {
      const id = `${String(r.conference).toLowerCase()}${r.year}`;
      if (GAPS.has(id) || id in PROVISIONAL) continue;
      const evidence = (r.evidence as number) ?? 0;
      expect(evidence, id).toBeGreaterThanOrEqual(id === 'neurips2024' ? 0.78 : 0.85);
    }
  });

  it('resolves at least 97% of the slots with evidence, and 99% of those have a country', () => {
    for (const r of coverage) {
      const id = `${String(r.conference).toLowerCase()}${r.year}`;
      if (GAPS.has(id) || id in PROVISIONAL) continue;
      expect(r.resolved_of_evidence as number, id).toBeGreaterThanOrEqual(0.97);
      expect((r.country as number) / (r.resolved as number), id).toBeGreaterThanOrEqual(0.99);
    }
  });

  it('fills the gap years: ICLR 2024 on 75% of author slots and 95% of papers; ICML 2021/2022 on at least half', () => {
    // Issue 6 asks 60% for ICML 2021/2022; at the 97% precision it also asks, these sources allow about 52% (see the issue note).
    const floor: Record<string, number> = { iclr2024: 0.75, icml2021: 0.5, icml2022: 0.5 };
    for (const r of coverage) {
      const id = `${String(r.conference).toLowerCase()}${r.year}`;
      if (!GAPS.has(id)) continue;
      expect(r.resolved as number, id).toBeGreaterThanOrEqual(floor[id]);
      if (id === 'iclr2024') expect(r.papers_with_institution as number, id).toBeGreaterThanOrEqual(0.95);
    }
  });

  it("NeurIPS 2024: main track within 2% of the reference's 4,035 papers, datasets & benchmarks apart, unknown tracks listed in coverage", () => {
    const papers = (question: string) => Number(records(ask(question))[0].papers);
    const main = papers('teamsize 2024 neurips main');
    const all = papers('teamsize 2024 neurips');
    expect(Math.abs(main - 4035) / 4035).toBeLessThanOrEqual(0.02);
    const note = /NeurIPS 2024: ([\d,]+) papers of unknown track.*?Main track ([\d,]+), datasets & benchmarks ([\d,]+)/.exec(JSON.stringify(ask('coverage')));
    expect(note).not.toBeNull();
    const [unknown, mainInNote, db] = note!.slice(1).map((x) => Number(x.replace(/,/g, '')));
    expect(mainInNote).toBe(main);
    expect(db).toBeGreaterThanOrEqual(400);
    expect(unknown).toBeLessThan(200);
    expect(main + db + unknown).toBe(all);
  });

  it('ICLR 2024: slots known by their OpenReview id, id evidence labelled, at least 76% resolved', () => {
    const iclr = coverage.find((r) => r.conference === 'ICLR' && r.year === '2024')!;
    expect(iclr.resolved as number).toBeGreaterThanOrEqual(0.76);
    expect(String(iclr.evidence_kinds)).toMatch(/linked_id/);
    expect(String(iclr.evidence_kinds)).toMatch(/id_profile/);
  });

  it("the largest real answers fit Slack's limits, as a table block and as monospace text", () => {
    for (const question of ['top 100 2020-2024', 'compare US CN JP GB DE 2020-2024', 'papers Google 2024', 'coverage', 'method']) {
      const answer = ask(question);
      for (const tableStyle of ['table', 'preformatted'] as const) {
        const message = renderAnswer(answer, { question, tableStyle, postButton: true });
        expect(limitViolations(message), `${question} (${tableStyle})`).toEqual([]);
      }
    }
  });

  it('a drill-down adds up to the ranking figure exactly', () => {
    const ranking = records(ask('2024 top10 neurips'));
    const tsinghua = ranking.find((r) => r.institution === 'Tsinghua University')!;
    const drill = ask('papers Tsinghua 2024 neurips');
    expect(drill.totalRows).toBe(tsinghua.value);
    const papers = records(ask('2024 top10 neurips papers')).find((r) => r.institution === 'Tsinghua University')!;
    expect(new Set(drill.rows.map((r) => `${r[0]}|${r[1]}`)).size).toBe(papers.value);
  });
});
