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
          // Two workers on two cores (Vitest's default is one fewer than the
          // cores): much of a unit file's time is waiting, for a CLI it
          // started or a loopback server's Retry-After, and a second module
          // graph costs little. 82 to 54 s alone, 6 CPU-s more.
          maxWorkers: 2,
          // Compiles the CLIs the tests start, once (tools/testing/compiledCli.ts).
          globalSetup: ['tools/testing/globalSetup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // The e2e-repositories project below.
          exclude: ['tests/e2e/repositories/**'],
          environment: 'node',
          // Names the run: files testing the same build make it once (support/site.ts).
          globalSetup: ['tests/e2e/support/globalSetup.ts'],
          // Two files at a time: most of a file's time is Chromium waiting
          // for pages, so the second core is idle otherwise. Builds of one
          // site take turns (lockSite in support/site.ts): they share
          // `.docusaurus`.
          maxWorkers: 2,
          // One module graph per worker, as in the unit project and under
          // the same rule (no mocks, no stubbed globals): each file loaded
          // playwright-core, axe-core, Lighthouse and cheerio again, 11 s of
          // imports in a run against 2.4 s shared; the project alone, in
          // interleaved runs, 201 and 195 CPU-s isolated, 183 and 192 not.
          // (The e2e-repositories files import little: no difference there.)
          isolate: false,
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          // End-to-end too: the tool on other repositories than this one,
          // each made by its test (another organisation's site, an adopted
          // repository, an archive and a shallow clone, a hostile
          // translation): the command line and the build, and the second
          // site in the browser. They share no build with the e2e project
          // (its globalSetup names the builds it shares, not needed here),
          // so that `npm test` runs them in its second lane after the unit
          // tests, beside the browser files (tools/testing/runTests.ts).
          name: 'e2e-repositories',
          include: ['tests/e2e/repositories/**/*.test.ts'],
          environment: 'node',
          maxWorkers: 2,
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
