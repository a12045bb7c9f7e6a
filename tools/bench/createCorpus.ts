import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import {SOURCE_LOCALE, TARGET_LOCALES} from '../../src/config/locales';
import {sourceHash} from '../../src/shared/sourceHash';
import {withProvenance} from '../../src/shared/provenance';

/** What a corpus does not copy from the site: dependencies, outputs, caches, history, tests. */
const SKIPPED = new Set(['node_modules', 'build', '.docusaurus', '.git', 'tests', 'coverage', '.vendor', 'parts']);

const WORDS: Record<string, string[]> = {
  fr: ['données', 'traitement', 'sécurité', 'responsable', 'finalité', 'conservation', 'droits', 'personne', 'service', 'hébergement'],
  en: ['data', 'processing', 'security', 'controller', 'purpose', 'retention', 'rights', 'person', 'service', 'hosting'],
  es: ['datos', 'tratamiento', 'seguridad', 'responsable', 'finalidad', 'conservación', 'derechos', 'persona', 'servicio', 'alojamiento'],
  it: ['dati', 'trattamento', 'sicurezza', 'titolare', 'finalità', 'conservazione', 'diritti', 'persona', 'servizio', 'hosting'],
  de: ['Daten', 'Verarbeitung', 'Sicherheit', 'Verantwortlicher', 'Zweck', 'Speicherung', 'Rechte', 'Person', 'Dienst', 'Hosting'],
};

/** The image every corpus page shows (a 1x1 PNG): enough for the image pipeline to run. */
const IMAGE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==', 'base64');
const IMAGE_PATH = 'img/corpus.png';

/**
 * Page `n` of the corpus in a locale: a few sections of prose, a list, a
 * table, a code block, an image and links to its neighbours, so that a
 * build does the work a real page asks for (MDX, images, link checks,
 * sidebar, sitemap, search index).
 */
export function corpusPage(n: number, locale: string, pages: number): string {
  const words = WORDS[locale] ?? WORDS.fr ?? [];
  const sentence = (seed: number) =>
    Array.from({length: 14}, (_, i) => words[(seed * 7 + i * 3) % words.length]).join(' ') + '.';
  const id = (i: number) => `page-${String(i).padStart(3, '0')}`;
  const next = (n % pages) + 1;
  const sections = Array.from({length: 4}, (_, s) =>
    [
      `## ${words[(n + s) % words.length]} ${s + 1}`,
      '',
      Array.from({length: 5}, (_, p) => sentence(n + s * 5 + p)).join(' '),
      '',
      `- ${sentence(n + s)}`,
      `- ${sentence(n + s + 1)}`,
      '',
      `| ${words[0]} | ${words[1]} |`,
      '| --- | --- |',
      `| ${n} | ${s} |`,
      '',
      '```js',
      `const page = ${n}; // ${words[2]}`,
      '```',
    ].join('\n'),
  );
  return [
    '---',
    `title: ${words[n % words.length]} ${n}`,
    `sidebar_position: ${n + 10}`,
    '---',
    '',
    `${sentence(n)} [${id(next)}](./${id(next)}.md)`,
    '',
    `![${words[3]} ${n}](./${IMAGE_PATH})`,
    '',
    ...sections,
    '',
  ].join('\n');
}

/**
 * Page `n` in a target locale, with the provenance block `translate` would
 * write for that French text: the build sees an up-to-date machine
 * translation, as on a real site.
 */
export function corpusTranslation(n: number, locale: string, pages: number): string {
  return withProvenance(corpusPage(n, locale, pages), {
    status: 'machine',
    engine: 'bench',
    date: '2026-01-01',
    source_hash: sourceHash(corpusPage(n, SOURCE_LOCALE, pages)),
  });
}

/**
 * Writes a copy of the site into `dir` with `pages` more French pages and
 * their translations in every target locale, as a git repository (the build
 * asks git for page dates), sharing the site's packages (`linkNodeModules`).
 */
export function createCorpus(siteDir: string, dir: string, pages: number): void {
  fs.rmSync(dir, {recursive: true, force: true});
  fs.mkdirSync(dir, {recursive: true});
  for (const entry of fs.readdirSync(siteDir).filter((e) => !SKIPPED.has(e))) {
    fs.cpSync(path.join(siteDir, entry), path.join(dir, entry), {recursive: true});
  }
  linkNodeModules(siteDir, dir);
  addPages(dir, pages, true);
  const git = (...args: string[]) => execFileSync('git', args, {cwd: dir, stdio: 'ignore'});
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@localhost', 'commit', '-qm', 'corpus');
}

/**
 * Writes the generated pages (and the image they show) into a site's
 * `docs/` and into each target locale's translations; `provenance: false`
 * leaves out the `translation:` block, for a site without our plugins.
 */
export function addPages(dir: string, pages: number, provenance: boolean): void {
  const docs = path.join(dir, 'docs');
  const write = (folder: string, name: string, text: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(folder, name)), {recursive: true});
    fs.writeFileSync(path.join(folder, name), text);
  };
  if (pages > 0) write(docs, IMAGE_PATH, IMAGE);
  for (const locale of TARGET_LOCALES) {
    if (pages > 0) write(path.join(dir, 'i18n', locale, 'docusaurus-plugin-content-docs/current'), IMAGE_PATH, IMAGE);
  }
  for (let n = 1; n <= pages; n++) {
    const name = `page-${String(n).padStart(3, '0')}.md`;
    write(docs, name, corpusPage(n, SOURCE_LOCALE, pages));
    for (const locale of TARGET_LOCALES) {
      const text = provenance ? corpusTranslation(n, locale, pages) : corpusPage(n, locale, pages);
      write(path.join(dir, 'i18n', locale, 'docusaurus-plugin-content-docs/current'), name, text);
    }
  }
}

/**
 * Gives `dir` a `node_modules` of its own whose entries link to the site's
 * packages: the packages are shared, but not the build caches Docusaurus
 * and Rspack keep in `node_modules/.cache`, so that benchmarking one site
 * (and clearing its cache for a cold build) leaves every other build alone.
 */
export function linkNodeModules(siteDir: string, dir: string): void {
  const from = fs.realpathSync(path.join(siteDir, 'node_modules'));
  const to = path.join(dir, 'node_modules');
  fs.mkdirSync(to, {recursive: true});
  for (const entry of fs.readdirSync(from).filter((e) => e !== '.cache')) {
    fs.symlinkSync(path.join(from, entry), path.join(to, entry));
  }
}
