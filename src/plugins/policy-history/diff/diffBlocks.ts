import {alignSequences} from './alignSequences';
import {diffWords, wholeRun} from './diffWords';
import type {SourceBlock, SourceItem, SourceRow, Token} from './toBlocks';
import type {BlockOp, DiffBlock, DiffListItem, DiffTableRow, Inline, RunOp} from './types';

/**
 * The changes between two versions' blocks (`toBlocks`), structure kept:
 * blocks are aligned (`alignSequences`), a changed block is diffed inside
 * (words of a paragraph or heading, items of a list, rows and cells of a
 * table, blocks of a quote), an added or removed block is marked whole.
 * Pure.
 */
export function diffBlocks(a: readonly SourceBlock[], b: readonly SourceBlock[]): DiffBlock[] {
  return alignSequences(a, b, {key: blockKey, kind: blockKind, similarity: (x, y) => similarity(words(x), words(y))}).map(
    (step) => {
      switch (step.op) {
        case 'equal':
          return mark(step.b, 'equal');
        case 'delete':
          return mark(step.a, 'delete');
        case 'insert':
          return mark(step.b, 'insert');
        case 'change':
          return change(step.a, step.b);
      }
    },
  );
}

/** A block with one fate throughout. */
function mark(block: SourceBlock, op: BlockOp): DiffBlock {
  const run: RunOp = op === 'delete' ? 'delete' : op === 'insert' ? 'insert' : 'equal';
  switch (block.kind) {
    case 'heading':
      return {kind: 'heading', op, depth: block.depth, inline: wholeRun(block.tokens, run)};
    case 'paragraph':
      return {kind: 'paragraph', op, inline: wholeRun(block.tokens, run)};
    case 'code':
      return {kind: 'code', op, ...(block.lang ? {lang: block.lang} : {}), inline: wholeRun(block.tokens, run)};
    case 'list':
      return {...listShape(block), op, items: block.items.map((item) => markItem(item, op))};
    case 'table':
      return {kind: 'table', op, rows: block.rows.map((row) => markRow(row, op))};
    case 'quote':
      return {kind: 'quote', op, children: block.children.map((c) => mark(c, op))};
    case 'admonition':
      return {kind: 'admonition', op, name: block.name, title: wholeRun(block.title, run), children: block.children.map((c) => mark(c, op))};
    case 'component':
      return {kind: 'component', op, name: block.name, children: block.children.map((c) => mark(c, op))};
    case 'rule':
      return {kind: 'rule', op};
  }
}

function change(a: SourceBlock, b: SourceBlock): DiffBlock {
  if (a.kind === 'heading' && b.kind === 'heading') return {kind: 'heading', op: 'change', depth: b.depth, inline: diffWords(a.tokens, b.tokens)};
  if (a.kind === 'paragraph' && b.kind === 'paragraph') return {kind: 'paragraph', op: 'change', inline: diffWords(a.tokens, b.tokens)};
  if (a.kind === 'code' && b.kind === 'code') return {kind: 'code', op: 'change', ...(b.lang ? {lang: b.lang} : {}), inline: diffWords(a.tokens, b.tokens)};
  if (a.kind === 'list' && b.kind === 'list') return {...listShape(b), op: 'change', items: diffItems(a.items, b.items)};
  if (a.kind === 'table' && b.kind === 'table') return {kind: 'table', op: 'change', rows: diffRows(a.rows, b.rows)};
  if (a.kind === 'quote' && b.kind === 'quote') return {kind: 'quote', op: 'change', children: diffBlocks(a.children, b.children)};
  if (a.kind === 'admonition' && b.kind === 'admonition') {
    return {kind: 'admonition', op: 'change', name: b.name, title: diffWords(a.title, b.title), children: diffBlocks(a.children, b.children)};
  }
  if (a.kind === 'component' && b.kind === 'component') {
    return {kind: 'component', op: 'change', name: b.name, children: diffBlocks(a.children, b.children)};
  }
  return mark(b, 'equal'); // rules: nothing inside
}

function listShape(block: Extract<SourceBlock, {kind: 'list'}>) {
  return {kind: 'list' as const, ordered: block.ordered, ...(block.start === undefined ? {} : {start: block.start})};
}

function markItem(item: SourceItem, op: BlockOp): DiffListItem {
  return {op, ...(item.checked === undefined ? {} : {checked: item.checked}), children: item.children.map((c) => mark(c, op))};
}

function diffItems(a: readonly SourceItem[], b: readonly SourceItem[]): DiffListItem[] {
  const itemWords = (item: SourceItem) => item.children.flatMap(words);
  return alignSequences(a, b, {
    key: (item) => item.children.map(blockKey).join('\u0001'),
    kind: () => 'item',
    similarity: (x, y) => similarity(itemWords(x), itemWords(y)),
  }).map((step) => {
    switch (step.op) {
      case 'equal':
        return markItem(step.b, 'equal');
      case 'delete':
        return markItem(step.a, 'delete');
      case 'insert':
        return markItem(step.b, 'insert');
      case 'change':
        return {op: 'change', ...(step.b.checked === undefined ? {} : {checked: step.b.checked}), children: diffBlocks(step.a.children, step.b.children)};
    }
  });
}

function markRow(row: SourceRow, op: BlockOp): DiffTableRow {
  const run: RunOp = op === 'delete' ? 'delete' : op === 'insert' ? 'insert' : 'equal';
  return {op, header: row.header, cells: row.cells.map((cell) => wholeRun(cell, run))};
}

function diffRows(a: readonly SourceRow[], b: readonly SourceRow[]): DiffTableRow[] {
  const rowWords = (row: SourceRow) => row.cells.flatMap(tokenWords);
  return alignSequences(a, b, {
    key: (row) => `${row.header}\u0001${row.cells.map(tokensKey).join('\u0001')}`,
    // Rows of another shape are not compared cell by cell.
    kind: (row) => `${row.header}:${row.cells.length}`,
    similarity: (x, y) => similarity(rowWords(x), rowWords(y)),
  }).flatMap((step): DiffTableRow[] => {
    switch (step.op) {
      case 'equal':
        return [markRow(step.b, 'equal')];
      case 'delete':
        return [markRow(step.a, 'delete')];
      case 'insert':
        return [markRow(step.b, 'insert')];
      case 'change':
        return [{op: 'change', header: step.b.header, cells: step.b.cells.map((cell, k) => diffWords(step.a.cells[k] ?? [], cell))}];
    }
  });
}

function tokensKey(tokens: readonly Token[]): string {
  return tokens.map((t) => t.key).join('\u0002');
}

/** Same kind and same content, formatting and link targets included. */
function blockKey(block: SourceBlock): string {
  switch (block.kind) {
    case 'heading':
      return `h${block.depth}\u0001${tokensKey(block.tokens)}`;
    case 'paragraph':
    case 'code':
      return `${block.kind}\u0001${tokensKey(block.tokens)}`;
    case 'list':
      return `list:${block.ordered}\u0001${block.items.map((i) => `${i.checked}:${i.children.map(blockKey).join('\u0003')}`).join('\u0004')}`;
    case 'table':
      return `table\u0001${block.rows.map((r) => r.cells.map(tokensKey).join('\u0003')).join('\u0004')}`;
    case 'quote':
      return `quote\u0001${block.children.map(blockKey).join('\u0004')}`;
    case 'admonition':
      return `admonition:${block.name}\u0001${tokensKey(block.title)}\u0001${block.children.map(blockKey).join('\u0004')}`;
    case 'component':
      return `component:${block.name}\u0001${block.children.map(blockKey).join('\u0004')}`;
    case 'rule':
      return 'rule';
  }
}

/** What may be paired as "changed": headings of any level, lists of the same kind, ... */
function blockKind(block: SourceBlock): string {
  if (block.kind === 'list') return `list:${block.ordered}`;
  if (block.kind === 'admonition' || block.kind === 'component') return `${block.kind}:${block.name}`;
  return block.kind;
}

function tokenWords(tokens: readonly Token[]): string[] {
  return tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text)).map((t) => t.text.toLowerCase());
}

function words(block: SourceBlock): string[] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
    case 'code':
      return tokenWords(block.tokens);
    case 'list':
      return block.items.flatMap((i) => i.children.flatMap(words));
    case 'table':
      return block.rows.flatMap((r) => r.cells.flatMap(tokenWords));
    case 'admonition':
      return [...tokenWords(block.title), ...block.children.flatMap(words)];
    case 'quote':
    case 'component':
      return block.children.flatMap(words);
    case 'rule':
      return [];
  }
}

/** Dice coefficient of two bags of words: 1 for the same words, 0 for none in common. */
export function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/** Whether anything changed at all. */
export function hasChanges(blocks: readonly DiffBlock[]): boolean {
  return blocks.some((block) => block.op !== 'equal');
}

export type {Inline};
