// Chart fonts come as pinned npm registry tarballs, each named by the locale that needs it
// (package, version, integrity, files), not as dependencies: fetched once, checked against
// the integrity, and only the named files kept, in <cache>/<package>@<version>/. A text
// answer never touches them; the chart renderer awaits them before its first render.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import * as tar from 'tar';
import { PROJECT_ROOT } from '../../config.ts';
import type { FontPackage } from '../../i18n/locales/localeParts.ts';

/** The fonts could not be had: the message says which package, from where, and why. */
export class FontsUnavailableError extends Error {
  override name = 'FontsUnavailableError';
}

export interface FontPlace {
  /** The npm registry to download from (default: npm's configured one). */
  registry?: string;
  /** Where fetched fonts are kept (default: AIRANK_FONTS, or var/fonts). */
  cacheDir?: string;
  /** How long the whole download may take (default 2 minutes), so a registry that stalls cannot hold a chart forever. */
  timeoutMs?: number;
}

/**
 * npm's configured registry: `npm_config_registry` when run by npm, else what `npm config get
 * registry` says (asked only when a package is fetched), else npm's default.
 */
export function fontRegistry(): string {
  if (process.env.npm_config_registry) return process.env.npm_config_registry;
  try {
    const configured = execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (/^https?:\/\//.test(configured)) return configured;
  } catch {
    // No npm on the path: its default registry.
  }
  return 'https://registry.npmjs.org/';
}

export function fontCacheDir(): string {
  return process.env.AIRANK_FONTS ?? path.join(PROJECT_ROOT, 'var', 'fonts');
}

/** The registry's tarball address: <registry>/<name>/-/<name without scope>-<version>.tgz. */
export function tarballUrl(pkg: FontPackage, registry = fontRegistry()): string {
  const base = registry.endsWith('/') ? registry : `${registry}/`;
  return new URL(`${pkg.name}/-/${pkg.name.split('/').pop()}-${pkg.version}.tgz`, base).href;
}

/** Where the package's files are kept once fetched. */
export function fontPackageDir(pkg: FontPackage, cacheDir = fontCacheDir()): string {
  return path.join(cacheDir, `${pkg.name}@${pkg.version}`);
}

function unavailable(pkg: FontPackage, why: string): FontsUnavailableError {
  return new FontsUnavailableError(
    `charts need the fonts of ${pkg.name}@${pkg.version}, which ${why}. Run \`npm run fonts\` where the npm registry can be reached (text answers work without them).`,
  );
}

/** Downloads the tarball to `file`, refusing it unless its digest is the package's integrity. */
async function download(pkg: FontPackage, url: string, file: string, timeoutMs: number): Promise<void> {
  const dash = pkg.integrity.indexOf('-');
  const [algorithm, expected] = [pkg.integrity.slice(0, dash), pkg.integrity.slice(dash + 1)];
  const hash = createHash(algorithm);
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok || !response.body) throw unavailable(pkg, `could not be downloaded from ${url} (HTTP ${response.status})`);
    const digest = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        done(null, chunk);
      },
    });
    await pipeline(Readable.fromWeb(response.body as ReadableStream<Uint8Array>), digest, createWriteStream(file));
  } catch (error) {
    if (error instanceof FontsUnavailableError) throw error;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw unavailable(pkg, `are not in the font folder and could not be downloaded from ${url} (${cause?.code ?? cause?.message ?? (error as Error).message})`);
  }
  const actual = hash.digest('base64');
  if (actual !== expected) throw unavailable(pkg, `were refused: the tarball from ${url} is ${algorithm}-${actual}, not the locale's ${pkg.integrity}`);
}

/**
 * The package's font files, fetched on first need: downloaded, verified, the named files
 * extracted into a temporary folder renamed into place, so the cache holds a whole verified
 * package or nothing. Concurrent fetchers each write their own temporary folder; the first
 * rename wins and the others find its files.
 */
export async function fontPackageFiles(pkg: FontPackage, place: FontPlace = {}): Promise<string[]> {
  const dir = fontPackageDir(pkg, place.cacheDir);
  const files = pkg.files.map((f) => path.join(dir, f));
  if (files.every((f) => existsSync(f))) return files;
  await mkdir(path.dirname(dir), { recursive: true });
  const temp = `${dir}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    await mkdir(temp);
    await download(pkg, tarballUrl(pkg, place.registry), `${temp}.tgz`, place.timeoutMs ?? 120_000);
    const wanted = new Set(pkg.files.map((f) => `package/${f}`));
    await tar.x({ file: `${temp}.tgz`, cwd: temp, strip: 1, filter: (entry) => wanted.has(entry) });
    const missing = pkg.files.filter((f) => !existsSync(path.join(temp, f)));
    if (missing.length > 0) throw unavailable(pkg, `lack ${missing.join(', ')} (the locale names files the tarball does not hold)`);
    if (existsSync(dir)) await rm(dir, { recursive: true, force: true });
    await rename(temp, dir).catch((error: unknown) => {
      if (!files.every((f) => existsSync(f))) throw error;
    });
    return files;
  } finally {
    await rm(temp, { recursive: true, force: true });
    await rm(`${temp}.tgz`, { force: true });
  }
}
