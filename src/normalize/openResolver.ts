// The resolver as the build and the `resolve` command use it: curated data plus the
// reference tables from the sources folder (when they have been obtained).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadCurated } from './loadCurated.ts';
import { loadReferenceTables, REFERENCE_FILES } from './loadReference.ts';
import { createResolver, type Resolver } from './resolver.ts';

export function openResolver(dataDir: string, sourcesDir: string): { resolver: Resolver; withReference: boolean } {
  const curated = loadCurated(dataDir);
  const withReference = Object.values(REFERENCE_FILES).every((f) => existsSync(path.join(sourcesDir, f)));
  const reference = withReference ? loadReferenceTables(sourcesDir) : undefined;
  return { resolver: createResolver({ ...curated, reference }), withReference };
}
