import {Parser} from 'htmlparser2';

/** The inline code of one HTML page that a Content-Security-Policy must allow. */
export interface InlineCode {
  /** Text of each `<script>` without `src` that the browser runs. */
  scripts: string[];
  /** Text of each `<style>` element. */
  styles: string[];
  /** Value of each `style="..."` attribute, entities decoded. */
  styleAttributes: string[];
}

// `type=application/ld+json` and other data blocks are not run, so CSP does
// not apply to them (HTML spec, "prepare the script element").
const SCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/**
 * Finds the inline scripts and styles of a page, exactly as the browser
 * hashes them: the raw text between the tags, not trimmed.
 */
export function collectInlineCode(html: string): InlineCode {
  const found: InlineCode = {scripts: [], styles: [], styleAttributes: []};
  let current: {kind: 'scripts' | 'styles'; text: string} | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes.style !== undefined) found.styleAttributes.push(attributes.style);
        const type = (attributes.type ?? '').trim().toLowerCase();
        if (name === 'script' && attributes.src === undefined && SCRIPT_TYPES.has(type)) {
          current = {kind: 'scripts', text: ''};
        } else if (name === 'style') {
          current = {kind: 'styles', text: ''};
        }
      },
      ontext(text) {
        if (current) current.text += text;
      },
      onclosetag(name) {
        if (current && (name === 'script' || name === 'style')) {
          found[current.kind].push(current.text);
          current = null;
        }
      },
    },
    {decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true},
  );
  parser.end(html);
  return found;
}
