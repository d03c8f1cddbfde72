// The reviewed corrections file (data/corrections.json) and the rejected log
// (data/corrections-rejected.json): entry shapes, validation with messages that name the
// entry, and atomic appends. An accepted entry always names a curated institution id.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Conference } from '../domain/ids.ts';
import { CONFERENCES, YEARS } from '../domain/venues.ts';

export const CORRECTIONS_FILE = 'corrections.json';
const REJECTED_FILE = 'corrections-rejected.json';

/** One author slot set to a curated institution by an editor. */
export interface Correction {
  /** Stable number, never reused. */
  id: number;
  conference: Conference;
  year: number;
  /** The paper's source id, or its title. */
  paper: string;
  /** 1-based author position; with `author` too, both must agree. */
  position?: number;
  author?: string;
  /** Curated institution id (data/institutions.json). */
  institution: string;
  /** A URL, or "printed on the paper". */
  evidence: string;
  proposedBy: string;
  proposedAt: string;
  acceptedBy: string;
  acceptedAt: string;
  /** Proposal number in the proposal store, when it came from one. */
  proposal?: number;
}

/** A proposal an editor turned down, with the reason. */
export interface RejectedCorrection {
  proposal: number;
  conference: string;
  year: number;
  paper: string;
  position: number;
  author: string;
  /** Curated id proposed, or the free-text name under `other`. */
  institution?: string;
  other?: string;
  evidence: string;
  proposedBy: string;
  proposedAt: string;
  rejectedBy: string;
  rejectedAt: string;
  why: string;
}

export class CorrectionsFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CorrectionsFileError';
  }
}

/** "entry 3 (neurips 2024 "Paper P4" author 2)": how messages name an entry. */
export function describeEntry(c: Partial<Correction>, index?: number): string {
  const slot = [c.position !== undefined ? `author ${c.position}` : '', c.author ? `"${c.author}"` : ''].filter(Boolean).join(' ');
  return `entry ${c.id ?? `at index ${index}`} (${c.conference ?? '?'} ${c.year ?? '?'} "${c.paper ?? '?'}"${slot ? ` ${slot}` : ''})`;
}

const text = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/** Problems with one entry's shape; [] when it is well formed. */
function entryProblems(raw: unknown): string[] {
  const c = raw as Record<string, unknown>;
  if (!c || typeof c !== 'object' || Array.isArray(c)) return ['is not an object'];
  const out: string[] = [];
  if (!Number.isInteger(c.id) || (c.id as number) < 1) out.push('"id" must be a positive whole number');
  if (!CONFERENCES.includes(c.conference as Conference)) out.push(`"conference" must be one of ${CONFERENCES.join(', ')}`);
  if (!YEARS.includes(c.year as number)) out.push(`"year" must be one of ${YEARS.join(', ')}`);
  if (!text(c.paper)) out.push('"paper" (source id or title) is missing');
  if (c.position === undefined && c.author === undefined) out.push('give "position" (1-based) or "author", or both');
  if (c.position !== undefined && (!Number.isInteger(c.position) || (c.position as number) < 1)) out.push('"position" must be a whole number from 1');
  if (c.author !== undefined && !text(c.author)) out.push('"author" is empty');
  if (!text(c.institution)) out.push('"institution" (a curated institution id) is missing');
  if (!text(c.evidence)) out.push('"evidence" (a URL or "printed on the paper") is missing');
  for (const k of ['proposedBy', 'proposedAt', 'acceptedBy', 'acceptedAt'] as const) if (!text(c[k])) out.push(`"${k}" is missing`);
  return out;
}

function readArray(file: string): unknown[] {
  if (!existsSync(file)) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CorrectionsFileError(file, [`not valid JSON: ${(error as Error).message}`]);
  }
  if (!Array.isArray(raw)) throw new CorrectionsFileError(file, ['must be a JSON list of entries']);
  return raw;
}

/** The accepted corrections; a missing file is an empty list, a malformed entry an error naming it. */
export function loadCorrections(dataDir: string): Correction[] {
  const file = path.join(dataDir, CORRECTIONS_FILE);
  const raw = readArray(file);
  const problems: string[] = [];
  const ids = new Set<number>();
  raw.forEach((entry, i) => {
    for (const p of entryProblems(entry)) problems.push(`${describeEntry(entry as Partial<Correction>, i)}: ${p}`);
    const id = (entry as Correction)?.id;
    if (ids.has(id)) problems.push(`${describeEntry(entry as Correction, i)}: id ${id} is used twice`);
    ids.add(id);
  });
  if (problems.length > 0) throw new CorrectionsFileError(file, problems);
  return raw as Correction[];
}

export function loadRejected(dataDir: string): RejectedCorrection[] {
  return readArray(path.join(dataDir, REJECTED_FILE)) as RejectedCorrection[];
}

/** Written to a temporary file and renamed, so a crash never leaves half a file. */
function writeArray(file: string, entries: unknown[]): void {
  const temp = `${file}.writing-${process.pid}`;
  writeFileSync(temp, `${JSON.stringify(entries, null, 2)}\n`);
  renameSync(temp, file);
}

/** Appends an accepted correction with the next free id; returns it. */
export function appendCorrection(dataDir: string, entry: Omit<Correction, 'id'>): Correction {
  const existing = loadCorrections(dataDir);
  const full: Correction = { id: existing.reduce((m, c) => Math.max(m, c.id), 0) + 1, ...entry };
  writeArray(path.join(dataDir, CORRECTIONS_FILE), [...existing, full]);
  return full;
}

export function appendRejected(dataDir: string, entry: RejectedCorrection): void {
  writeArray(path.join(dataDir, REJECTED_FILE), [...loadRejected(dataDir), entry]);
}
