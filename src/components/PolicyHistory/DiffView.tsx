import React, {Fragment, type ReactNode} from 'react';
import clsx from 'clsx';

import type {BlockOp, DiffBlock, Inline, InlinePart} from '@site/src/plugins/policy-history/diff/types';
import styles from './styles.module.css';

/** The words DiffView says, in the page's language (the page passes them, translated). */
export interface DiffLabels {
  /** Before inserted words, for screen readers and print: "Ajouté :". */
  readonly inserted: string;
  /** Before deleted words: "Supprimé :". */
  readonly deleted: string;
  /** In place of an interactive element of the page (`<AnalyticsOptOut />`). */
  component(name: string): string;
  /** After a link's text whose target changed: "lien vers /legal-notice". */
  linkTarget(url: string): string;
}

/**
 * The changes between two versions (`diffPages`), structure kept: headings,
 * paragraphs, lists, tables, quotes and admonitions as such, one level below
 * the page's title, with `<ins>`/`<del>` around the words that changed. Each
 * carries a text label, hidden on screen but read by screen readers and
 * printed, so nothing depends on colour: on screen, inserted words are also
 * underlined and deleted ones struck through. Pure rendering of build-time
 * data: the same HTML without JavaScript.
 */
export default function DiffView({blocks, labels}: {blocks: readonly DiffBlock[]; labels: DiffLabels}): ReactNode {
  // Top-level blocks get an id (`blockId`) so the page can link to each changed section.
  return blocks.map((block, index) => <Block key={index} block={block} labels={labels} id={blockId(index)} />);
}

/** The id of the top-level block at `index`, for links to it. */
export function blockId(index: number): string {
  return `diff-${index}`;
}

/**
 * The sections with changes: for each changed top-level block, the heading
 * it is under (itself if a heading), by index, in order, once each. The
 * page title (the first block) counts as a section of its own.
 */
export function changedSections(blocks: readonly DiffBlock[]): {index: number; title: string}[] {
  const sections: {index: number; title: string}[] = [];
  let current: {index: number; title: string} | undefined;
  blocks.forEach((block, index) => {
    if (block.kind === 'heading') {
      current = {index, title: block.inline.filter((r) => r.op !== 'delete').flatMap((r) => r.parts.map((p) => p.text)).join('')};
    }
    if (block.op !== 'equal' && current && sections.at(-1) !== current) sections.push(current);
  });
  return sections;
}

function Blocks({blocks, labels}: {blocks: readonly DiffBlock[]; labels: DiffLabels}): ReactNode {
  return blocks.map((block, index) => <Block key={index} block={block} labels={labels} />);
}

const blockClass = (op: BlockOp) => clsx(op === 'insert' && styles.insertedBlock, op === 'delete' && styles.deletedBlock);

function Block({block, labels, id}: {block: DiffBlock; labels: DiffLabels; id?: string}): ReactNode {
  const className = blockClass(block.op);
  switch (block.kind) {
    case 'heading': {
      const Tag = `h${Math.min(block.depth + 1, 6)}` as 'h2';
      return (
        <Tag id={id} className={className || undefined}>
          <Runs inline={block.inline} labels={labels} />
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p className={className || undefined}>
          <Runs inline={block.inline} labels={labels} />
        </p>
      );
    case 'code':
      return (
        <pre className={className || undefined}>
          <code>
            <Runs inline={block.inline} labels={labels} />
          </code>
        </pre>
      );
    case 'list': {
      const items = block.items.map((item, index) => (
        <li key={index} className={blockClass(item.op) || undefined}>
          {item.checked !== undefined && <span aria-hidden="true">{item.checked ? '☑ ' : '☐ '}</span>}
          <Blocks blocks={item.children} labels={labels} />
        </li>
      ));
      return block.ordered ? (
        <ol className={className || undefined} start={block.start}>
          {items}
        </ol>
      ) : (
        <ul className={className || undefined}>{items}</ul>
      );
    }
    case 'table': {
      const header = block.rows.filter((row) => row.header);
      const body = block.rows.filter((row) => !row.header);
      const row = (r: (typeof block.rows)[number], index: number) => {
        const Cell = r.header ? 'th' : 'td';
        return (
          <tr key={index} className={blockClass(r.op) || undefined}>
            {r.cells.map((cell, k) => (
              <Cell key={k}>
                <Runs inline={cell} labels={labels} />
              </Cell>
            ))}
          </tr>
        );
      };
      return (
        <table className={className || undefined}>
          {header.length > 0 && <thead>{header.map(row)}</thead>}
          <tbody>{body.map(row)}</tbody>
        </table>
      );
    }
    case 'quote':
      return (
        <blockquote className={className || undefined}>
          <Blocks blocks={block.children} labels={labels} />
        </blockquote>
      );
    case 'admonition':
      return (
        <div className={clsx(styles.admonition, className)}>
          {block.title.length > 0 && (
            <p className={styles.admonitionTitle}>
              <Runs inline={block.title} labels={labels} />
            </p>
          )}
          <Blocks blocks={block.children} labels={labels} />
        </div>
      );
    case 'component': {
      const text = labels.component(block.name);
      const placeholder =
        block.op === 'insert' ? (
          <Mark op="insert" labels={labels}>{text}</Mark>
        ) : block.op === 'delete' ? (
          <Mark op="delete" labels={labels}>{text}</Mark>
        ) : (
          text
        );
      return (
        <div className={clsx(styles.component, className)}>
          <p>
            <em>{placeholder}</em>
          </p>
          <Blocks blocks={block.children} labels={labels} />
        </div>
      );
    }
    case 'rule':
      return <hr className={className || undefined} />;
  }
}

function Mark({op, labels, children}: {op: 'insert' | 'delete'; labels: DiffLabels; children: ReactNode}): ReactNode {
  const Tag = op === 'insert' ? 'ins' : 'del';
  return (
    <Tag className={op === 'insert' ? styles.ins : styles.del}>
      <span className={styles.label}>[{op === 'insert' ? labels.inserted : labels.deleted} </span>
      {children}
      <span className={styles.label}>]</span>
    </Tag>
  );
}

function Runs({inline, labels}: {inline: Inline; labels: DiffLabels}): ReactNode {
  return inline.map((run, index) => {
    const parts = run.parts.map((part, k) => <Part key={k} part={part} labels={labels} showTarget={run.op !== 'equal'} />);
    return run.op === 'equal' ? (
      <Fragment key={index}>{parts}</Fragment>
    ) : (
      <Mark key={index} op={run.op} labels={labels}>
        {parts}
      </Mark>
    );
  });
}

function Part({part, labels, showTarget}: {part: InlinePart; labels: DiffLabels; showTarget: boolean}): ReactNode {
  let node: ReactNode = part.text;
  let target: string | undefined;
  for (const mark of [...part.marks].reverse()) {
    switch (mark.type) {
      case 'strong':
        node = <strong>{node}</strong>;
        break;
      case 'emphasis':
        node = <em>{node}</em>;
        break;
      case 'strike':
        node = <s>{node}</s>;
        break;
      case 'code':
        node = <code>{node}</code>;
        break;
      case 'link':
        // A plain <a>, not <Link>: an old version may point at a page or an
        // anchor that is gone since, and history cannot be edited, so these
        // links are kept out of the build's broken-link check.
        node = <a href={mark.url}>{node}</a>;
        target = mark.url;
        break;
    }
  }
  return (
    <>
      {node}
      {showTarget && target !== undefined && part.text.trim() !== '' && (
        <span className={styles.linkTarget}> ({labels.linkTarget(target)})</span>
      )}
    </>
  );
}
