// Worker thread of writeGroupFigures.ts: the venue filters' figures (filtered_figures), read
// from the build's file on a read-only connection of its own and written to a scratch file,
// which the main thread copies in once its own figures are written.
import { workerData } from 'node:worker_threads';
import { openDatabase } from '../db/open.ts';
import { figuresContext, writeFiltered, writeToScratch } from './writeGroupFigures.ts';

const { file, scratch, schema } = workerData as { file: string; scratch: string; schema: string };
const { db, sqlite } = openDatabase(file, { readonly: true });
try {
  const ctx = figuresContext(db, sqlite);
  writeToScratch(scratch, schema, (out) => writeFiltered(ctx, out));
} finally {
  await db.destroy();
}
