import type { Node as PMNode } from '@tiptap/pm/model';
import { AddMarkStep, AddNodeMarkStep, AttrStep, RemoveMarkStep, RemoveNodeMarkStep, type Step, type Transform } from '@tiptap/pm/transform';

/** A span of the final document that some step wrote to (empty where content was only deleted). */
export interface ChangedRange {
  from: number;
  to: number;
}

/**
 * Where one step changed the document it produced. Replace steps say so in their step map;
 * mark and attribute steps move nothing, so their map is empty and their own positions say it.
 */
function stepRanges(step: Step, docAfter: PMNode): ChangedRange[] {
  const ranges: ChangedRange[] = [];
  step.getMap().forEach((_oldFrom, _oldTo, from, to) => ranges.push({ from, to }));
  if (ranges.length > 0) return ranges;
  if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) return [{ from: step.from, to: step.to }];
  if (step instanceof AttrStep || step instanceof AddNodeMarkStep || step instanceof RemoveNodeMarkStep) {
    return [{ from: step.pos, to: step.pos + (docAfter.nodeAt(step.pos)?.nodeSize ?? 0) }];
  }
  // A step of another kind (a document attribute, a plugin's own step) that maps nothing:
  // it may have changed anything, so everything is looked at again.
  return [{ from: 0, to: docAfter.content.size }];
}

/** Sorts ranges and joins those that overlap or touch, so nothing is looked at twice. */
function merge(ranges: ChangedRange[]): ChangedRange[] {
  const merged: ChangedRange[] = [];
  for (const range of [...ranges].sort((a, b) => a.from - b.from)) {
    const last = merged.at(-1);
    if (last && range.from <= last.to) last.to = Math.max(last.to, range.to);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * The parts of the last transform's document that the given transforms (in the order they were
 * applied, each starting from the previous one's document) changed: what a plugin that keeps
 * something per node has to look at again, instead of walking the whole document on every
 * keystroke. Each step's ranges are mapped through the steps after it, growing to take in
 * anything inserted at their edges.
 */
export function changedRanges(transforms: readonly Transform[]): ChangedRange[] {
  let ranges: ChangedRange[] = [];
  for (const transform of transforms) {
    transform.steps.forEach((step, index) => {
      const map = step.getMap();
      ranges = ranges.map(({ from, to }) => ({ from: map.map(from, -1), to: map.map(to, 1) }));
      ranges.push(...stepRanges(step, transform.docs[index + 1] ?? transform.doc));
    });
  }
  return merge(ranges);
}
