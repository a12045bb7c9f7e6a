import {join} from 'node:path';


import {readProvenance, withProvenance} from '../../../src/shared/provenance';
import {sourceHash} from '../../../src/shared/sourceHash';
import {atomicWrite, listPages, listTranslations, PATHS, readTextIfExists} from '../writing';
import {fileAt, historyProblem, isUncommitted, lastCommitOf} from './gitHistory';
import type {Glossary} from '../segmenting';
import {openMemory, seedMemory} from '../memory';
import {ConfigError} from '../providers';
import {createSegmenter} from '../segmenting';

/** Why a translation could not be adopted: `messages/*.json` words each as `adoptReason_<code>`. */
export type AdoptReason =
  | {code: 'no-french-page'; params: {source: string}}
  | {code: 'invalid-block'; params: {errors: string}}
  | {code: 'never-committed'; params: Record<string, never>}
  | {code: 'uncommitted'; params: Record<string, never>}
  | {code: 'no-source-in-commit'; params: {source: string; commit: string}};

/** What `--adopt` did with one translation. */
export interface AdoptedPage {
  locale: string;
  /** The translation, from the site root. */
  target: string;
  /** Its French page, from the site root (none for an orphan). */
  source?: string;
  outcome: 'current' | 'stale' | 'not-adoptable' | 'orphan';
  /** Why it could not be adopted (or is an orphan): a code, and what its message quotes. */
  reason?: AdoptReason;
  /** The French version it was made from: the commit and its date (`--assume-current`: none, today). */
  commit?: string;
  date?: string;
}

export interface AdoptOptions {
  root: string;
  locales: readonly string[];
  /** `translation.engine` of what is adopted: `unknown` unless the adopter knows. */
  engine: string;
  /** No git history to read: each translation is taken as made from today's French, dated today. */
  assumeCurrent: boolean;
  today: string;
  glossary: Glossary;
}

/** What `--adopt` did: each translation without provenance, and what the memory learnt. */
export interface AdoptReport {
  pages: AdoptedPage[];
  /** Per locale, the memory segments learnt from the adopted pages. */
  learned: Record<string, number>;
  /** Files written (translations, memories), from the site root, sorted. */
  written: string[];
}

const posix = (path: string) => path.split('\\').join('/');

/**
 * `npm run translate -- --adopt`: gives provenance to the translations that
 * have none (an existing site whose translations were made another way),
 * so each is then up to date or stale as it really is, and the memory
 * learns from them instead of paying again for every page.
 *
 * A translation was made from the French page as it was in the
 * translation's last commit: that version's `source_hash` and the commit's
 * date are written (`status: machine`, `engine` as given), and its segment
 * pairs that align (see `seedMemory`) enter the memory. Not adoptable, and
 * left as is, with the reason: a translation not committed, or with
 * uncommitted changes; one whose French page did not exist in that commit;
 * one whose `translation:` block is there but invalid. Orphans (no French
 * page) are listed, not touched. Without git history (no repository, or a
 * shallow clone) it refuses, unless `assumeCurrent`.
 */
export function adoptTranslations(options: AdoptOptions): AdoptReport {
  const {root} = options;
  if (!options.assumeCurrent) {
    const problem = historyProblem(root);
    if (problem === 'no-git') {
      throw new ConfigError(`--adopt: ${root} has no git history, so the French each translation was made from cannot be found; run it in a clone of the repository, or add --assume-current to take every translation as made from today's French`);
    }
    if (problem === 'shallow') {
      throw new ConfigError('--adopt: this clone is shallow, so the French each translation was made from may be cut off; fetch the whole history (git fetch --unshallow), or add --assume-current to take every translation as made from today\'s French');
    }
  }
  const report: AdoptReport = {pages: [], learned: {}, written: []};
  const segmenter = createSegmenter(options.glossary);
  const docs = new Map(listPages(root).map((rel) => [rel.replace(/\.mdx?$/, ''), rel]));
  for (const locale of options.locales) {
    const memory = openMemory(root, locale, true);
    const segmentFor = segmenter(locale);
    let learned = 0;
    for (const rel of listTranslations(root, locale)) {
      const target = posix(join(PATHS.translatedDocs(locale), rel));
      const found = readTextIfExists(join(root, target), target);
      if (!found) continue;
      const reading = readProvenance(found.text);
      if (reading.ok) continue;
      const sourceRel = docs.get(rel.replace(/\.mdx?$/, ''));
      if (sourceRel === undefined) {
        report.pages.push({locale, target, outcome: 'orphan', reason: {code: 'no-french-page', params: {source: `docs/${rel}`}}});
        continue;
      }
      const source = posix(join(PATHS.docs, sourceRel));
      const page: AdoptedPage = {locale, target, source, outcome: 'not-adoptable'};
      report.pages.push(page);
      if (reading.reason !== 'absent') {
        page.reason = {code: 'invalid-block', params: {errors: reading.errors.join('; ')}};
        continue;
      }
      const current = readTextIfExists(join(root, source), source)?.text ?? '';
      let french: string;
      if (options.assumeCurrent) {
        french = current;
        page.date = options.today;
      } else {
        const last = lastCommitOf(root, target);
        if (!last) {
          page.reason = {code: 'never-committed', params: {}};
          continue;
        }
        if (isUncommitted(root, target)) {
          page.reason = {code: 'uncommitted', params: {}};
          continue;
        }
        const atCommit = fileAt(root, last.commit, source);
        if (atCommit === undefined) {
          page.reason = {code: 'no-source-in-commit', params: {source, commit: last.commit.slice(0, 12)}};
          continue;
        }
        french = atCommit;
        Object.assign(page, {commit: last.commit, date: last.date});
      }
      const hash = sourceHash(french);
      const text = withProvenance(found.text, {status: 'machine', engine: options.engine, date: page.date ?? options.today, source_hash: hash});
      atomicWrite(join(root, target), `${found.bom ? '\uFEFF' : ''}${text}`);
      report.written.push(target);
      page.outcome = hash === sourceHash(current) ? 'current' : 'stale';
      try {
        for (const [key, entry] of seedMemory(french, segmentFor(french, 'source'), text, segmentFor(text, 'target'))) {
          if (memory.memory.segments[key]?.text !== entry.text) learned++;
          memory.memory.segments[key] = entry;
        }
      } catch {
        // A French version or a translation that does not parse teaches nothing; the page is adopted all the same.
      }
    }
    // A locale that learnt nothing keeps its memory file as it is (or without one).
    if (learned > 0) memory.save();
    if (memory.written()) report.written.push(posix(memory.path));
    report.learned[locale] = learned;
  }
  report.written.sort();
  return report;
}
