import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The version the fresh site is created with: the site's own Docusaurus. */
export const FRESH_DOCUSAURUS_VERSION = '3.10.2';

/**
 * A fresh `create-docusaurus` classic site (TypeScript), created, installed
 * and built once under `dir` (everything from the npm registry), then
 * reused. Returns its build folder. Delete `dir` to start again.
 */
export function freshSiteBuild(dir: string): string {
  const site = path.join(dir, 'fresh-docusaurus');
  const buildDir = path.join(site, 'build');
  const run = (cmd: string, args: string[], cwd: string) => {
    console.log(`$ (cd ${path.relative(process.cwd(), cwd) || '.'} && ${cmd} ${args.join(' ')})`);
    execFileSync(cmd, args, {cwd, stdio: ['ignore', 'ignore', 'inherit']});
  };
  if (!fs.existsSync(path.join(site, 'package.json'))) {
    fs.mkdirSync(dir, {recursive: true});
    run('npx', ['-y', `create-docusaurus@${FRESH_DOCUSAURUS_VERSION}`, 'fresh-docusaurus', 'classic', '--typescript', '--skip-install'], dir);
  }
  if (!fs.existsSync(path.join(site, 'node_modules', '@docusaurus', 'core'))) {
    run('npm', ['install', '--no-audit', '--no-fund'], site);
  }
  if (!fs.existsSync(path.join(buildDir, 'index.html'))) {
    run('npm', ['run', 'build'], site);
  }
  return buildDir;
}
