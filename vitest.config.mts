import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // tsconfig keeps JSX for Docusaurus's bundler; a unit test rendering
        // a component (react-dom/server) needs it compiled here.
        oxc: {jsx: {runtime: 'automatic'}},
        test: {
          name: 'unit',
          include: ['src/**/__tests__/**/*.test.ts', 'tools/**/__tests__/**/*.test.ts'],
          environment: 'node',
          // Compiles the CLIs the tests start, once (tools/testing/compiledCli.ts).
          globalSetup: ['tools/testing/globalSetup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // Names the run: files testing the same build make it once (support/site.ts).
          globalSetup: ['tests/e2e/support/globalSetup.ts'],
          // Each file builds or serves the site; builds share `.docusaurus`.
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
