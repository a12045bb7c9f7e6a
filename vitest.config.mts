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
          // One module graph per worker, not per file: the files import the
          // same big modules (unified, i18next, Docusaurus's utils), and
          // loading them again for each file was a third of the suite's
          // time (142 s isolated, 103 s shared, on 2 cores). So no file may
          // mock a module or stub a global (ESLint refuses vi.mock and the
          // like in tests); spies and fake timers are restored after use.
          isolate: false,
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
          // Two files at a time: most of a file's time is Chromium waiting
          // for pages, so the second core is idle otherwise. Builds of one
          // site take turns (lockSite in support/site.ts): they share
          // `.docusaurus`.
          maxWorkers: 2,
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
