import {createHash} from 'node:crypto';

/**
 * Fingerprint of a French source file: SHA-256 of its text with line
 * endings normalised (a CRLF checkout must not make every page stale) and
 * without a leading byte-order mark (an editor adding one changes no
 * word), first 16 hex digits. Pure: the caller reads the file.
 */
export function sourceHash(text: string): string {
  return createHash('sha256').update(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), 'utf8').digest('hex').slice(0, 16);
}
