// The font fetcher against a registry served here: a tarball made in the test, its integrity
// computed here, so a wrong one, a missing file and an unreachable registry can all be shown.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as tar from 'tar';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FontsUnavailableError, fontPackageFiles, tarballUrl } from '../../src/render/chart/fontPackages.ts';
import type { FontPackage } from '../../src/i18n/locales/localeParts.ts';

let dir: string;
let server: Server;
let registry: string;
let tarball: Buffer;
const requests: string[] = [];

function pkg(over: Partial<FontPackage> = {}): FontPackage {
  const integrity = `sha512-${createHash('sha512').update(tarball).digest('base64')}`;
  return { name: '@fixture/fonts', version: '1.2.3', integrity, files: ['400Regular/Fixture_400Regular.ttf', '700Bold/Fixture_700Bold.ttf'], ...over };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'airank-fonts-'));
  const src = path.join(dir, 'src');
  for (const [file, text] of [
    ['package/400Regular/Fixture_400Regular.ttf', 'regular glyphs'],
    ['package/700Bold/Fixture_700Bold.ttf', 'bold glyphs'],
    ['package/README.md', 'not a font'],
  ]) {
    mkdirSync(path.dirname(path.join(src, file)), { recursive: true });
    writeFileSync(path.join(src, file), text);
  }
  await tar.c({ gzip: true, file: path.join(dir, 'fixture.tgz'), cwd: src }, ['package']);
  tarball = readFileSync(path.join(dir, 'fixture.tgz'));
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === '/@fixture/fonts/-/fonts-1.2.3.tgz') res.end(tarball);
    // A registry that stalls mid-tarball: the headers and a first part, then nothing.
    else if (req.url === '/@fixture/fonts/-/fonts-6.6.6.tgz') res.writeHead(200).write(tarball.subarray(0, 10));
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

let cacheDir: string;
beforeEach(() => {
  cacheDir = mkdtempSync(path.join(dir, 'cache-'));
  requests.length = 0;
});

describe('fontPackageFiles', () => {
  it('downloads the tarball from the registry, verifies it and keeps only the named files', async () => {
    const files = await fontPackageFiles(pkg(), { registry, cacheDir });
    const home = path.join(cacheDir, '@fixture', 'fonts@1.2.3');
    expect(files).toEqual([path.join(home, '400Regular/Fixture_400Regular.ttf'), path.join(home, '700Bold/Fixture_700Bold.ttf')]);
    expect(readFileSync(files[1], 'utf8')).toBe('bold glyphs');
    expect(existsSync(path.join(home, 'README.md'))).toBe(false);
    expect(readdirSync(path.join(cacheDir, '@fixture'))).toEqual(['fonts@1.2.3']); // no temporary folder or tarball left
    expect(requests).toEqual(['/@fixture/fonts/-/fonts-1.2.3.tgz']);
  });

  it('fetches once: a second call finds the files', async () => {
    await fontPackageFiles(pkg(), { registry, cacheDir });
    await fontPackageFiles(pkg(), { registry, cacheDir });
    expect(requests).toHaveLength(1);
  });

  it('refuses a tarball whose digest is not the integrity, and leaves no file', async () => {
    const wrong = pkg({ integrity: `sha512-${createHash('sha512').update('other').digest('base64')}` });
    const error = await fontPackageFiles(wrong, { registry, cacheDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FontsUnavailableError);
    expect((error as Error).message).toMatch(
      /^charts need the fonts of @fixture\/fonts@1\.2\.3, which were refused: the tarball from http:\S+ is sha512-\S+, not the locale's sha512-/,
    );
    expect(readdirSync(cacheDir, { recursive: true })).toEqual(['@fixture']);
  });

  it('refuses a package that lacks a named file', async () => {
    const error = await fontPackageFiles(pkg({ files: ['400Regular/Fixture_400Regular.ttf', 'Missing.ttf'] }), { registry, cacheDir }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/lack Missing\.ttf/);
    expect(readdirSync(cacheDir, { recursive: true })).toEqual(['@fixture']);
  });

  it('says which package could not be had, and from where, when the registry cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await fontPackageFiles(pkg(), { registry: `http://127.0.0.1:${port}/`, cacheDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FontsUnavailableError);
    expect((error as Error).message).toBe(
      `charts need the fonts of @fixture/fonts@1.2.3, which are not in the font folder and could not be downloaded from http://127.0.0.1:${port}/@fixture/fonts/-/fonts-1.2.3.tgz (ECONNREFUSED). Run \`npm run fonts\` where the npm registry can be reached (text answers work without them).`,
    );
  });

  it('gives up on a registry that stalls, leaving no file', async () => {
    const error = await fontPackageFiles(pkg({ version: '6.6.6' }), { registry, cacheDir, timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FontsUnavailableError);
    expect((error as Error).message).toMatch(/could not be downloaded from \S+fonts-6\.6\.6\.tgz \(.*(abort|timeout)/i);
    expect(readdirSync(cacheDir, { recursive: true })).toEqual(['@fixture']);
  });

  it('names a missing version by its HTTP status', async () => {
    const error = await fontPackageFiles(pkg({ version: '9.9.9' }), { registry, cacheDir }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/could not be downloaded from \S+fonts-9\.9\.9\.tgz \(HTTP 404\)/);
  });
});

describe('fontRegistry', () => {
  it("is npm's configured registry, asked of npm when npm did not start the process", () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NPM_CONFIG_REGISTRY: 'https://registry.example/npm/' };
    delete env.npm_config_registry;
    const script = "import('./src/render/chart/fontPackages.ts').then((m) => process.stdout.write(m.fontRegistry()))";
    expect(execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { env, encoding: 'utf8' })).toBe('https://registry.example/npm/');
  });
});

describe('tarballUrl', () => {
  it("follows npm's layout, scoped or not, with or without the registry's final slash", () => {
    expect(tarballUrl(pkg(), 'https://registry.example/npm')).toBe('https://registry.example/npm/@fixture/fonts/-/fonts-1.2.3.tgz');
    expect(tarballUrl(pkg({ name: 'plain' }), 'https://registry.npmjs.org/')).toBe('https://registry.npmjs.org/plain/-/plain-1.2.3.tgz');
  });
});
