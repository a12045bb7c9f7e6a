import type {DiffBlock, Inline, InlinePart} from '../types';

const OP = {equal: '  ', change: '~ ', insert: '+ ', delete: '- '} as const;

function part({text, marks}: InlinePart): string {
  return marks.reduceRight((inner, mark) => {
    switch (mark.type) {
      case 'strong':
        return `**${inner}**`;
      case 'emphasis':
        return `_${inner}_`;
      case 'strike':
        return `~~${inner}~~`;
      case 'code':
        return `\`${inner}\``;
      case 'link':
        return `[${inner}](${mark.url})`;
    }
  }, text);
}

/** Inline runs in git's word-diff notation: `[-deleted-]{+inserted+}`. */
export function formatInline(inline: Inline): string {
  return inline
    .map((run) => {
      const text = run.parts.map(part).join('');
      return run.op === 'delete' ? `[-${text}-]` : run.op === 'insert' ? `{+${text}+}` : text;
    })
    .join('');
}

/**
 * A diff as readable text for the fixtures' `expected.txt`: one line per
 * block, prefixed by its fate (`~` changed, `+` inserted, `-` deleted),
 * nested blocks indented.
 */
export function formatDiff(blocks: readonly DiffBlock[], indent = ''): string {
  return blocks
    .map((block) => {
      const head = `${indent}${OP[block.op]}`;
      switch (block.kind) {
        case 'heading':
          return `${head}${'#'.repeat(block.depth)} ${formatInline(block.inline)}`;
        case 'paragraph':
          return `${head}${formatInline(block.inline)}`;
        case 'code':
          return `${head}\`\`\`${block.lang ?? ''}\n${formatInline(block.inline)}\n${indent}  \`\`\``;
        case 'list':
          return [
            `${head}${block.ordered ? 'ordered list' : 'list'}`,
            ...block.items.map((item) =>
              [`${indent}  ${OP[item.op]}item`, formatDiff(item.children, `${indent}      `)].join('\n'),
            ),
          ].join('\n');
        case 'table':
          return [
            `${head}table`,
            ...block.rows.map((row) => `${indent}  ${OP[row.op]}| ${row.cells.map(formatInline).join(' | ')} |`),
          ].join('\n');
        case 'quote':
        case 'admonition':
        case 'component': {
          const label = block.kind === 'quote' ? 'quote' : block.kind === 'admonition' ? `:::${block.name} ${formatInline(block.title)}` : `<${block.name}>`;
          return [`${head}${label}`, formatDiff(block.children, `${indent}    `)].filter((l) => l.trim() !== '').join('\n');
        }
        case 'rule':
          return `${head}---`;
      }
    })
    .join('\n');
}
