/**
 * The changes between two versions of a page, as the changes page renders
 * them: the page's block structure (headings, paragraphs, lists, tables,
 * quotes, admonitions) with word-level runs inside. Plain JSON: computed at
 * build time, rendered by `src/components/PolicyHistory/DiffView.tsx`.
 */

/** What happened to a run of words. */
export type RunOp = 'equal' | 'insert' | 'delete';
/** What happened to a block: `change` means it is in both versions, with runs inserted or deleted inside. */
export type BlockOp = 'equal' | 'change' | 'insert' | 'delete';

/** Inline formatting a word carries. A link's target is part of it: a changed target is a change. */
export type Mark =
  | {readonly type: 'strong' | 'emphasis' | 'strike' | 'code'}
  | {readonly type: 'link'; readonly url: string};

/** Words with the same formatting, inside a run. */
export interface InlinePart {
  readonly text: string;
  readonly marks: readonly Mark[];
}

/** Consecutive words with the same fate. */
export interface InlineRun {
  readonly op: RunOp;
  readonly parts: readonly InlinePart[];
}

export type Inline = readonly InlineRun[];

export interface DiffListItem {
  readonly op: BlockOp;
  readonly checked?: boolean;
  readonly children: readonly DiffBlock[];
}

export interface DiffTableRow {
  readonly op: BlockOp;
  readonly header: boolean;
  readonly cells: readonly Inline[];
}

export type DiffBlock =
  | {readonly kind: 'heading'; readonly op: BlockOp; readonly depth: number; readonly inline: Inline}
  | {readonly kind: 'paragraph'; readonly op: BlockOp; readonly inline: Inline}
  | {readonly kind: 'code'; readonly op: BlockOp; readonly lang?: string; readonly inline: Inline}
  | {readonly kind: 'list'; readonly op: BlockOp; readonly ordered: boolean; readonly start?: number; readonly items: readonly DiffListItem[]}
  | {readonly kind: 'table'; readonly op: BlockOp; readonly rows: readonly DiffTableRow[]}
  | {readonly kind: 'quote'; readonly op: BlockOp; readonly children: readonly DiffBlock[]}
  | {readonly kind: 'admonition'; readonly op: BlockOp; readonly name: string; readonly title: Inline; readonly children: readonly DiffBlock[]}
  | {readonly kind: 'component'; readonly op: BlockOp; readonly name: string; readonly children: readonly DiffBlock[]}
  | {readonly kind: 'rule'; readonly op: BlockOp};
