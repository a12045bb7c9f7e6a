import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import {fakeOpenAI} from '../testing/fakeProviders';
import {makeRepo} from '../testing/makeRepo';
import {reversibleTranslate} from '../testing/reversibleTranslate';
import {spawnCli} from '../testing/spawnCli';
import type {ContentFault, Loopback} from '../testing/startLoopback';

/**
 * Issue 12, "Damage cannot pass", through the real CLI: a provider that
 * damages its answer the way real ones do (the loopback chat model, each
 * fault scripted for the request and for the retry alone), on a page
 * shaped like the site's privacy policy. The page is not written, its
 * previous translation stays, the memory does not learn the damaged
 * segment, the summary names the problem and the French line, exit 1; a
 * rerun against a well-behaved provider writes the page.
 */

const KEY = 'sk-loopback-damage-4242';
const PAGE = 'i18n/en/docusaurus-plugin-content-docs/current/privacy.md';
const MEMORY = 'i18n/.tm/en.json';

const PARAGRAPH = [
  'Acme Example définit, applique, exploite, surveille, revoit, maintient et améliore le processus et',
  "les mesures relatifs au traitement des données et à la sécurité de l'information, selon une",
  'approche par les risques.',
].join('\n');
const LONG_ITEM = [
  '- les deux derniers octets de votre adresse IP sont masqués par le serveur de mesure avant tout',
  '  traitement, y compris la localisation approximative, et les données brutes sont conservées au',
  '  plus longtemps pour la mesure ;',
].join('\n');
const CLOSING = [
  "Cette configuration suit les conditions fixées par la CNIL pour dispenser la mesure d'audience de",
  'consentement. Vous pouvez néanmoins la refuser à tout moment avec la case ci-dessous ; votre choix',
  'est conservé dans votre navigateur, sans cookie ni identifiant.',
].join('\n');
const FRENCH = [
  '---',
  'title: Politique de confidentialité',
  '---',
  '',
  '## Contexte {/* #context */}',
  '',
  PARAGRAPH,
  '',
  "- aucun cookie n'est déposé et rien n'est enregistré dans votre navigateur pour la mesure ;",
  "- aucun identifiant de visiteur n'est créé ;",
  LONG_ITEM,
  "- si votre navigateur envoie le signal « Do Not Track », l'outil n'est pas chargé du tout.",
  '',
  CLOSING,
  '',
].join('\n');

/** A French edit: `from` becomes `to`, so that segment is sent again. */
type Edit = [from: string, to: string];
const EDIT_PARAGRAPH: Edit = ['selon une\napproche par les risques.', 'selon une\napproche fondée sur les risques.'];
const EDIT_ITEM: Edit = ['plus longtemps pour la mesure ;', 'plus longtemps que nécessaire pour la mesure ;'];
const EDIT_SHORT_ITEM: Edit = ["n'est créé ;", "n'est jamais créé ;"];
const EDIT_CLOSING: Edit = ['sans cookie ni identifiant.', 'sans aucun cookie ni identifiant.'];

let server: Loopback;
/** The site after a first, good run: every page translated, the memory saved. */
let base: string;
const env = () => ({OPENAI_API_KEY: KEY, OPENAI_BASE_URL: `${server.url}/v1`, OPENAI_MODEL: 'loopback-1', TRANSLATE_PROVIDER: 'openai', LANG: 'C'});

beforeAll(async () => {
  server = await fakeOpenAI(KEY);
  base = makeRepo({'docs/privacy.md': FRENCH});
  const first = await spawnCli(base, ['--locale', 'en'], env()).done;
  expect(first.code).toBe(0);
}, 60_000);
afterAll(async () => server.close());

/** A copy of the translated site with the French edited; its translation, memory and French. */
function editedSite(edits: readonly Edit[]): {root: string; french: string; page: string; memory: string} {
  const root = mkdtempSync(join(tmpdir(), 'translate-damage-'));
  cpSync(base, root, {recursive: true});
  let french = FRENCH;
  for (const [from, to] of edits) french = french.replace(from, to);
  writeFileSync(join(root, 'docs/privacy.md'), french);
  return {root, french, page: read(root, PAGE), memory: read(root, MEMORY)};
}

const read = (root: string, path: string): string => readFileSync(join(root, path), 'utf8');
/** The 1-based line of the French file where `text` (its first line) starts. */
const lineOf = (french: string, text: string): number => french.slice(0, french.indexOf(text.split('\n')[0] ?? text)).split('\n').length;
/** The memory's French texts (whitespace collapsed, as the memory keeps them) and their translations. */
const remembered = (root: string): Array<{source: string; text: string}> =>
  Object.values((JSON.parse(read(root, MEMORY)) as {segments: Record<string, {source: string; text: string}>}).segments);
const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('npm run translate against a provider that damages its answers', {timeout: 120_000}, () => {
  it.each<[string, ContentFault, Edit, string, string]>([
    ['a paragraph cut in half, still ending with "."', 'halfCut', EDIT_PARAGRAPH, PARAGRAPH, 'text-truncated'],
    ['a list item cut in half, still ending with ";"', 'halfCut', EDIT_ITEM, LONG_ITEM, 'text-truncated'],
    ['a sentence added', 'addSentence', EDIT_PARAGRAPH, PARAGRAPH, 'sentence-count-changed'],
    ['the text said twice', 'repeat', EDIT_PARAGRAPH, PARAGRAPH, 'text-repeated'],
    ['a preamble ("Here is the translation:")', 'preamble', EDIT_PARAGRAPH, PARAGRAPH, 'model-chatter'],
    ['reasoning in <thinking> tags', 'thinking', EDIT_PARAGRAPH, PARAGRAPH, 'model-chatter'],
    ['a blockquote injected inside the paragraph', 'blockquote', EDIT_PARAGRAPH, PARAGRAPH, 'block-construct-changed'],
    ['a thematic break injected inside the paragraph', 'thematicBreak', EDIT_PARAGRAPH, PARAGRAPH, 'block-construct-changed'],
  ])('%s (%s): not written, not remembered, named with its line; a rerun writes it', async (_name, content, edit, segment, code) => {
    const site = editedSite([edit]);
    // The damaged answer, then the same damage when the segment is sent again alone.
    server.faults.push({content}, {content});
    const run = await spawnCli(site.root, ['--locale', 'en'], env()).done;
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`FAILED: ${PAGE} (previous translation kept)`);
    expect(run.stdout).toContain(`  line ${lineOf(site.french, segment)}: ${code} (`);
    expect(read(site.root, PAGE)).toBe(site.page);
    const edited = collapse(edit[1]);
    expect(remembered(site.root).filter((e) => e.source.includes(edited))).toEqual([]);
    expect(server.faults).toEqual([]);

    const rerun = await spawnCli(site.root, ['--locale', 'en'], env()).done;
    expect(rerun.code).toBe(0);
    expect(read(site.root, PAGE)).toContain(edited);
    expect(remembered(site.root).filter((e) => e.source.includes(edited))).toHaveLength(1);
  });

  it('two chat-model ids swapped (a list item given the paragraph text): both refused by their text, each sent again alone, the page right', async () => {
    const site = editedSite([EDIT_SHORT_ITEM, EDIT_CLOSING]);
    server.faults.push({ids: 'swap'});
    const before = server.requests.length;
    const run = await spawnCli(site.root, ['--locale', 'en'], env()).done;
    expect(run.code).toBe(0);
    // One request for both, then one for each alone.
    expect(server.requests.length - before).toBe(3);
    const page = read(site.root, PAGE);
    expect(page).toContain(`- ${reversibleTranslate("aucun identifiant de visiteur n'est jamais créé ;", 'en')}\n`);
    expect(page).toContain(`${reversibleTranslate('Cette configuration suit', 'en')}`);
    expect(page).toContain('sans aucun cookie ni identifiant.\n');
    for (const entry of remembered(site.root)) expect(entry.text, entry.source).toBe(reversibleTranslate(entry.source, 'en'));
  });

  it('chat-model ids not those sent, again when sent alone: not written, the ids named; a rerun writes it', async () => {
    const site = editedSite([EDIT_SHORT_ITEM, EDIT_CLOSING]);
    server.faults.push({ids: 'drop'}, {ids: 'drop'});
    const run = await spawnCli(site.root, ['--locale', 'en'], env()).done;
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`FAILED: ${PAGE} (previous translation kept)`);
    expect(run.stdout).toContain(`  line ${lineOf(site.french, 'aucun identifiant de visiteur')}: OpenAI: answer refused, its segment ids are not the ids sent (s1): s1 missing`);
    expect(read(site.root, PAGE)).toBe(site.page);
    expect(remembered(site.root).filter((e) => e.source.includes('jamais créé'))).toEqual([]);

    const rerun = await spawnCli(site.root, ['--locale', 'en'], env()).done;
    expect(rerun.code).toBe(0);
    expect(read(site.root, PAGE)).toContain(reversibleTranslate("aucun identifiant de visiteur n'est jamais créé ;", 'en'));
  });
});
