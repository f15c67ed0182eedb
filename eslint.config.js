import js from '@eslint/js';
import checkFile from 'eslint-plugin-check-file';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'crypto',
  'http',
  'https',
  'net',
  'child_process',
  'url',
  'stream',
  'worker_threads',
  'zlib',
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/coverage/**', 'data/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,js,mjs}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { '{packages,e2e,bench,scripts}/**/': 'KEBAB_CASE' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'packages/cli/bin/*.js', '*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // Migrations are written against Kysely<any> so that one file serves every engine.
    files: [
      'packages/server/src/db/migrations/**/*.ts',
      'packages/server/src/db/migrator.ts',
      'packages/server/src/modules/**/*.repository.ts',
    ],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Migration files are named YYYY-MM-DD-HHmm-verb-noun.ts: kebab-case with a leading date.
    files: ['packages/server/src/db/migrations/**/*.ts'],
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.ts': '+([0-9])-+([0-9])-+([0-9])-+([0-9])-+([a-z-])|index' },
      ],
    },
  },
  {
    // The domain core is pure: no I/O, no framework. Tests may use anything.
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_BUILTINS, message: 'packages/core is pure: no Node.js I/O modules.' },
            {
              group: [
                'fastify',
                'fastify-*',
                '@fastify/*',
                'kysely',
                'better-sqlite3',
                'pg',
                'react',
                'react-*',
                'react/*',
                '@dhis2/*',
                '@dhis2-ui/*',
                'i18next',
                'pino',
                '@coreteam/server',
                '@coreteam/web',
                '@coreteam/cli',
              ],
              message: 'packages/core is pure: no framework, storage or UI modules.',
            },
          ],
        },
      ],
    },
  },
  {
    // The web app talks to the server only through HTTP.
    files: ['packages/web/src/**/*.{ts,tsx}'],
    ignores: ['packages/web/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@coreteam/server', '@coreteam/cli', '**/server/src/**', '**/cli/src/**'],
              message: 'The web app talks to the server only through its HTTP API.',
            },
            { group: NODE_BUILTINS, message: 'The web app runs in the browser.' },
            {
              group: ['@dhis2/ui'],
              message:
                'Import from the component package (@dhis2-ui/button, …): the @dhis2/ui barrel bundles every component.',
            },
          ],
        },
      ],
    },
  },
  {
    // Server and CLI never reach into the web app's source.
    files: ['packages/server/src/**/*.ts', 'packages/cli/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@coreteam/web', '**/web/src/**'], message: 'Only core is shared.' }] },
      ],
    },
  },
);
