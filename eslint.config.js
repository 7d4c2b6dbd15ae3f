import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

// Imports flow one way: app -> features -> components/charts/queries/export -> api -> story/domain.
// Each layer lists what it may not reach, so the architecture cannot rot silently.
const forbid = (files, patterns, message, more = []) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }, ...more] }],
  },
});

// Each feature stands alone: what two features share moves down a layer (components, domain).
const FEATURES = ['events', 'impact', 'peers', 'share', 'study', 'window'];
const featureRules = FEATURES.map((feature) =>
  forbid(
    [`src/features/${feature}/**`],
    ['**/app/**', '**/mocks/**'],
    'Features never import the app shell.',
    [
      {
        group: FEATURES.filter((other) => other !== feature).map((other) => `../${other}/*`),
        message: `A feature does not import another: move what src/features/${feature} shares down a layer.`,
      },
    ],
  ),
);

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
      '**/story/**',
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
  ...featureRules,
  forbid(
    ['src/components/**'],
    ['**/features/**', '**/app/**', '**/queries/**', '**/charts/**', '**/mocks/**', 'recharts'],
    'src/components is shared UI: it knows no feature, no query and no chart.',
  ),
  forbid(
    ['src/story/**'],
    [
      '**/api/**',
      '**/queries/**',
      '**/charts/**',
      '**/features/**',
      '**/components/**',
      '**/app/**',
      '**/export/**',
      'react',
      'recharts',
      '**/mocks/**',
    ],
    'src/story is data (the story file): it may import src/domain types only.',
  ),
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
    ['src/import/**'],
    [
      '**/queries/**',
      '**/charts/**',
      '**/features/**',
      '**/components/**',
      '**/app/**',
      'react',
      'react-dom',
      'recharts',
      '@tanstack/*',
      '**/mocks/**',
    ],
    'src/import reads loaded files into contract v1 shapes: src/api schemas and src/domain only.',
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
