import {existsSync} from 'node:fs';
import {relative} from 'node:path';

import {parse as parseYaml} from 'yaml';
import {z} from 'zod';

import {readText} from '../../../src/shared/readText';
import {EMPTY_GLOSSARY, type Glossary} from './glossary';

const schema = z
  .object({
    keep: z.array(z.string().min(1)).default([]),
    fixed: z.record(z.string().min(1), z.record(z.string(), z.string().min(1))).default({}),
  })
  .strict();

/**
 * Reads the glossary file (YAML): `keep:` terms never translated,
 * `fixed:` a term and its translation per locale. No file, no glossary.
 * Errors name the file and field and say what is expected.
 */
export function readGlossary(path: string, locales: readonly string[]): Glossary {
  if (!existsSync(path)) return EMPTY_GLOSSARY;
  const text = readText(path, relative(process.cwd(), path) || path);
  let data: unknown;
  try {
    data = parseYaml(text) ?? {};
  } catch (error) {
    throw new Error(`${path}: not valid YAML: ${(error as Error).message}`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(
      `${path}: ${issue?.path.join('.') || '(top level)'}: ${issue?.message}; expected "keep: [term, ...]" and "fixed: {term: {en: ..., de: ...}}"`,
    );
  }
  for (const [term, byLocale] of Object.entries(result.data.fixed)) {
    for (const locale of Object.keys(byLocale)) {
      if (!locales.includes(locale)) throw new Error(`${path}: fixed.${term}.${locale}: "${locale}" is not a target locale (${locales.join(', ')})`);
    }
  }
  return result.data;
}
