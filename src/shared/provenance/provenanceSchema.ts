// Namespace import: Docusaurus loads plugins through jiti, whose CJS interop
// finds no named `z` export in zod's CommonJS build.
import * as z from 'zod';

/**
 * Provenance of a translated page, kept in its front matter under the
 * `translation` key, e.g.
 *
 * ```yaml
 * translation:
 *   status: machine        # machine | reviewed
 *   engine: deepl          # deepl | openai:<model> | libretranslate | human | ...
 *   date: 2026-11-29       # when the text was produced (or reviewed)
 *   source_hash: "3f2a9c0d1e4b5a6f"   # sourceHash() of the French file it was made from
 *   output_hash: "9a8b7c6d5e4f3a2b"   # sourceHash() of the file as written, without this block
 *   reviewed_by: Jeanne Dupont      # only with status: reviewed
 * ```
 *
 * `source_hash` is what makes a stale translation visible; `output_hash`
 * lets the translate command tell a page edited by hand since it was
 * generated (its body no longer matches) and leave it alone.
 */
export const PROVENANCE_KEY = 'translation';

const HASH = /^[0-9a-f]{16}$/;
// Quoted in YAML: unquoted, `97039041016869e2` reads as a float and an
// all-digit hash loses its leading zeros, so a number here can't be trusted.
const hash = () =>
  z
    .string({error: 'must be 16 hex digits in quotes, e.g. "0123456789abcdef" (unquoted, YAML reads it as a number)'})
    .regex(HASH, {message: 'must be 16 lowercase hex digits'});
const ENGINE = /^(human|deepl|libretranslate|identity|openai:[\w.:/-]+|[a-z][\w-]*(:[\w.:/-]+)?)$/;

export const provenanceSchema = z
  .object({
    status: z.enum(['machine', 'reviewed'], {
      error: 'must be "machine" (produced by a translation engine) or "reviewed" (checked by a person)',
    }),
    engine: z.string().regex(ENGINE, {
      message: 'must name the engine: deepl, openai:<model>, libretranslate, human, ...',
    }),
    date: z
      .union([z.string(), z.date()])
      .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d))
      .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, {message: 'must be a date, YYYY-MM-DD'})),
    source_hash: hash(),
    output_hash: hash().optional(),
    reviewed_by: z.string().min(1).optional(),
  })
  .strict();

export type Provenance = z.infer<typeof provenanceSchema>;

export type ProvenanceResult =
  | {ok: true; provenance: Provenance}
  | {ok: false; errors: string[]};

/**
 * Validates the `translation` front-matter value of a translated file.
 * Errors name the field and quote the value, e.g.
 * `translation.status: "machin" must be "machine" (...) or "reviewed" (...)`.
 */
export function parseProvenance(value: unknown): ProvenanceResult {
  if (value === undefined) {
    return {ok: false, errors: [`${PROVENANCE_KEY}: missing; a translation made another way gets it with "npm run translate -- --adopt" (from its git history), a new one with "npm run translate"`]};
  }
  const result = provenanceSchema.safeParse(value);
  if (result.success) return {ok: true, provenance: result.data};
  return {
    ok: false,
    errors: result.error.issues.map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        const allowed = Object.keys(provenanceSchema.shape).join(', ');
        return `${PROVENANCE_KEY}: unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}; the fields are ${allowed}`;
      }
      const field = [PROVENANCE_KEY, ...issue.path.map(String)].join('.');
      const bad = issue.path.reduce<unknown>(
        (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined),
        value,
      );
      const quoted = bad === undefined ? 'missing' : JSON.stringify(bad);
      return `${field}: ${quoted} ${issue.message}`;
    }),
  };
}
