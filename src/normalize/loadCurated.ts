// Reads the curated data files (data/institutions.json, data/overrides.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Institution } from './types.ts';

export interface CuratedData {
  institutions: Institution[];
  overrides: Record<string, string | null>;
}

export function loadCurated(dataDir: string): CuratedData {
  const institutions = JSON.parse(readFileSync(join(dataDir, 'institutions.json'), 'utf8')) as Institution[];
  const raw = JSON.parse(readFileSync(join(dataDir, 'overrides.json'), 'utf8')) as Record<string, unknown>;
  // Keys starting with "_" are comments.
  const overrides: Record<string, string | null> = {};
  for (const [k, v] of Object.entries(raw)) if (!k.startsWith('_')) overrides[k] = v as string | null;
  return { institutions, overrides };
}
