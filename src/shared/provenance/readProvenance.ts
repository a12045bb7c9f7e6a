import {parseFrontMatter} from '../frontMatter';
import {parseProvenance, PROVENANCE_KEY, type Provenance} from './provenanceSchema';

/**
 * What a translated page's front matter says of its provenance:
 * - `ok`: a valid `translation:` block;
 * - `absent`: no `translation:` key (a page translated another way, or by hand);
 * - `invalid`: the block is there but a field is wrong (`errors` name each one);
 * - `yaml`: the front matter itself is not valid YAML (`errors` say where).
 *
 * `line` is the file line of the `translation:` key (1 when unknown).
 */
export type ProvenanceReading =
  | {ok: true; provenance: Provenance; line: number}
  | {ok: false; reason: 'absent' | 'invalid' | 'yaml'; errors: string[]; line: number};

/**
 * Reads and validates the `translation:` block of a translated page's
 * text: the one reader the build, `i18n:check` and `translate` share, with
 * one YAML setting (`parseFrontMatter`). Pure; never throws.
 */
export function readProvenance(text: string): ProvenanceReading {
  const front = parseFrontMatter(text);
  if (front.errors.length > 0) {
    return {
      ok: false,
      reason: 'yaml',
      errors: front.errors.map((e) => `front matter is not valid YAML: ${e.message} (line ${e.line}, column ${e.column})`),
      line: front.errors[0]?.line ?? 1,
    };
  }
  const line = front.keyLines.get(PROVENANCE_KEY) ?? 1;
  const value = front.data[PROVENANCE_KEY];
  const result = parseProvenance(value);
  if (result.ok) return {ok: true, provenance: result.provenance, line};
  return {ok: false, reason: value === undefined ? 'absent' : 'invalid', errors: result.errors, line};
}
