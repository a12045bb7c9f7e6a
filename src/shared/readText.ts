import {existsSync, readFileSync} from 'node:fs';

/** A text file as read: its text without a byte-order mark, and whether it had one. */
export interface TextFile {
  text: string;
  bom: boolean;
}

const BOM = '\uFEFF';

/** A file that is not valid UTF-8: names it and the first bad byte. */
export class InvalidUtf8Error extends Error {
  override name = 'InvalidUtf8Error';
  constructor(
    readonly file: string,
    readonly offset: number,
  ) {
    super(`${file}: not valid UTF-8 at byte ${offset}; save the file as UTF-8 (most editors: "Save with encoding" / "Reopen with encoding", then UTF-8)`);
  }
}

/**
 * Decodes a file's bytes as UTF-8, refusing invalid bytes (Node's default
 * decoding would silently turn them into U+FFFD, which would then be
 * translated and published) with the file and the offset of the first bad
 * byte; a leading byte-order mark is taken out of the text (parsers and
 * segment offsets would otherwise be one character off) and reported in
 * `bom`, so a writer can put it back. `file` names the file in the error.
 */
export function decodeText(bytes: Uint8Array, file: string): TextFile {
  let text: string;
  try {
    text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes);
  } catch {
    throw new InvalidUtf8Error(file, firstInvalidByte(bytes));
  }
  return text.startsWith(BOM) ? {text: text.slice(1), bom: true} : {text, bom: false};
}

/** {@link decodeText} of the file at `path`; `file` (default `path`) names it in errors. */
export function readTextFile(path: string, file: string = path): TextFile {
  return decodeText(readFileSync(path), file);
}

/** The text of a file without its byte-order mark (see {@link decodeText}). */
export function readText(path: string, file: string = path): string {
  return readTextFile(path, file).text;
}

/**
 * A file's text (see {@link readText}), or undefined when it does not
 * exist; `file` names it in errors.
 */
export function readIfExists(path: string, file: string = path): string | undefined {
  return existsSync(path) ? readText(path, file) : undefined;
}

/** Like {@link readIfExists}, saying whether the file had a byte-order mark. */
export function readTextIfExists(path: string, file: string = path): TextFile | undefined {
  return existsSync(path) ? readTextFile(path, file) : undefined;
}

/** The offset of the first byte that does not start a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    // Overlong and surrogate forms are refused by the decoder too: check by decoding the one sequence.
    try {
      new TextDecoder('utf-8', {fatal: true}).decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length;
}
