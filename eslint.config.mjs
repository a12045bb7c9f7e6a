import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {ignores: ['build/', '.docusaurus/', 'node_modules/', 'tests/.output/', '.vendor/', 'coverage/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {globals: {...globals.node, ...globals.browser}},
    plugins: {'react-hooks': reactHooks},
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // The layers (docs-dev/architecture.md): `src/shared` and `src/config` are
  // the core that the site (`src/plugins`, `src/theme`, `src/components`) and
  // the tools (`tools/`) both import; neither of those reaches into the other,
  // and the core imports neither.
  {
    files: ['src/shared/**/*.{ts,tsx}', 'src/config/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {patterns: [{
        regex: '^(\\.\\./)+(plugins|theme|components|tools)(/|$)|^@theme',
        message: 'src/shared and src/config are the core both the site and the tools import: they import neither (see docs-dev/architecture.md).',
      }]}],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'docusaurus.config.ts', 'site.config.ts', 'sidebars.ts'],
    ignores: ['src/shared/**', 'src/config/**'],
    rules: {
      'no-restricted-imports': ['error', {patterns: [{
        regex: '(^|/)tools(/|$)',
        message: 'The site does not import the tools: move what both need to src/shared (see docs-dev/architecture.md).',
      }]}],
    },
  },
  {
    files: ['tools/**/*.{ts,tsx}'],
    // A tool's test may check that what the tool writes works in the site
    // (e.g. the suggestion words a new locale gets); the tool itself may not.
    ignores: ['tools/**/__tests__/**'],
    rules: {
      'no-restricted-imports': ['error', {patterns: [{
        regex: '(^|/)src/(plugins|theme|components)(/|$)',
        message: 'The tools do not import the site: move what both need to src/shared (see docs-dev/architecture.md).',
      }]}],
    },
  },
  {
    // The unit and browser end-to-end tests share one module graph per
    // worker (isolate: false in vitest.config.mts): a module mock or a
    // stubbed global would leak into the files after it. Spies and fake
    // timers are fine when restored.
    files: ['src/**/__tests__/**/*.ts', 'tools/**/__tests__/**/*.ts', 'tests/e2e/**/*.ts'],
    ignores: ['tests/e2e/repositories/**'],
    rules: {
      'no-restricted-properties': ['error',
        ...['mock', 'doMock', 'stubGlobal', 'stubEnv'].map((property) => ({
          object: 'vi',
          property,
          message: 'Test files share their modules (isolate: false in vitest.config.mts): pass the dependency in instead, or give this file its own Vitest project.',
        })),
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {globals: globals.node},
  },
);
