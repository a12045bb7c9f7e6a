import {spawn} from 'node:child_process';

const DOCUSAURUS_BIN = require.resolve('@docusaurus/core/bin/docusaurus.mjs');

/**
 * Builds one locale of the site into `outDir` in its own process, exactly
 * as a CI job of the split build does: `docusaurus build --locale <code>`.
 * The site config gives every locale its own `url`/`baseUrl`, so the
 * result lands at its final place inside `outDir` (`en/` for English) with
 * the same links and `hreflang` alternates as in a whole-site build.
 *
 * Builds of one checkout must not run at once: they share `.docusaurus/`,
 * which the bundler reads back. Giving each its own folder
 * (DOCUSAURUS_GENERATED_FILES_DIR_NAME) changes module ids and therefore
 * every chunk hash, so parallelism comes from separate CI jobs instead.
 */
export function buildLocale(options: {
  siteDir: string;
  locale: string;
  outDir: string;
  env?: NodeJS.ProcessEnv;
}): Promise<void> {
  const args = [DOCUSAURUS_BIN, 'build', '--locale', options.locale, '--out-dir', options.outDir];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: options.siteDir,
      env: {...process.env, ...options.env},
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `Build of locale "${options.locale}" failed (${signal ?? `exit code ${code}`}). Run npm run build -- --locale ${options.locale} to see why.`,
          ),
        );
    });
  });
}
