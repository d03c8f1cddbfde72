// The name lexicon for an opened database, built once per context. Claims are read at
// answer time (parse() keeps them verbatim), so the answer side needs the lexicon too.
import type { QueryContext } from '../context.ts';
import { createLexicon, type Lexicon } from '../lexicon.ts';

const cache = new WeakMap<QueryContext, Lexicon>();

export function contextLexicon(ctx: QueryContext): Lexicon {
  let lexicon = cache.get(ctx);
  if (!lexicon) {
    lexicon = createLexicon(
      [...ctx.institutions.values()].map((i) => ({ id: i.id, name: i.name, country: i.country ?? '', aliases: i.aliases, names: i.names })),
    );
    cache.set(ctx, lexicon);
  }
  return lexicon;
}
