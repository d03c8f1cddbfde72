// The build step that applies accepted corrections: each entry sets one author slot's
// institution over every other kind of evidence and labels it `correction`. An entry that
// matches no slot (or several), names an uncurated institution, or repeats a slot fails
// the build, naming every such entry; the caller's atomic swap keeps the old database.
import type SQLite from 'better-sqlite3';
import { normalizeName, normalizeTitle } from '../ingest/records/normalizeText.ts';
import { describeEntry, type Correction } from './entry.ts';
import { CORRECTION_EVIDENCE } from '../domain/evidence.ts';

export class StaleCorrectionError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `data/corrections.json does not match the data (the previous database is kept):\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
        'Fix or remove these entries (see README, Corrections), then rebuild.',
    );
    this.name = 'StaleCorrectionError';
  }
}

interface PaperRow {
  id: number;
  source_id: string;
  title: string;
}

interface SlotRow {
  position: number;
  name: string;
  unit_id: string | null;
  evidence: string | null;
  rule: string | null;
}

/** The slot an entry names, or why it names none. */
function findSlot(c: Correction, papers: PaperRow[], slotsOf: (paperId: number) => SlotRow[]): { paper: PaperRow; slot: SlotRow } | string {
  const bySource = papers.filter((p) => p.source_id === c.paper);
  const byTitle = bySource.length > 0 ? bySource : papers.filter((p) => normalizeTitle(p.title) === normalizeTitle(c.paper));
  if (byTitle.length === 0) return `no accepted paper "${c.paper}" at ${c.conference} ${c.year}`;
  if (byTitle.length > 1) return `"${c.paper}" matches ${byTitle.length} papers at ${c.conference} ${c.year}; give the source id`;
  const paper = byTitle[0];
  const slots = slotsOf(paper.id);
  const named = c.author ? slots.filter((s) => normalizeName(s.name) === normalizeName(c.author!)) : slots;
  if (c.position !== undefined) {
    const slot = slots.find((s) => s.position === c.position! - 1);
    if (!slot) return `the paper has ${slots.length} authors, no author ${c.position}`;
    if (c.author && !named.includes(slot)) return `author ${c.position} is "${slot.name}", not "${c.author}"`;
    return { paper, slot };
  }
  if (named.length === 0) return `no author "${c.author}" on the paper (authors: ${slots.map((s) => s.name).join(', ')})`;
  if (named.length > 1) return `"${c.author}" is on the paper ${named.length} times; give "position"`;
  return { paper, slot: named[0] };
}

/**
 * Runs inside writeDatabase after the author slots are written and before the roll-up
 * columns and pre-summed tables are computed, so every counting method sees the correction.
 */
export function applyCorrections(sqlite: SQLite.Database, corrections: readonly Correction[], curated: ReadonlySet<string>): number {
  if (corrections.length === 0) return 0;
  const papersIn = sqlite.prepare('SELECT id, source_id, title FROM papers WHERE conference = ? AND year = ?');
  const slotsOf = sqlite.prepare('SELECT position, name, unit_id, evidence, rule FROM authorships WHERE paper_id = ? ORDER BY position');
  const record = sqlite.prepare(
    `INSERT INTO corrections (id, paper_id, position, institution_id, evidence, proposed_by, accepted_by, accepted_at, before_unit_id, before_evidence, before_rule)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const set = sqlite.prepare(
    `UPDATE authorships SET unit_id = ?, evidence = '${CORRECTION_EVIDENCE}', rule = 'correction', link_basis = NULL WHERE paper_id = ? AND position = ?`,
  );
  const problems: string[] = [];
  const papersByYear = new Map<string, PaperRow[]>();
  const taken = new Map<string, Correction>();
  sqlite.transaction(() => {
    for (const c of corrections) {
      if (!curated.has(c.institution)) {
        problems.push(`${describeEntry(c)}: "${c.institution}" is not a curated institution id (add it to data/institutions.json first)`);
        continue;
      }
      const key = `${c.conference}${c.year}`;
      let papers = papersByYear.get(key);
      if (!papers) papersByYear.set(key, (papers = papersIn.all(c.conference, c.year) as PaperRow[]));
      const found = findSlot(c, papers, (id) => slotsOf.all(id) as SlotRow[]);
      if (typeof found === 'string') {
        problems.push(`${describeEntry(c)}: ${found}`);
        continue;
      }
      const slotKey = `${found.paper.id}:${found.slot.position}`;
      const earlier = taken.get(slotKey);
      if (earlier) {
        problems.push(`${describeEntry(c)}: the same author slot as entry ${earlier.id}`);
        continue;
      }
      taken.set(slotKey, c);
      const { slot } = found;
      record.run(
        c.id,
        found.paper.id,
        slot.position,
        c.institution,
        c.evidence,
        c.proposedBy,
        c.acceptedBy,
        c.acceptedAt,
        slot.unit_id,
        slot.evidence,
        slot.rule,
      );
      set.run(c.institution, found.paper.id, slot.position);
    }
  })();
  if (problems.length > 0) throw new StaleCorrectionError(problems);
  return corrections.length;
}
