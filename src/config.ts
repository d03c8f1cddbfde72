// Paths and settings shared by the build and the front ends, overridable by environment.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const DATA_DIR = path.join(PROJECT_ROOT, 'data');

/** Where obtained source files are kept (git-ignored). */
export function sourcesDir(): string {
  return process.env.AIRANK_SOURCES ?? path.join(PROJECT_ROOT, 'sources');
}

/** Where the database is when AIRANK_DB does not say. */
export const DEFAULT_DATABASE = path.join(PROJECT_ROOT, 'var', 'airank.sqlite');

/** The database the front ends read and the build replaces atomically. */
export function databasePath(): string {
  return process.env.AIRANK_DB ?? DEFAULT_DATABASE;
}

/** Mirror folder to copy sources from when there is no network. */
export function mirrorDir(): string {
  return process.env.AIRANK_MIRROR ?? path.resolve(PROJECT_ROOT, '..', 'shared', 'airank-data');
}
