// `npm run fonts` (run by `npm run setup` and by the test run's setup): fetches every locale's
// chart fonts into the font folder (src/render/chart/fontPackages.ts) unless already there.
import { fontFiles } from '../src/render/chart/fonts.ts';
import { fontCacheDir } from '../src/render/chart/fontPackages.ts';

try {
  const files = await fontFiles();
  console.error(`Chart fonts ready: ${files.length} files in ${fontCacheDir()}.`);
} catch (error) {
  console.error(`airank: ${(error as Error).message}`);
  process.exitCode = 1;
}
