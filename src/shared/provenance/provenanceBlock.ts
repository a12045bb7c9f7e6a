import type {Provenance} from './provenanceSchema';
import {FRONT_MATTER} from '../frontMatter';
import {sourceHash} from '../sourceHash';

/**
 * Removes the `translation:` block (the key and its indented lines) from a
 * page's front matter, leaving every other byte. Pure.
 */
export function stripProvenance(text: string): string {
  const match = FRONT_MATTER.exec(text);
  if (!match) return text;
  const lines = text.slice(0, match[0].length).split(/(?<=\n)/);
  const kept: string[] = [];
  let inBlock = false;
  for (const line of lines) {
    if (/^translation:/.test(line)) inBlock = true;
    else if (inBlock && !/^[ \t]/.test(line)) inBlock = false;
    if (!inBlock) kept.push(line);
  }
  return kept.join('') + text.slice(match[0].length);
}

/**
 * `output_hash`: sourceHash of the translated file as written, without its
 * `translation:` block. A machine page whose current text no longer gives
 * this hash was edited by a person after it was generated.
 */
export function outputHash(text: string): string {
  return sourceHash(stripProvenance(text));
}

/**
 * Writes the provenance block as the last key of the front matter (adding a
 * front matter when the page has none), in the file's line-ending style,
 * with `output_hash` computed on the result. Hashes are quoted: unquoted,
 * `97039041016869e2` would read back as a float. Pure.
 */
export function withProvenance(text: string, provenance: Omit<Provenance, 'output_hash'>): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const insert = (hash: string) => {
    const fields: Record<string, string | undefined> = {...provenance, output_hash: hash};
    const block = ['translation:', ...Object.entries(fields).filter(([, v]) => v !== undefined).map(([k, v]) => `  ${k}: ${/_hash$/.test(k) ? `"${v}"` : v}`)]
      .map((line) => line + eol)
      .join('');
    const match = FRONT_MATTER.exec(text);
    if (!match) return `---${eol}${block}---${eol}${text}`;
    const closing = match[0].lastIndexOf('---');
    return text.slice(0, closing) + block + text.slice(closing);
  };
  return insert(outputHash(insert('0000000000000000')));
}
