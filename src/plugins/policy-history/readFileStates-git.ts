import {execFile, spawn} from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import {promisify} from 'node:util';

import type {FileState} from './groupVersions';

const run = promisify(execFile);

/** Whether git can give a file's history here, and if not why. */
export type GitHistoryAvailability =
  | {readonly kind: 'full'; readonly topLevel: string; readonly head: string}
  | {readonly kind: 'none'; readonly reason: 'not-git' | 'shallow'};

async function git(cwd: string, args: string[]): Promise<string> {
  const {stdout} = await run('git', args, {cwd, encoding: 'utf8', maxBuffer: 256 << 20});
  return stdout;
}

/**
 * Whether `dir` is in a git worktree with its full history. A shallow clone
 * (CI's default `fetch-depth: 1`) has commits, but not the old versions.
 */
export async function gitHistoryAvailability(dir: string): Promise<GitHistoryAvailability> {
  try {
    const [topLevel, head, shallow] = (
      await git(dir, ['rev-parse', '--show-toplevel', 'HEAD', '--is-shallow-repository'])
    ).split('\n');
    if (!topLevel || !head) return {kind: 'none', reason: 'not-git'};
    if (shallow === 'true') return {kind: 'none', reason: 'shallow'};
    return {kind: 'full', topLevel, head};
  } catch {
    return {kind: 'none', reason: 'not-git'};
  }
}

/**
 * Every committed state of `file`, oldest first, along the first-parent
 * history of HEAD (what was published: a merged branch's intermediate
 * commits are not states of the page), following renames. Two git processes
 * whatever the number of commits: `git log` for the commits and the file's
 * path in each, `git cat-file --batch` for the texts.
 */
export async function readCommittedStates(topLevel: string, file: string): Promise<FileState[]> {
  const relPath = path.relative(topLevel, file).split(path.sep).join('/');
  const log = await git(topLevel, [
    'log',
    '--first-parent',
    '--diff-merges=first-parent',
    '--follow',
    '--format=%x00%H %ct',
    '--name-only',
    '--',
    relPath,
  ]);
  const newestFirst = log
    .split('\0')
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => {
      const [header = '', ...names] = chunk.split('\n').filter((line) => line !== '');
      const [commit = '', time = '0'] = header.split(' ');
      return {commit, committedAt: Number(time) * 1000, path: names.at(-1) ?? relPath};
    });
  // `--follow` also "follows" a file added next to a similar one that was
  // rewritten in the same commit (a new translation beside another
  // locale's): a rename only if the older path is gone in the newer commit.
  for (let i = 1; i < newestFirst.length; i++) {
    const newer = newestFirst[i - 1];
    const older = newestFirst[i];
    if (newer && older && older.path !== newer.path && (await exists(topLevel, `${newer.commit}:${older.path}`))) {
      newestFirst.length = i;
      break;
    }
  }
  const commits = newestFirst.reverse();
  if (commits.length === 0) return [];
  const blobs = await catFiles(topLevel, commits.map((c) => `${c.commit}:${c.path}`));
  return commits.flatMap((c, index) => {
    const text = blobs[index];
    return text === undefined ? [] : [{commit: c.commit, committedAt: c.committedAt, text}];
  });
}

async function exists(cwd: string, object: string): Promise<boolean> {
  try {
    await run('git', ['cat-file', '-e', object], {cwd});
    return true;
  } catch {
    return false;
  }
}

/** The texts of `objects` (`<commit>:<path>`) through one `git cat-file --batch`; `undefined` for a missing one. */
function catFiles(cwd: string, objects: readonly string[]): Promise<(string | undefined)[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], {cwd, stdio: ['pipe', 'pipe', 'pipe']});
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file exited with ${code}`));
      const out = Buffer.concat(chunks);
      const texts: (string | undefined)[] = [];
      let offset = 0;
      for (let i = 0; i < objects.length; i++) {
        const end = out.indexOf(10, offset);
        const header = out.subarray(offset, end).toString('utf8');
        offset = end + 1;
        const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
        if (!match) {
          texts.push(undefined); // "<object> missing"
          continue;
        }
        const size = Number(match[2]);
        texts.push(match[1] === 'blob' ? out.subarray(offset, offset + size).toString('utf8') : undefined);
        offset += size + 1;
      }
      resolve(texts);
    });
    child.stdin.end(objects.map((o) => `${o}\n`).join(''));
  });
}

/**
 * The states of `file` a build shows: the committed ones, then the working
 * tree's text when it differs from the last commit (a page being edited),
 * or that text alone when git has no history to give.
 */
export async function readFileStates(
  file: string,
  availability: GitHistoryAvailability,
  committed: (topLevel: string, head: string, file: string) => Promise<FileState[]> = cachedCommittedStates,
): Promise<FileState[]> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  if (availability.kind === 'none') return [{text}];
  const states = await committed(availability.topLevel, availability.head, file);
  const lf = (t: string) => t.replace(/\r\n?/g, '\n');
  const last = states.at(-1);
  return last !== undefined && lf(last.text) === lf(text) ? states : [...states, {text}];
}

// Every locale of a build runs the plugin again, in the same process (and
// Docusaurus may load the plugin module afresh for each): the git reading is
// kept on globalThis, per HEAD and file, so it is done once per build.
const CACHE_KEY = Symbol.for('policy-history.committedStates');
type Cache = Map<string, Promise<FileState[]>>;

/** `readCommittedStates`, read once per HEAD commit and file for the whole process. */
export function cachedCommittedStates(topLevel: string, head: string, file: string): Promise<FileState[]> {
  const holder = globalThis as {[CACHE_KEY]?: Cache};
  const cache = (holder[CACHE_KEY] ??= new Map());
  const key = `${head}\0${file}`;
  let states = cache.get(key);
  if (!states) {
    states = readCommittedStates(topLevel, file);
    cache.set(key, states);
  }
  return states;
}
