// Lint, including the layering rules of ARCHITECTURE.md: where code runs shows in its path.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'net',
  'url',
  'util',
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'tests/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: [
      'main/**/*.ts',
      'preload/**/*.ts',
      'tests/**/*.{ts,mjs}',
      'scripts/**/*.mjs',
      '*.config.{ts,js}',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // The renderer is a web page: no Node, no Electron, no main-process code.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', ...nodeBuiltins],
              message:
                'The renderer runs in a sandboxed page: reach the host through SourcemarkApi.',
            },
            { group: ['**/main/**'], message: 'The renderer must not import main-process code.' },
            {
              group: ['**/preload/*', '!**/preload/api'],
              message: 'Only the contract types in preload/api may be imported.',
            },
          ],
        },
      ],
    },
  },
  {
    // Ingestion and host logic are plain Node: tested without Electron.
    files: ['main/ingest/**/*.ts', 'main/host/**/*.ts', 'main/bridge/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Plain-Node modules must not import electron; put glue in main/electron/.',
            },
          ],
          patterns: [
            {
              group: ['**/electron/*'],
              message: 'Plain-Node modules must not depend on Electron glue or the renderer.',
            },
            {
              // renderer/src/text is pure and shared: ingestion stores text in the same
              // normal form the set importers map file offsets through.
              regex: '(^|/)renderer/(?!src/text/)',
              message: 'Plain-Node modules must not depend on Electron glue or the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    // The contract is types only, shared by both sides.
    files: ['preload/api.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['*'], message: 'preload/api.ts holds types only.' }] },
      ],
    },
  },
);
