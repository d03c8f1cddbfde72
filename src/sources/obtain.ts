// Puts every manifest file into the sources folder: kept copy, mirror, local path or
// download, always verified by sha256. A mismatch is an error, never a warning.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SourceFile } from './manifest.ts';

export type Progress = (message: string) => void;

export class ObtainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ObtainError';
  }
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function verified(data: Buffer, f: SourceFile, from: string): Buffer {
  const got = sha256(data);
  if (got !== f.sha256) {
    throw new ObtainError(`${f.file}: checksum mismatch from ${from} (expected sha256 ${f.sha256}, got ${got})`);
  }
  return data;
}

async function download(url: string, timeoutMs: number): Promise<Buffer> {
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

export interface ObtainOptions {
  dir: string;
  mirror?: string;
  progress?: Progress;
  timeoutMs?: number;
}

/** Returns the path of each obtained file, keyed by manifest file name. */
export async function obtainSources(files: SourceFile[], opts: ObtainOptions): Promise<Map<string, string>> {
  const progress = opts.progress ?? (() => {});
  const out = new Map<string, string>();
  for (const [i, f] of files.entries()) {
    const target = path.join(opts.dir, f.file);
    const step = `[${i + 1}/${files.length}] ${f.file}`;
    if (existsSync(target) && sha256(readFileSync(target)) === f.sha256) {
      out.set(f.file, target);
      continue;
    }
    let data: Buffer | null = null;
    const tried: string[] = [];
    if (f.localPath) {
      tried.push(`local path ${f.localPath}`);
      if (existsSync(f.localPath)) data = verified(readFileSync(f.localPath), f, f.localPath);
    }
    const mirrored = opts.mirror ? path.join(opts.mirror, f.file) : null;
    if (!data && mirrored) {
      tried.push(`mirror ${mirrored}`);
      if (existsSync(mirrored)) {
        data = verified(readFileSync(mirrored), f, mirrored);
        progress(`${step}: copied from mirror`);
      }
    }
    if (!data && f.url) {
      tried.push(`download ${f.url}`);
      try {
        data = await download(f.url, opts.timeoutMs ?? 60_000);
      } catch (err) {
        tried[tried.length - 1] += ` (${(err as Error).message})`;
      }
      if (data) {
        data = verified(data, f, f.url);
        progress(`${step}: downloaded`);
      }
    }
    if (!data) {
      throw new ObtainError(
        `${f.file}: could not be obtained. Looked at: ${tried.join('; ') || 'nowhere (no mirror and no URL)'}. ` +
          'Set AIRANK_MIRROR to a folder holding the file, or restore network access.',
      );
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(`${target}.part`, data);
    renameSync(`${target}.part`, target);
    out.set(f.file, target);
  }
  return out;
}

