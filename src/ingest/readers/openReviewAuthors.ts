// Reader for OpenReview per-author files: `jy_*_authors.json` (a JSON array) and
// `pco_icml202X_authors.jsonl` (JSON lines, same record shape). Every field is a
// `;`-separated list; aff/aff_domain follow `or_profile`, not `author`/`authorids`.
import { alignProfiles, type SlotMatch } from './alignProfiles.ts';
import { cleanDisplay, decodeEntities, splitEntityAware } from '../records/normalizeText.ts';
import { isPersonalDomain } from '../../normalize/domains.ts';
import { SourceError, type SourceAuthor } from '../records/types.ts';
import { optionalString, parseJsonArray, parseJsonLines, requiredString } from './jsonInput.ts';

export interface OrPaper {
  id: string;
  /** In `author` order, with affiliation and domain aligned; empty when the record lists none. */
  authors: SourceAuthor[];
}

/**
 * Splits a slot list and repairs the one known defect: an affiliation that itself holds
 * `; ` (`Machine Learning Research Lab; Volkswagen Group`). Items starting with a space
 * are glued back to the previous one. Returns null when the count still does not match.
 */
function splitSlots(field: string, expected: number): string[] | null {
  const parts = splitEntityAware(field, ';');
  if (parts.length === expected) return parts;
  if (parts.length < expected) return null;
  const merged: string[] = [];
  for (const p of parts) {
    if (merged.length > 0 && /^\s/.test(p)) merged[merged.length - 1] += `;${p}`;
    else merged.push(p);
  }
  return merged.length === expected ? merged : null;
}

function emailDomain(id: string): string | undefined {
  const at = id.lastIndexOf('@');
  if (at < 0) return undefined;
  const domain = id
    .slice(at + 1)
    .trim()
    .toLowerCase();
  return domain && !isPersonalDomain(domain) ? domain : undefined;
}

/** pco joins several affiliations' domains with `+`; the first stands for the slot. Mail providers are no evidence. */
function firstDomain(raw: string | undefined): string | undefined {
  const d = raw?.split('+')[0].trim().toLowerCase();
  return d && !isPersonalDomain(d) ? d : undefined;
}

function buildAuthor(name: string, id: string, match: SlotMatch, aff?: string, domainRaw?: string, position?: string): SourceAuthor {
  const author: SourceAuthor = { name: cleanDisplay(name) };
  if (id.startsWith('~')) author.openreviewId = id.trim();
  if (id.includes('@')) author.email = id.trim();
  const affiliation = aff ? decodeEntities(aff).trim() : '';
  const slotDomain = firstDomain(domainRaw);
  const domain = slotDomain ?? emailDomain(id);
  if (affiliation) author.affiliation = affiliation;
  if (domain) author.domain = domain;
  if (affiliation || domain) author.evidence = 'profile';
  // The profile's position at that affiliation (`PhD student`, `Intern`): only with a value it describes.
  if (affiliation && position?.trim()) author.profilePosition = position.trim();
  // An e-mail author id is the author's own identity: its domain needs no alignment.
  author.alignment = !affiliation && !slotDomain && domain ? 'id' : match.alignment;
  return author;
}

function readRecord(rec: Record<string, unknown>, file: string, index: number): OrPaper {
  const where = typeof rec.id === 'string' && rec.id ? rec.id : `#${index + 1}`;
  const id = requiredString(rec, 'id', file, where);
  const authorField = optionalString(rec, 'author', file, where);
  if (authorField === undefined) throw new SourceError(file, where, 'no "author" field');
  if (authorField.trim() === '') return { id, authors: [] };
  const names = splitEntityAware(authorField, ';');
  if (names.some((n) => n.trim() === '')) throw new SourceError(file, where, 'empty author name in list');
  const idsField = optionalString(rec, 'authorids', file, where) ?? '';
  const ids = splitSlots(idsField, names.length) ?? names.map(() => '');
  const affs = optionalString(rec, 'aff', file, where) ?? '';
  const domains = optionalString(rec, 'aff_domain', file, where) ?? '';
  const profileField = optionalString(rec, 'or_profile', file, where);
  const positions = optionalString(rec, 'position', file, where) ?? '';

  if (profileField === undefined) {
    // jy_iclr2023 has no or_profile: position is all there is, and only when counts agree.
    const affList = splitSlots(affs, names.length);
    const domList = splitSlots(domains, names.length);
    const posList = splitSlots(positions, names.length);
    return {
      id,
      authors: names.map((n, i) => {
        const match: SlotMatch = affList || domList ? { slot: i, alignment: 'position' } : { slot: -1, alignment: 'none' };
        return buildAuthor(n, ids[i], match, affList?.[i], domList?.[i], posList?.[i]);
      }),
    };
  }
  const slots = splitEntityAware(profileField, ';').map((s) => s.trim());
  const affList = splitSlots(affs, slots.length);
  const domList = splitSlots(domains, slots.length);
  const posList = splitSlots(positions, slots.length);
  const matches = alignProfiles(
    names.map((n, i) => ({ name: n, id: ids[i].trim() })),
    slots,
  );
  return {
    id,
    authors: names.map((n, i) => {
      const m = matches[i];
      const aff = m.slot >= 0 ? affList?.[m.slot] : undefined;
      const dom = m.slot >= 0 ? domList?.[m.slot] : undefined;
      return buildAuthor(n, ids[i], m, aff, dom, m.slot >= 0 ? posList?.[m.slot] : undefined);
    }),
  };
}

/** `jy_*_authors.json`: a JSON array. */
export function readOpenReviewAuthors(text: string, file: string): OrPaper[] {
  return parseJsonArray(text, file).map((rec, i) => readRecord(rec, file, i));
}

/** `pco_*_authors.jsonl`: JSON lines. */
export function readOpenReviewAuthorLines(text: string, file: string): OrPaper[] {
  return parseJsonLines(text, file).map((rec, i) => readRecord(rec, file, i));
}
