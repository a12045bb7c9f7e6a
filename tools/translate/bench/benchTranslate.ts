/**
 * `npm run bench:translate`: characters sent and wall time on a generated
 * corpus of 200 French pages, against a loopback DeepL with fixed latency,
 * for (a) a first full run, (b) a run with nothing changed, (c) a
 * one-paragraph edit; and (c) against retranslating the whole edited file.
 * Targets: (b) 0 characters; (c) at most 1.2x the edited paragraph per locale.
 * A script that prints figures, not a test.
 */
import {rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

import {SOURCE_LOCALE, TARGET_LOCALES} from '../../../src/config/locales';
import {collapseWhitespace, EMPTY_GLOSSARY, segmentPage} from '../segmenting';
import {createProvider} from '../providers';
import {runTranslate} from '../planning';
import {fakeDeepl} from '../testing/fakeProviders';
import {makeRepo} from '../testing/makeRepo';

const PAGES = 200;
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 50);
const WORDS = 'données traitement sécurité politique confidentialité personnes mesure audience droits responsable site service accès information protection risque'.split(' ');

/** Deterministic pseudo-random French-looking text (a linear congruential generator). */
function generator(seed: number) {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const sentence = (words: number) => {
    const list = Array.from({length: words}, () => WORDS[Math.floor(next() * WORDS.length)] ?? 'texte');
    return `${list.join(' ').replace(/^./, (c) => c.toUpperCase())} ${Math.floor(next() * 1000)}.`;
  };
  return {sentence};
}

function page(i: number): string {
  const {sentence} = generator(i + 1);
  const paragraph = () => `${sentence(14)} Voir la [page ${i}](./page-${i}.md) et **${sentence(4)}** ${sentence(10)}`;
  return [
    '---',
    `title: ${sentence(4)}`,
    `description: ${sentence(12)}`,
    '---',
    '',
    `## ${sentence(3)} {/* #section-${i} */}`,
    '',
    paragraph(),
    '',
    paragraph(),
    '',
    `- ${sentence(8)}`,
    `- ${sentence(8)}`,
    '',
    '| Donnée | Durée |',
    '|---|---|',
    `| ${sentence(2)} | 25 mois |`,
    '',
    '```js',
    '// commentaire en français',
    `const page = ${i};`,
    '```',
    '',
    `:::note[${sentence(2)}]`,
    paragraph(),
    ':::',
    '',
  ].join('\n');
}

async function main() {
  const server = await fakeDeepl('bench-key', {latencyMs: LATENCY_MS});
  const files = Object.fromEntries(Array.from({length: PAGES}, (_, i) => [`docs/page-${i}.md`, page(i)]));
  const root = makeRepo(files);
  const provider = createProvider('deepl', {DEEPL_AUTH_KEY: 'bench-key', DEEPL_SERVER_URL: server.url});
  const options = {root, sourceLocale: SOURCE_LOCALE, locales: TARGET_LOCALES, provider, dryRun: false, force: false, concurrency: 4, glossary: EMPTY_GLOSSARY, today: '2026-11-29'};
  const measure = async (label: string) => {
    const chars = server.stats.characters;
    const requests = server.requests.length;
    const start = performance.now();
    const report = await runTranslate(options);
    const failed = report.pages.filter((p) => p.outcome === 'failed').length;
    const sent = server.stats.characters - chars;
    console.log(`${label.padEnd(24)} ${String(sent).padStart(9)} chars  ${String(server.requests.length - requests).padStart(5)} requests  ${((performance.now() - start) / 1000).toFixed(2).padStart(7)} s  ${failed} failed`);
    return sent;
  };
  console.log(`Corpus: ${PAGES} pages, ${TARGET_LOCALES.length} locales (${TARGET_LOCALES.join(', ')}), loopback DeepL, ${LATENCY_MS} ms per request\n`);
  await measure('(a) first full run');
  const unchanged = await measure('(b) no change');

  const edited = 'docs/page-17.md';
  const before = files[edited] ?? '';
  const firstParagraph = segmentPage(before).find((s) => s.kind === 'paragraph');
  if (!firstParagraph) throw new Error('no paragraph to edit');
  const after = `${before.slice(0, firstParagraph.start)}Ce paragraphe a été réécrit par un éditeur. ${before.slice(firstParagraph.start)}`;
  writeFileSync(join(root, edited), after);
  const editSent = await measure('(c) one-paragraph edit');

  const paragraph = segmentPage(after).find((s) => s.kind === 'paragraph');
  const paragraphChars = collapseWhitespace(paragraph?.tagged ?? '').length;
  const wholeFile = segmentPage(after).reduce((n, s) => n + collapseWhitespace(s.tagged).length, 0);
  const perLocale = editSent / TARGET_LOCALES.length;
  console.log(`\nEdited paragraph: ${paragraphChars} chars; sent per locale: ${perLocale} (${(perLocale / paragraphChars).toFixed(2)}x, target <= 1.2x)`);
  console.log(`Whole edited file: ${wholeFile} chars per locale; (c) / whole-file retranslation = ${(perLocale / wholeFile).toFixed(3)}`);
  console.log(`(b) sent ${unchanged} chars (target 0)`);
  await server.close();
  rmSync(root, {recursive: true, force: true});
}

void main();
