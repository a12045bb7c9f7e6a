import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import {sourceHash} from '../../../shared/sourceHash';
import {groupVersions} from '../groupVersions';
import {pickTranslation, readTranslationStates} from '../pickTranslation';
import {gitHistoryAvailability, readCommittedStates, readFileStates} from '../readFileStates-git';
import {versionTimeline} from '../versionTimeline';
import {createTestRepository, policyPage, translatedPage, type TestRepository} from './gitRepository';

// A repository made by the test (issue 14): three versions with typo fixes
// between them, translations of two of them, the last one dated after the
// build's day.
const FR = 'docs/privacy.md';
const EN = 'i18n/en/docusaurus-plugin-content-docs/current/privacy.md';
const TODAY = '2026-01-15';
const v1 = policyPage('2025-01-15', 'Conservées 25 moi.');
const v1fixed = policyPage('2025-01-15', 'Conservées 25 mois.');
const v2 = policyPage('2025-07-01', 'Conservées 13 mois.', 'Durée réduite.');
const v2fixed = policyPage('2025-07-01', 'Conservées 13 mois, pas plus.', 'Durée réduite.');
const v3 = policyPage('2026-03-01', 'Conservées 13 mois, pas plus. Sous-traitants européens.');

let repo: TestRepository;
const commits: Record<string, string> = {};

beforeAll(() => {
  repo = createTestRepository();
  commits.before = repo.commit({[FR]: policyPage(undefined, 'Avant les versions.')}, '2024-06-01T10:00:00Z');
  commits.v1 = repo.commit({[FR]: v1}, '2025-01-10T10:00:00Z');
  commits.v1fix = repo.commit({[FR]: v1fixed}, '2025-01-11T10:00:00Z');
  commits.en1 = repo.commit({[EN]: translatedPage(sourceHash(v1fixed), 'Kept 25 months.')}, '2025-01-12T10:00:00Z');
  commits.v2 = repo.commit({[FR]: v2}, '2025-06-01T10:00:00Z');
  // Translated before the typo fix: made from an earlier state of version 2.
  commits.en2 = repo.commit({[EN]: translatedPage(sourceHash(v2), 'Kept 13 months.', 'Shorter.')}, '2025-06-02T10:00:00Z');
  commits.v2fix = repo.commit({[FR]: v2fixed}, '2025-06-03T10:00:00Z');
  commits.v3 = repo.commit({[FR]: v3}, '2025-12-01T10:00:00Z');
});

afterAll(() => repo.remove());

async function frenchVersions() {
  const availability = await gitHistoryAvailability(repo.dir);
  const states = await readFileStates(path.join(repo.dir, FR), availability);
  return groupVersions(states, FR);
}

describe('the version list of a page', () => {
  it('starts a version at each new effective_date; typo fixes amend it, the last text wins', async () => {
    const {versions, warnings} = await frenchVersions();
    expect(warnings).toEqual([]);
    expect(versions.map((v) => [v.effectiveDate, v.text, v.firstCommit, v.lastCommit])).toEqual([
      ['2025-01-15', v1fixed, commits.v1, commits.v1fix],
      ['2025-07-01', v2fixed, commits.v2, commits.v2fix],
      ['2026-03-01', v3, commits.v3, commits.v3],
    ]);
    expect(versions.map((v) => v.changeSummary)).toEqual([undefined, 'Durée réduite.', undefined]);
    expect(versions[1]?.sourceHashes).toEqual([sourceHash(v2), sourceHash(v2fixed)]);
    expect(versions[0]?.publishedAt).toBe(Date.parse('2025-01-10T10:00:00Z'));
    expect(versions[0]?.updatedAt).toBe(Date.parse('2025-01-11T10:00:00Z'));
  });

  it('places them on the build day: archived, current, upcoming, with their periods', async () => {
    const {versions} = await frenchVersions();
    expect(versionTimeline(versions, TODAY).map((t) => [t.version.effectiveDate, t.status, t.until, t.previous?.effectiveDate])).toEqual([
      ['2025-01-15', 'archived', '2025-06-30', undefined],
      ['2025-07-01', 'current', '2026-02-28', '2025-01-15'],
      ['2026-03-01', 'upcoming', undefined, '2025-07-01'],
    ]);
    // On its day, the announced version is in force.
    expect(versionTimeline(versions, '2026-03-01').map((t) => t.status)).toEqual(['archived', 'archived', 'current']);
    // Before any: no version in force.
    expect(versionTimeline(versions, '2024-12-31').map((t) => t.status)).toEqual(['upcoming', 'upcoming', 'upcoming']);
  });

  it('finds each version’s translation by source_hash: exact, made before a typo fix (stale), or none', async () => {
    const {versions} = await frenchVersions();
    const availability = await gitHistoryAvailability(repo.dir);
    const states = readTranslationStates(await readFileStates(path.join(repo.dir, EN), availability));
    const found = versions.map((v) => pickTranslation(states, v));
    expect(found.map((t) => t?.status)).toEqual(['machine', 'stale', undefined]);
    expect(found[0]?.text).toContain('Kept 25 months.');
    expect(found[1]?.text).toContain('Kept 13 months.');
  });

  it('adds the working tree’s text as the newest state when it differs from the last commit', async () => {
    const edited = policyPage('2026-03-01', 'Texte en cours de rédaction.');
    fs.writeFileSync(path.join(repo.dir, FR), edited);
    try {
      const {versions} = await frenchVersions();
      expect(versions.at(-1)?.text).toBe(edited);
      expect(versions.at(-1)?.lastCommit).toBe(commits.v3);
    } finally {
      fs.writeFileSync(path.join(repo.dir, FR), v3);
    }
  });

  it('follows a renamed file, and along the first parent only (a merged branch’s commits are not versions)', async () => {
    const other = createTestRepository();
    try {
      other.commit({'docs/old.md': policyPage('2025-01-01', 'Un.')}, '2025-01-01T10:00:00Z');
      other.git('checkout', '--quiet', '-b', 'edit');
      other.commit({'docs/old.md': policyPage('2025-02-01', 'Brouillon.')}, '2025-01-20T10:00:00Z');
      other.commit({'docs/old.md': policyPage('2025-03-01', 'Deux.')}, '2025-01-21T10:00:00Z');
      other.git('checkout', '--quiet', 'main');
      execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', 'merge', '--quiet', '--no-ff', 'edit', '-m', 'merge'], {cwd: other.dir});
      other.git('mv', 'docs/old.md', 'docs/new.md');
      other.commit({}, '2025-04-01T10:00:00Z', 'rename');
      const states = await readCommittedStates(other.dir, path.join(other.dir, 'docs/new.md'));
      const {versions} = groupVersions(states, 'docs/new.md');
      expect(versions.map((v) => v.effectiveDate)).toEqual(['2025-01-01', '2025-03-01']);
    } finally {
      other.remove();
    }
  });

  it('says when git cannot give the history: a shallow clone, a folder outside git', async () => {
    const shallow = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-history-shallow-'));
    const plain = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-history-plain-'));
    try {
      execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${repo.dir}`, shallow]);
      expect(await gitHistoryAvailability(shallow)).toEqual({kind: 'none', reason: 'shallow'});
      expect(await gitHistoryAvailability(plain)).toEqual({kind: 'none', reason: 'not-git'});
      // Only the current version, from the file itself.
      fs.mkdirSync(path.join(plain, 'docs'));
      fs.writeFileSync(path.join(plain, FR), v3);
      const states = await readFileStates(path.join(plain, FR), {kind: 'none', reason: 'not-git'});
      expect(groupVersions(states, FR).versions.map((v) => v.effectiveDate)).toEqual(['2026-03-01']);
    } finally {
      fs.rmSync(shallow, {recursive: true, force: true});
      fs.rmSync(plain, {recursive: true, force: true});
    }
  });
});

describe('odd histories never stop the build', () => {
  const state = (text: string, commit: string) => ({text, commit, committedAt: 0});

  it('skips a state whose date is not a real day, and says which commit', () => {
    const {versions, warnings} = groupVersions(
      [state(policyPage('2025-01-15', 'Un.'), 'aaaaaaaaaaaa'), state(policyPage('2025-02-30', 'Deux.'), 'bbbbbbbbbbbb')],
      FR,
    );
    expect(versions.map((v) => v.effectiveDate)).toEqual(['2025-01-15']);
    expect(warnings).toEqual([
      'docs/privacy.md in commit bbbbbbbbbb: effective_date: "2025-02-30" is not a date; write the day the version takes effect as YYYY-MM-DD, e.g. effective_date: 2026-11-29; that state is not part of any version',
    ]);
  });

  it('reads a date moved back as a correction of the version’s date', () => {
    const {versions, warnings} = groupVersions(
      [
        state(policyPage('2025-01-15', 'Un.'), 'aaaaaaaaaaaa'),
        state(policyPage('2025-08-01', 'Deux.'), 'bbbbbbbbbbbb'),
        state(policyPage('2025-07-01', 'Deux.'), 'cccccccccccc'),
      ],
      FR,
    );
    expect(versions.map((v) => [v.effectiveDate, v.firstCommit])).toEqual([
      ['2025-01-15', 'aaaaaaaaaaaa'],
      ['2025-07-01', 'bbbbbbbbbbbb'],
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("effective_date 2025-07-01 is not after the previous version's (2025-08-01); read as a correction");
  });
});
