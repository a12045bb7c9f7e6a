import path from 'node:path';
import logger from '@docusaurus/logger';

import type {Provenance} from '../../shared/provenance';
import type {MarkdownFile} from '../translation-provenance/collectPageProvenance';
import {readFrontMatter} from '../../shared/frontMatter';
import {readEffectiveDate} from './effectiveDate';
import {groupVersions, type Version} from './groupVersions';
import {readTranslationStates} from './pickTranslation';
import {gitHistoryAvailability, readFileStates, type GitHistoryAvailability} from './readFileStates-git';
import type {PartialHistory} from './types';

/** One policy page: its French versions and, in a target locale, its translation's states. */
export interface PolicyPageHistory {
  /** Path under the docs folder (`privacy.md`). */
  readonly relPath: string;
  readonly displayPath: string;
  /** Oldest first. */
  readonly versions: readonly Version[];
  /** Oldest first; absent when building the French site. */
  readonly translations?: readonly {text: string; provenance: Provenance}[];
}

/** What the plugin loads: every French page with `effective_date`. */
export interface PolicyHistories {
  readonly pages: readonly PolicyPageHistory[];
  /** Set when git could not give the earlier versions (every page then has its current version only). */
  readonly partial?: PartialHistory;
}

const SAID = Symbol.for('policy-history.said');

/** Logs a message once per process: every locale of a build loads the histories again. */
function sayOnce(kind: 'info' | 'warn', message: string): void {
  const holder = globalThis as {[SAID]?: Set<string>};
  const said = (holder[SAID] ??= new Set());
  if (said.has(message)) return;
  said.add(message);
  logger[kind](message);
}

const AVAILABILITY = Symbol.for('policy-history.availability');

function cachedAvailability(siteDir: string): Promise<GitHistoryAvailability> {
  const holder = globalThis as {[AVAILABILITY]?: Map<string, Promise<GitHistoryAvailability>>};
  const cache = (holder[AVAILABILITY] ??= new Map());
  let availability = cache.get(siteDir);
  if (!availability) {
    availability = gitHistoryAvailability(siteDir);
    cache.set(siteDir, availability);
  }
  return availability;
}

/**
 * Reads the versions of every French page whose front matter has
 * `effective_date`, and, for a target locale, the states of its
 * translation. Git is asked once per file for the whole build (see
 * `cachedCommittedStates`). Outside git or in a shallow clone, each page
 * has its current version only, and the build says so in one line.
 *
 * @throws Error listing every French page whose current `effective_date`
 *   is not a real YYYY-MM-DD day, with the value and the fix.
 */
export async function loadPolicyHistories(input: {
  siteDir: string;
  sources: readonly MarkdownFile[];
  docsDir: string;
  /** The current target locale's translations folder; undefined when building French. */
  translationsDir?: string;
}): Promise<PolicyHistories> {
  const errors: string[] = [];
  const policies = input.sources.filter((source) => {
    let frontMatter: Record<string, unknown>;
    try {
      frontMatter = readFrontMatter(source.text);
    } catch {
      return false; // the docs plugin reports invalid YAML
    }
    const result = readEffectiveDate(frontMatter);
    if (!result.ok) errors.push(`${source.displayPath}: ${result.error}`);
    return result.ok && result.date !== undefined;
  });
  if (errors.length > 0) throw new Error(`Invalid policy front matter:\n- ${errors.join('\n- ')}`);
  if (policies.length === 0) return {pages: []};

  const availability = await cachedAvailability(input.siteDir);
  let partial: PartialHistory | undefined;
  if (availability.kind === 'none') {
    partial = availability.reason;
    sayOnce(
      'info',
      availability.reason === 'shallow'
        ? 'policy-history: shallow git clone, so policy pages show their current version only (fetch the whole history: git fetch --unshallow, or fetch-depth: 0 in CI).'
        : 'policy-history: not a git checkout, so policy pages show their current version only.',
    );
  }
  const pages = await Promise.all(
    policies.map(async (source): Promise<PolicyPageHistory> => {
      const states = await readFileStates(path.join(input.docsDir, source.relPath), availability);
      const {versions, warnings} = groupVersions(states, source.displayPath);
      warnings.forEach((w) => sayOnce('warn', `policy-history: ${w}`));
      if (input.translationsDir === undefined) return {relPath: source.relPath, displayPath: source.displayPath, versions};
      const translationStates = await readFileStates(path.join(input.translationsDir, source.relPath), availability);
      return {
        relPath: source.relPath,
        displayPath: source.displayPath,
        versions,
        translations: readTranslationStates(translationStates),
      };
    }),
  );
  return {pages, ...(partial ? {partial} : {})};
}
