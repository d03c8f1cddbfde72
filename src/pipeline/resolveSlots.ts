// Every author slot's affiliation resolved once, batch by batch before the batch's rows are
// written: the institution table grows with each batch in the order institutions are first
// used, and the resolutions table counts the slots behind each string once every batch is in.
import type { SourceAuthor, SourcePaper } from '../ingest/records/types.ts';
import type { Institution, Resolution } from '../normalize/types.ts';
import type { DatabaseInput } from './databaseInput.ts';

export interface ResolutionCount {
  aff: string | null;
  domain: string | null;
  r: Resolution;
  /** Author slots with this affiliation and domain. */
  n: number;
}

export interface ResolvedSlots {
  /** Curated institutions, then the reference ones in the order first used, then those only on institution sets. */
  institutions: Map<string, Institution>;
  /** One entry per distinct (affiliation, institutional domain): the resolutions table. */
  counts: Map<string, ResolutionCount>;
  /** Resolves a batch's slots (batches in the order they are written). */
  add(papers: readonly SourcePaper[]): void;
  /** The institutions the paper-level sets name, after every batch's slots. */
  addSets(sets: Iterable<string[]>): void;
  /** A slot's resolution, or null when it carries no evidence (no affiliation, no institutional domain). */
  of(a: SourceAuthor): Resolution | null;
}

type ResolveInput = Pick<DatabaseInput, 'institutions' | 'lookupInstitution' | 'resolve' | 'isInstitutionalDomain'>;

export function slotResolver(input: ResolveInput): ResolvedSlots {
  const institutions = new Map(input.institutions.map((i) => [i.id, i]));
  const counts = new Map<string, ResolutionCount>();
  // A personal mail domain (gmail.com) is no evidence; the slot keeps it in email_domain all the same.
  const evidenceKey = (a: SourceAuthor) => {
    const domain = a.domain && input.isInstitutionalDomain(a.domain) ? a.domain : undefined;
    return a.affiliation || domain ? { key: `${a.affiliation ?? ''}\u0000${domain ?? ''}`, domain } : null;
  };

  const add = (papers: readonly SourcePaper[]) => {
    for (const p of papers) {
      for (const a of p.authors) {
        const slot = evidenceKey(a);
        if (!slot) continue;
        let entry = counts.get(slot.key);
        if (!entry) {
          const r = input.resolve(a.affiliation, slot.domain);
          if (r.institutionId && !institutions.has(r.institutionId)) {
            const found = input.lookupInstitution(r.institutionId);
            if (!found) throw new Error(`resolver returned unknown institution ${r.institutionId} for "${a.affiliation ?? slot.domain}"`);
            institutions.set(found.id, found);
          }
          entry = { aff: a.affiliation ?? null, domain: slot.domain ?? null, r, n: 0 };
          counts.set(slot.key, entry);
        }
        entry.n++;
      }
    }
  };
  const addSets = (sets: Iterable<string[]>) => {
    for (const ids of sets) {
      for (const id of ids) {
        const found = institutions.get(id) ?? input.lookupInstitution(id);
        if (!found) throw new Error(`institution set names unknown institution ${id}`);
        institutions.set(id, found);
      }
    }
  };
  const of = (a: SourceAuthor): Resolution | null => {
    const slot = evidenceKey(a);
    return slot ? counts.get(slot.key)!.r : null;
  };
  return { institutions, counts, add, addSets, of };
}
