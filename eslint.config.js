import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The rooms of src/ and the rooms each may not import (README, "Architecture"). The query
// core knows nothing of renderers or front ends; ingestion knows nothing of the query path.
const FORBIDDEN = {
  sources: ['ingest', 'normalize', 'link', 'pipeline', 'db', 'query', 'render', 'i18n', 'cli', 'slack'],
  normalize: ['ingest', 'link', 'pipeline', 'db', 'query', 'render', 'cli', 'slack'],
  ingest: ['link', 'pipeline', 'db', 'query', 'render', 'cli', 'slack'],
  link: ['pipeline', 'db', 'query', 'render', 'cli', 'slack'],
  db: ['normalize', 'link', 'pipeline', 'query', 'render', 'cli', 'slack'],
  pipeline: ['render', 'cli', 'slack'],
  query: ['pipeline', 'link', 'sources', 'render', 'cli', 'slack'],
  i18n: ['ingest', 'normalize', 'link', 'pipeline', 'db', 'render', 'cli', 'slack'],
  render: ['ingest', 'normalize', 'link', 'pipeline', 'db', 'sources', 'cli', 'slack'],
  slack: ['ingest', 'normalize', 'link', 'pipeline', 'sources', 'cli'],
  cli: ['slack'],
  corrections: ['link', 'sources', 'pipeline', 'render', 'cli', 'slack'],
};

// No room imports the measurement tools of eval/ (product apart from research).
const roomRules = Object.entries(FORBIDDEN).map(([room, forbidden]) => [room, [...forbidden, 'eval']]).map(([room, rooms]) => ({
  files: [`src/${room}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(\\.\\./)+(${rooms.join('|')})/`,
            message: `src/${room} may not import from ${rooms.join(', ')} (README, "Architecture").`,
          },
        ],
      },
    ],
  },
}));

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
