// Read-only look-ups in the figures database for proposing a correction: one author slot
// with today's institution and why, and the curated institutions to choose from. Reopens
// the file when a rebuild replaced it, so a proposal is checked against the current data.
import SQLite from 'better-sqlite3';
import { fileIdentity } from '../db/fileIdentity.ts';
import { MissingDatabaseError } from '../query/openAsker.ts';
import { normalizeName } from '../normalize/normalizeText.ts';
import { slotBasis } from '../query/figures/slotBasis.ts';
import type { SlotRef } from '../domain/slotRef.ts';

export interface SlotDetails {
  ref: SlotRef;
  title: string;
  author: string;
  nAuthors: number;
  institutionId: string | null;
  institutionName: string | null;
  /** Why the slot has that institution, as the drill-down says it. */
  basis: string;
}

export interface InstitutionChoice {
  id: string;
  name: string;
  country: string | null;
}

interface Opened {
  sqlite: SQLite.Database;
  stamp: string;
  institutions: Array<InstitutionChoice & { keys: string[] }>;
  byId: Map<string, InstitutionChoice>;
}

// The resolver's and the lexicon's normaliser, so "Univ. of Tokyo" finds what questions find.
const fold = normalizeName;

export class FiguresLookup {
  private opened?: Opened;

  constructor(private readonly file: string) {}

  private get db(): Opened {
    const stamp = fileIdentity(this.file);
    if (stamp === null) throw new MissingDatabaseError(this.file);
    if (this.opened?.stamp === stamp) return this.opened;
    this.opened?.sqlite.close();
    const sqlite = new SQLite(this.file, { readonly: true, fileMustExist: true });
    const rows = sqlite.prepare('SELECT id, name, country FROM institutions WHERE curated = 1 ORDER BY name').all() as InstitutionChoice[];
    const aliases = new Map<string, string[]>();
    for (const a of sqlite.prepare('SELECT institution_id AS id, alias FROM institution_aliases').all() as Array<{ id: string; alias: string }>) {
      aliases.set(a.id, [...(aliases.get(a.id) ?? []), fold(a.alias)]);
    }
    const institutions = rows.map((r) => ({ ...r, keys: [fold(r.name), fold(r.id), ...(aliases.get(r.id) ?? [])] }));
    this.opened = { sqlite, stamp, institutions, byId: new Map(rows.map((r) => [r.id, r])) };
    return this.opened;
  }

  snapshot(): string | null {
    const row = this.db.sqlite.prepare(`SELECT value FROM meta WHERE key = 'snapshot'`).get() as { value: string } | undefined;
    return row?.value ?? null;
  }

  slot(ref: SlotRef): SlotDetails | null {
    const { sqlite, byId } = this.db;
    const r = sqlite
      .prepare(
        `SELECT p.title, a.name, a.n_authors, a.unit_id, a.raw_affiliation, a.email_domain, a.evidence, a.rule, a.link_basis, a.profile_position, c.id AS correction_id
         FROM papers p JOIN authorships a ON a.paper_id = p.id
         LEFT JOIN corrections c ON c.paper_id = a.paper_id AND c.position = a.position
         WHERE p.conference = ? AND p.year = ? AND p.source_id = ? AND a.position = ?`,
      )
      .get(ref.conference, ref.year, ref.sourceId, ref.position - 1) as
      | {
          title: string;
          name: string;
          n_authors: number;
          unit_id: string | null;
          raw_affiliation: string | null;
          email_domain: string | null;
          evidence: string | null;
          rule: string | null;
          link_basis: string | null;
          profile_position: string | null;
          correction_id: number | null;
        }
      | undefined;
    if (!r) return null;
    const given = r.raw_affiliation ? `"${r.raw_affiliation}"` : r.email_domain ? `e-mail domain ${r.email_domain}` : 'no affiliation in any source';
    const how = r.correction_id !== null ? `correction #${r.correction_id}` : slotBasis(r);
    const name = r.unit_id
      ? (byId.get(r.unit_id)?.name ??
        (sqlite.prepare('SELECT name FROM institutions WHERE id = ?').get(r.unit_id) as { name: string } | undefined)?.name ??
        r.unit_id)
      : null;
    return { ref, title: r.title, author: r.name, nAuthors: r.n_authors, institutionId: r.unit_id, institutionName: name, basis: `${given}; ${how}` };
  }

  /** A curated institution by id; reference-table institutions cannot be chosen. */
  institution(id: string): InstitutionChoice | null {
    return this.db.byId.get(id) ?? null;
  }

  /** Curated institutions whose name, id or an alias contains the text; those starting with it first. */
  search(text: string, limit = 100): InstitutionChoice[] {
    const q = fold(text);
    if (!q) return [];
    const starts: InstitutionChoice[] = [];
    const contains: InstitutionChoice[] = [];
    for (const inst of this.db.institutions) {
      if (inst.keys.some((k) => k.startsWith(q))) starts.push(inst);
      else if (inst.keys.some((k) => k.includes(q))) contains.push(inst);
    }
    return [...starts, ...contains].slice(0, limit).map(({ id, name, country }) => ({ id, name, country }));
  }

  /** The curated institution a typed name is exactly (name or alias), if any. */
  byName(name: string): InstitutionChoice | null {
    const q = fold(name);
    const hit = this.db.institutions.find((i) => i.keys.includes(q));
    return hit ? { id: hit.id, name: hit.name, country: hit.country } : null;
  }

  close(): void {
    this.opened?.sqlite.close();
    this.opened = undefined;
  }
}
