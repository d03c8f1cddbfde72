import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The floors of src/, lowest first (README, "Architecture"). A room imports only rooms on
// lower floors, never one on its own floor or above: no exceptions. test/architecture/floors.test.ts
// checks the same order on the resolved import graph, type imports included.
export const FLOORS = [
  ['domain', 'config'], // the shared vocabulary: languages, venues, ids, evidence kinds, table cells; paths
  ['i18n'], // every language's words: locales, country and institution names, number formats
  ['sources', 'normalize', 'db'], // obtaining files; affiliation → institution; the schema
  ['ingest'], // reading each source format, assembling a conference-year
  ['link', 'query'], // filling affiliations by linking people; the question language and the one Answer
  ['corrections'], // editors' corrections: file, build step, proposals, review, notices
  ['pipeline', 'render'], // the build and the derived tables; text, CSV, JSON and charts of an Answer
  ['cli', 'slack'], // the front ends
];
const ROOMS = FLOORS.flat().filter((r) => r !== 'config');
const floorOf = (room) => FLOORS.findIndex((f) => f.includes(room));

// Per depth under src/<room>/, so `../../render/` from src/slack/listeners/ names the room
// src/render and not src/slack/render. No room imports the measurement tools of eval/.
const roomRules = ROOMS.flatMap((room) => {
  const forbidden = ROOMS.filter((r) => r !== room && floorOf(r) >= floorOf(room));
  if (floorOf(room) <= floorOf('config')) forbidden.push('config.ts');
  return [1, 2, 3, 4].map((depth) => ({
    files: [`src/${room}/${'*/'.repeat(depth - 1)}*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(\\.\\./){${depth}}(${forbidden.map((r) => r.replace('.', '\\.')).join('|')})(/|$)|^(\\.\\./){${depth + 1},}eval/`,
              message: `src/${room} may import only rooms on lower floors (${FLOORS.slice(0, floorOf(room)).flat().join(', ') || 'none'}), never ${forbidden.join(', ')} or eval/ (README, "Architecture").`,
            },
          ],
        },
      ],
    },
  }));
});

export default tseslint.config(
  { ignores: ['node_modules', 'sources', 'var', 'coverage', 'bin', 'dist', 'dist-bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // The compile scripts are plain JavaScript run by Node.
  { files: ['scripts/**/*.js'], languageOptions: { globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly' } } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...roomRules,
);
