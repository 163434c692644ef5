import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Lint, and the house layering rules: imports only point down
 * (renderer -> shared; preload -> electron, shared; electron shell -> core, shared;
 * core and cli -> node, npm, shared; shared -> nothing with side effects).
 */
const noElectron = { name: 'electron', message: 'Only src/main/electron and src/preload may import electron.' };
const layer = (patterns) => ['error', { paths: [noElectron], patterns }];

export default tseslint.config(
  { ignores: ['out/**', 'out-*/**', 'bench/sites/**', 'dist/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': layer([
        { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'src/shared must run anywhere: no Node built-ins.' },
        { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'src/shared imports nothing above it.' },
      ]),
    },
  },
  {
    files: ['src/main/core/**/*.ts', 'src/main/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': layer([
        { group: ['**/electron/**', '**/renderer/**', '**/preload/**'], message: 'Core and CLI never reach into the shell or the UI.' },
      ]),
    },
  },
  {
    files: ['src/main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': layer([
        { group: ['**/electron/**', '**/renderer/**', '**/preload/**', '**/cli/**'], message: 'Core never reaches into the shell, the CLI or the UI.' },
      ]),
    },
  },
  {
    files: ['src/main/electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**', '**/preload/**', '**/cli/**'], message: 'The shell wires the core; it does not import the UI or the CLI.' }] },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/main/**', '**/renderer/**', 'node:*'], message: 'The preload imports only electron and src/shared.' }] },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // The two classic rules; the React Compiler rules judge code written for the compiler, which we do not use.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': layer([
        { group: ['node:*', 'fs', 'path', 'os', 'better-sqlite3'], message: 'The renderer has no Node: ask the main process through window.api.' },
        { group: ['**/main/**', '**/preload/**'], message: 'The renderer imports only src/shared and its own files.' },
      ]),
    },
  },
  {
    files: ['tests/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
