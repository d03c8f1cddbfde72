// Vitest global setup: every language's chart fonts fetched once per run, before any test file
// (worker) renders a chart, so workers never download them side by side; a no-op once cached.
import { fontFiles } from '../../src/render/chart/fonts.ts';

export default async function setup(): Promise<void> {
  await fontFiles();
}
