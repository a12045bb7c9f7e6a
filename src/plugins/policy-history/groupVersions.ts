import {sourceHash} from '../../shared/sourceHash';
import {readFrontMatter} from '../../shared/frontMatter';
import {readChangeSummary, readEffectiveDate} from './effectiveDate';

/** One committed state of a file (or the working tree's, which has no commit). */
export interface FileState {
  /** Commit id; absent for the working tree's text when it differs from the last commit. */
  readonly commit?: string;
  /** Commit time in ms; absent for the working tree. */
  readonly committedAt?: number;
  readonly text: string;
}

/** A version of a policy page: the states of its French file that carry one `effective_date`. */
export interface Version {
  /** YYYY-MM-DD. */
  readonly effectiveDate: string;
  /** The text of the version's last state: typo fixes amend a version. */
  readonly text: string;
  /** `change_summary` of that text, if any. */
  readonly changeSummary?: string;
  /** sourceHash() of each state's text, oldest first; the last is `text`'s. */
  readonly sourceHashes: readonly string[];
  /** Commit time of the first state (when the version was published), when committed. */
  readonly publishedAt?: number;
  /** Commit time of the last committed state. */
  readonly updatedAt?: number;
  /** Commit of the first and last states, for messages. */
  readonly firstCommit?: string;
  readonly lastCommit?: string;
}

/**
 * Groups a French file's states (oldest first) into versions: the first
 * state carrying a new `effective_date` starts a version, later states with
 * the same date amend it. Pure.
 *
 * States without the key (before the page had versions) are skipped. History
 * cannot be rewritten, so odd states never fail the build; each is skipped
 * or read as well as it can be, with a warning naming the commit:
 * - a date that is not a real day: the state is skipped;
 * - a date not after the previous version's: read as a correction of that
 *   version's date (the versions it is not after are merged into one).
 */
export function groupVersions(
  states: readonly FileState[],
  displayPath: string,
): {versions: Version[]; warnings: string[]} {
  const warnings: string[] = [];
  const groups: {date: string; states: FileState[]}[] = [];
  const name = (state: FileState) => (state.commit ? `commit ${state.commit.slice(0, 10)}` : 'the working tree');
  for (const state of states) {
    let frontMatter: Record<string, unknown>;
    try {
      frontMatter = readFrontMatter(state.text);
    } catch {
      warnings.push(`${displayPath} in ${name(state)}: front matter is not valid YAML; that state is not part of any version`);
      continue;
    }
    const result = readEffectiveDate(frontMatter);
    if (!result.ok) {
      warnings.push(`${displayPath} in ${name(state)}: ${result.error}; that state is not part of any version`);
      continue;
    }
    const date = result.date;
    if (date === undefined) continue;
    const last = groups.at(-1);
    if (last === undefined || date > last.date) {
      groups.push({date, states: [state]});
    } else if (date === last.date) {
      last.states.push(state);
    } else {
      const merged: FileState[] = [];
      const replaced: string[] = [];
      while (groups.length > 0 && (groups.at(-1)?.date ?? '') >= date) {
        const group = groups.pop();
        if (group) {
          merged.unshift(...group.states);
          replaced.unshift(group.date);
        }
      }
      warnings.push(
        `${displayPath} in ${name(state)}: effective_date ${date} is not after the previous version's (${replaced.join(', ')}); read as a correction of that date`,
      );
      groups.push({date, states: [...merged, state]});
    }
  }
  const versions = groups.map(({date, states: group}): Version => {
    const lastState = group.at(-1) as FileState;
    const committed = group.filter((s) => s.committedAt !== undefined);
    const changeSummary = readChangeSummary(readFrontMatter(lastState.text));
    return {
      effectiveDate: date,
      text: lastState.text,
      ...(changeSummary === undefined ? {} : {changeSummary}),
      sourceHashes: group.map((s) => sourceHash(s.text)),
      ...(committed[0]?.committedAt === undefined ? {} : {publishedAt: committed[0].committedAt}),
      ...(committed.at(-1)?.committedAt === undefined ? {} : {updatedAt: committed.at(-1)?.committedAt}),
      ...(committed[0]?.commit === undefined ? {} : {firstCommit: committed[0].commit}),
      ...(committed.at(-1)?.commit === undefined ? {} : {lastCommit: committed.at(-1)?.commit}),
    };
  });
  return {versions, warnings};
}
