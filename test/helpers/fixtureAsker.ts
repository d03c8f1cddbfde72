// A test file's Asker over its own copy of the fixture database, opened before the
// tests and closed after them. `ask` throws on a parse error, naming the question.
import path from 'node:path';
import { beforeAll } from 'vitest';
import type { Asker } from '../../src/query/asker.ts';
import { openAsker } from '../../src/query/openAsker.ts';
import { isParseError, type Answer } from '../../src/query/model/types.ts';
import { createFixtureDatabase, type FixtureOptions } from './fixtureDb.ts';
import { tempDir } from './tempDir.ts';

export function useFixtureAsker(options: FixtureOptions = {}) {
  let asker: Asker | undefined;
  beforeAll(async () => {
    const file = path.join(tempDir(), 'fixture.sqlite');
    await createFixtureDatabase(file, options);
    asker = openAsker(file);
    return () => asker?.close();
  });
  const get = (): Asker => {
    if (!asker) throw new Error('fixture asker used outside a test');
    return asker;
  };
  return {
    get asker() {
      return get();
    },
    ask(text: string): Answer {
      const r = get().ask(text);
      if (isParseError(r)) throw new Error(`parse error for "${text}": ${r.message}`);
      return r;
    },
  };
}
