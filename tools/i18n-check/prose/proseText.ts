import type {Nodes} from 'mdast';
import {visit} from 'unist-util-visit';

/**
 * The words of a node as a reader sees them: text and image alt text, not
 * code, math nor JSX (each leaves a space, as a tag does in the translate
 * command's plain text, so the two measure the same thing). Pure.
 */
export function proseText(node: Nodes): string {
  let text = '';
  visit(node, (n: Nodes) => {
    if (n.type === 'text') text += n.value;
    else if (n.type === 'image') text += n.alt ?? '';
    else if (n.type === 'break') text += ' ';
    else if (n.type === 'inlineCode' || n.type === 'inlineMath' || n.type.startsWith('mdx')) {
      text += ' ';
      return 'skip';
    }
    return undefined;
  });
  return text;
}
