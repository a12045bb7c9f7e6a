import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import {TARGET_LOCALES} from '../../src/config/locales';

/** Files and folders of the site a corpus copies: everything a build reads (`i18n/` once translations exist). */
const SITE_FILES = ['docusaurus.config.ts', 'sidebars.ts', 'package.json', 'tsconfig.json', 'src', 'static', 'docs', 'i18n'];

const WORDS: Record<string, string[]> = {
  fr: ['données', 'traitement', 'sécurité', 'responsable', 'finalité', 'conservation', 'droits', 'personne', 'service', 'hébergement'],
  en: ['data', 'processing', 'security', 'controller', 'purpose', 'retention', 'rights', 'person', 'service', 'hosting'],
  es: ['datos', 'tratamiento', 'seguridad', 'responsable', 'finalidad', 'conservación', 'derechos', 'persona', 'servicio', 'alojamiento'],
  it: ['dati', 'trattamento', 'sicurezza', 'titolare', 'finalità', 'conservazione', 'diritti', 'persona', 'servizio', 'hosting'],
  de: ['Daten', 'Verarbeitung', 'Sicherheit', 'Verantwortlicher', 'Zweck', 'Speicherung', 'Rechte', 'Person', 'Dienst', 'Hosting'],
};

/**
 * Page `n` of the corpus in a locale: a few sections of prose, a list, a
 * table, a code block and links to its neighbours, so that a build does
 * the work a real page asks for (MDX, link checks, sidebar, sitemap).
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
    ...sections,
    '',
  ].join('\n');
}

/**
 * Writes a copy of the site into `dir` with `pages` more French pages and
 * their translations in every target locale, as a git repository (the build
 * asks git for page dates), sharing the site's node_modules.
 */
export function createCorpus(siteDir: string, dir: string, pages: number): void {
  fs.rmSync(dir, {recursive: true, force: true});
  fs.mkdirSync(dir, {recursive: true});
  for (const entry of SITE_FILES.filter((e) => fs.existsSync(path.join(siteDir, e)))) {
    fs.cpSync(path.join(siteDir, entry), path.join(dir, entry), {recursive: true});
  }
  fs.symlinkSync(path.join(siteDir, 'node_modules'), path.join(dir, 'node_modules'));
  for (let n = 1; n <= pages; n++) {
    const name = `page-${String(n).padStart(3, '0')}.md`;
    fs.writeFileSync(path.join(dir, 'docs', name), corpusPage(n, 'fr', pages));
    for (const locale of TARGET_LOCALES) {
      const target = path.join(dir, 'i18n', locale, 'docusaurus-plugin-content-docs/current');
      fs.mkdirSync(target, {recursive: true});
      fs.writeFileSync(path.join(target, name), corpusPage(n, locale, pages));
    }
  }
  const git = (...args: string[]) => execFileSync('git', args, {cwd: dir, stdio: 'ignore'});
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@localhost', 'commit', '-qm', 'corpus');
}
