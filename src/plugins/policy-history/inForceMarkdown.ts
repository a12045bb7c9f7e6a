import fs from 'node:fs/promises';
import path from 'node:path';
import type {Root} from 'mdast';
import type {Processor} from 'unified';
import type {ParseFrontMatter} from '@docusaurus/types';

import {readFrontMatter} from '../../shared/frontMatter';
import {readEffectiveDate} from './effectiveDate';
import {groupVersions} from './groupVersions';
import {pickTranslation, readTranslationStates} from './pickTranslation';
import {gitHistoryAvailability, readFileStates} from './readFileStates-git';

/** The text a page shows instead of its file's; `french` when it is the French text (no translation of the version in force). */
export interface ShownText {
  readonly text: string;
  readonly french: boolean;
}

/** Where the docs and their translations are, and which day it is. */
export interface InForceOptions {
  readonly siteDir: string;
  /** The French pages (`docs`). */
  readonly docsPath: string;
  /** The translations folder of each target locale (`i18n/en/docusaurus-plugin-content-docs/current`, ...), relative to the site. */
  readonly translationsPaths: readonly string[];
  /** YYYY-MM-DD (`readBuildDate`). */
  readonly today: string;
}

/**
 * While a newer version of a policy page is announced but not yet in force,
 * the page must show the version in force (issue 14). The docs plugin reads
 * `docs/privacy.md` as it is on disk, the newer text; these two hooks give it
 * the text in force instead, from git:
 * - `parseFrontMatter` (Docusaurus's `markdown.parseFrontMatter`): the front
 *   matter and content the docs plugin takes the title, description and
 *   excerpt from;
 * - `remarkPlugin` (the docs plugin's `beforeDefaultRemarkPlugins`): the
 *   body the MDX loader compiles (it compiles the file, not the content
 *   parseFrontMatter returns), so headings, table of contents and anchors
 *   are those of the text in force.
 * A translated page gets the translation of the version in force, or its
 * French text when there is none (`inForceFile` lets the provenance plugin
 * say so). Any other page, or when git has no history, is left as it is.
 */
export function inForceMarkdown(options: InForceOptions) {
  const docsDir = path.resolve(options.siteDir, options.docsPath);
  const translationDirs = options.translationsPaths.map((p) => path.resolve(options.siteDir, p));
  const cache = new Map<string, Promise<ShownText | undefined>>();

  /** The French file and, for a translation, its folder. */
  const locate = (filePath: string): {source: string; translation?: string} | undefined => {
    const file = path.resolve(filePath);
    if (file.startsWith(docsDir + path.sep)) return {source: file};
    const dir = translationDirs.find((d) => file.startsWith(d + path.sep));
    return dir === undefined ? undefined : {source: path.join(docsDir, path.relative(dir, file)), translation: file};
  };

  const compute = async (filePath: string): Promise<ShownText | undefined> => {
    const where = locate(filePath);
    if (!where) return undefined;
    let french: string;
    try {
      french = await fs.readFile(where.source, 'utf8');
    } catch {
      return undefined;
    }
    // Fast path, every page but one with an announced version: no git.
    const date = readEffectiveDate(readFrontMatter(french));
    if (!date.ok || date.date === undefined || date.date <= options.today) return undefined;
    const availability = await gitHistoryAvailability(options.siteDir);
    if (availability.kind === 'none') return undefined;
    const {versions} = groupVersions(await readFileStates(where.source, availability), where.source);
    const inForce = [...versions].reverse().find((v) => v.effectiveDate <= options.today);
    if (!inForce) return undefined; // nothing in force yet: the page shows its first version
    if (where.translation === undefined) return {text: inForce.text, french: true};
    const states = readTranslationStates(await readFileStates(where.translation, availability));
    const translation = pickTranslation(states, inForce);
    return translation ? {text: translation.text, french: false} : {text: inForce.text, french: true};
  };

  /**
   * The text in force of `filePath` when it differs from the file's, else
   * `undefined`. Cached per file and per modification time of the French
   * file and of `filePath` (`npm start` while editing).
   */
  const inForceText = async (filePath: string): Promise<ShownText | undefined> => {
    const file = path.resolve(filePath);
    const where = locate(file);
    if (!where) return undefined;
    const mtime = async (f: string) => (await fs.stat(f).catch(() => undefined))?.mtimeMs ?? 0;
    const key = `${file}\0${await mtime(where.source)}\0${await mtime(file)}`;
    let text = cache.get(key);
    if (!text) {
      text = compute(file);
      cache.set(key, text);
    }
    return text;
  };

  const parseFrontMatter: ParseFrontMatter = async (params) => {
    const text = await inForceText(params.filePath);
    return params.defaultParseFrontMatter({filePath: params.filePath, fileContent: text?.text ?? params.fileContent});
  };

  /** A remark plugin: replaces the tree of a page whose text in force is not the file's. */
  function remarkPlugin(this: Processor) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the processor parses the text in force with the page's own syntax
    const processor = this;
    return async (tree: Root, file: {path?: string}) => {
      if (!file.path) return;
      const text = await inForceText(file.path);
      if (text === undefined) return;
      tree.children = (processor.parse(text.text) as Root).children;
    };
  }

  return {inForceText, parseFrontMatter, remarkPlugin};
}

export type InForceMarkdown = ReturnType<typeof inForceMarkdown>;
