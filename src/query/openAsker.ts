// Opens a built database read-only and answers questions against it.
import { existsSync } from 'node:fs';
import { openDatabase } from '../db/open.ts';
import { answer } from './answer.ts';
import type { Asker } from './asker.ts';
import { loadContext } from './context.ts';
import { createLexicon } from './lexicon.ts';
import { parse } from './parse.ts';

export class MissingDatabaseError extends Error {
  constructor(readonly file: string) {
    super(`No airank database at ${file}. Build it first: npm run setup`);
    this.name = 'MissingDatabaseError';
  }
}

export function openAsker(file: string): Asker {
  if (!existsSync(file)) throw new MissingDatabaseError(file);
  const { db, sqlite } = openDatabase(file, { readonly: true });
  const ctx = loadContext(db, sqlite);
  const lexicon = createLexicon(
    [...ctx.institutions.values()].map((i) => ({ id: i.id, name: i.name, country: i.country ?? '', aliases: i.aliases, names: i.names })),
  );
  return {
    ask(text, options = {}) {
      const parsed = parse(text, lexicon);
      return parsed.kind === 'parse_error' ? parsed : answer(ctx, parsed, options.offset ?? 0);
    },
    close() {
      sqlite.close();
    },
  };
}
