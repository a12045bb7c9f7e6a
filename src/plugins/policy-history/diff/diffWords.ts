import {longestCommonSubsequence} from './alignSequences';
import type {Token} from './toBlocks';
import type {Inline, InlinePart, InlineRun, RunOp} from './types';

/**
 * Word-level changes between two token lists: the longest common
 * subsequence of their words is kept, the rest deleted or inserted, deleted
 * words before inserted ones in each changed stretch. A lone space kept
 * between two changes joins them ("[-two words-]{+new words+}" rather than
 * alternating words). Pure.
 */
export function diffWords(a: readonly Token[], b: readonly Token[]): Inline {
  const pairs = longestCommonSubsequence(
    a.map((t) => t.key),
    b.map((t) => t.key),
  );
  type Step = {op: RunOp; token: Token};
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  for (const [ai, bj] of [...pairs, [a.length, b.length] as [number, number]]) {
    for (; i < ai; i++) steps.push({op: 'delete', token: a[i] as Token});
    for (; j < bj; j++) steps.push({op: 'insert', token: b[j] as Token});
    if (ai < a.length && bj < b.length) steps.push({op: 'equal', token: b[bj] as Token});
    i = ai + 1;
    j = bj + 1;
  }
  // A kept space between two changes: deleted and inserted, so the changes join.
  const joined: Step[] = [];
  steps.forEach((step, index) => {
    const isLoneSpace =
      step.op === 'equal' &&
      step.token.text === ' ' &&
      steps[index - 1] !== undefined &&
      steps[index - 1]?.op !== 'equal' &&
      steps[index + 1] !== undefined &&
      steps[index + 1]?.op !== 'equal';
    if (isLoneSpace) joined.push({op: 'delete', token: step.token}, {op: 'insert', token: step.token});
    else joined.push(step);
  });
  // Deleted before inserted in each changed stretch.
  const ordered: Step[] = [];
  for (let k = 0; k < joined.length; ) {
    if (joined[k]?.op === 'equal') {
      ordered.push(joined[k] as Step);
      k++;
      continue;
    }
    const stretch: Step[] = [];
    while (k < joined.length && joined[k]?.op !== 'equal') stretch.push(joined[k++] as Step);
    ordered.push(...stretch.filter((s) => s.op === 'delete'), ...stretch.filter((s) => s.op === 'insert'));
  }
  return toRuns(ordered);
}

/** Every token with one fate: a block inserted or deleted whole, or one that did not change. */
export function wholeRun(tokens: readonly Token[], op: RunOp): Inline {
  return toRuns(tokens.map((token) => ({op, token})));
}

function toRuns(steps: readonly {op: RunOp; token: Token}[]): InlineRun[] {
  const runs: {op: RunOp; parts: InlinePart[]}[] = [];
  for (const {op, token} of steps) {
    let run = runs.at(-1);
    if (run?.op !== op) {
      run = {op, parts: []};
      runs.push(run);
    }
    const part = run.parts.at(-1);
    if (part && JSON.stringify(part.marks) === JSON.stringify(token.marks)) {
      run.parts[run.parts.length - 1] = {text: part.text + token.text, marks: part.marks};
    } else {
      run.parts.push({text: token.text, marks: token.marks});
    }
  }
  return runs;
}
