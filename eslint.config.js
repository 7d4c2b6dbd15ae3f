import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

// Imports flow one way: app -> features -> charts/queries/export -> api -> domain.
// Each layer lists what it may not reach, so the architecture cannot rot silently.
const forbid = (files, patterns, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'coverage',
      'node_modules',
      'public/mockServiceWorker.js',
      'tests/e2e/artifacts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
  },
  reactHooks.configs.flat['recommended-latest'],
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  forbid(
    ['src/domain/**'],
    [
      '**/api/**',
      '**/queries/**',
      '**/charts/**',
      '**/features/**',
      '**/app/**',
      'react',
      'react-dom',
      'recharts',
      'zod',
      'zod/*',
      '@tanstack/*',
      'msw',
      'msw/*',
      '**/mocks/**',
    ],
    'src/domain is pure: it imports nothing of the other layers and no framework.',
  ),
  forbid(
    ['src/api/**'],
    [
      '**/queries/**',
      '**/charts/**',
      '**/features/**',
      '**/app/**',
      'react',
      'recharts',
      '**/mocks/**',
    ],
    'src/api may import src/domain only.',
  ),
  forbid(
    ['src/queries/**'],
    ['**/charts/**', '**/features/**', '**/app/**', 'recharts', '**/mocks/**'],
    'src/queries may import src/api and src/domain only.',
  ),
  forbid(
    ['src/charts/**'],
    ['**/queries/**', '**/api/**', '**/features/**', '**/app/**', '@tanstack/*', '**/mocks/**'],
    'Charts take props and render: no fetching, no app state.',
  ),
  forbid(['src/features/**'], ['**/app/**', '**/mocks/**'], 'Features never import the app shell.'),
  forbid(
    ['src/export/**'],
    [
      '**/api/**',
      '**/queries/**',
      '**/charts/**',
      '**/features/**',
      '**/app/**',
      'react',
      'react-dom',
      'recharts',
      '@tanstack/*',
      '**/mocks/**',
    ],
    'src/export turns a drawn chart and its data into files: DOM and src/domain only.',
  ),
  forbid(
    ['mocks/**'],
    [
      'react',
      'react-dom',
      'recharts',
      '@tanstack/*',
      '**/src/app/**',
      '**/src/features/**',
      '**/src/charts/**',
      '**/src/queries/**',
    ],
    'mocks/ is framework-free: it may import src/domain and src/api schemas only.',
  ),
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
