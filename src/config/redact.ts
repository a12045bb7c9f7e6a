/**
 * One redaction for everything the build, `npm run hosting`, `npm run
 * translate`, `npm run i18n:check` and the workflow commands print or write
 * (messages, JSON, report files, thrown errors): CI logs are often public,
 * and a provider or a gateway may echo a key back in an error body.
 *
 * Pure and free of Node imports: `src/` modules may end up in the browser
 * bundle.
 */

/** What stands in for a secret. */
export const REDACTED = '***';

/**
 * Values shorter than this are not treated as secrets: a variable such as
 * `FOO_KEY=1` would otherwise blank every "1" of a report. No real API key
 * or token is this short.
 */
export const MIN_SECRET_LENGTH = 6;

/** The variables the providers read their keys from, named even if their names ever stop matching the rule below. */
const KNOWN_SECRETS = new Set(['DEEPL_AUTH_KEY', 'OPENAI_API_KEY', 'LIBRETRANSLATE_API_KEY', 'GITHUB_TOKEN', 'GH_TOKEN']);

/** Whether the environment variable `name` holds a secret: the known keys, and any name ending in `_KEY`, `_TOKEN` or `_SECRET`. */
export function isSecretVariable(name: string): boolean {
  return KNOWN_SECRETS.has(name) || /_(?:KEY|TOKEN|SECRET)$/i.test(name);
}

// scheme://user:password@  or  scheme://user@  (also in a URL too broken to parse: a bad port, no host).
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"'<>`]+@/gi;

/** `text` with the user name and password of every URL in it shown as `***`. Pure. */
export function redactUrlCredentials(text: string): string {
  return text.replace(URL_CREDENTIALS, `$1${REDACTED}@`);
}

/** Replaces secrets in a text: see {@link createRedactor}. */
export type Redact = (text: string) => string;

/**
 * The redaction for a process with environment `env`: URL credentials as
 * `***`, and the value of every secret variable ({@link isSecretVariable})
 * replaced by `***` wherever it appears, as written or URL-encoded. Pure.
 */
export function createRedactor(env: Readonly<Record<string, string | undefined>>): Redact {
  const values = new Set<string>();
  for (const [name, value] of Object.entries(env)) {
    if (!value || !isSecretVariable(name)) continue;
    for (const form of [value, value.trim(), encodeURIComponent(value.trim())]) if (form.length >= MIN_SECRET_LENGTH) values.add(form);
  }
  // Longest first: a secret that contains another is replaced whole.
  const secrets = [...values].sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const secret of secrets) out = out.split(secret).join(REDACTED);
    return redactUrlCredentials(out);
  };
}

/** An error whose message (and stack) went through `redact`, for rethrowing. */
export function redactError(error: unknown, redact: Redact): Error {
  if (!(error instanceof Error)) return new Error(redact(String(error)));
  const redacted = new Error(redact(error.message));
  redacted.name = error.name;
  if (error.stack) redacted.stack = redact(error.stack);
  return redacted;
}
