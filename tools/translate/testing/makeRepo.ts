import {mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, relative} from 'node:path';

/** A throw-away site in a temporary folder: `files` maps paths to contents. */
export function makeRepo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'translate-'));
  writeFiles(root, files);
  return root;
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), {recursive: true});
    writeFileSync(join(root, path), text);
  }
}

/** Every file under `root`, path -> content, for before/after comparisons. */
export function readTree(root: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(root, {recursive: true, withFileTypes: true})
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name))
      .sort()
      .map((path) => [relative(root, path), readFileSync(path, 'utf8')]),
  );
}

/** A small French site: two pages (one CRLF), UI strings with a placeholder. */
export const SAMPLE_SITE: Record<string, string> = {
  'docs/privacy.md': [
    '---',
    'title: Politique de confidentialité',
    'sidebar_label: Confidentialité',
    '---',
    '',
    '## Contexte {/* #context */}',
    '',
    'Le **RGPD** s’applique à Acme Example depuis 2018.',
    '',
    'Les données sont conservées au plus 25 mois.',
    '',
    '- Écrivez à contact@cloud-temple.com pour exercer vos droits.',
    '- Voir les [mentions légales](./legal.md).',
    '',
    '```sh',
    '# commentaire en français',
    'npm run build',
    '```',
    '',
  ].join('\n'),
  'docs/legal.md': '---\r\ntitle: Mentions légales\r\n---\r\n\r\nÉditeur : Acme Example.\r\n',
  'i18n/fr/code.json': `${JSON.stringify({'home.title': {message: 'Bienvenue sur {siteName}', description: 'Home title'}}, null, 2)}\n`,
  'i18n/glossary.yaml': 'keep:\n  - Acme Example\nfixed:\n  RGPD: {en: GDPR, es: RGPD, it: GDPR, de: DSGVO}\n',
};
