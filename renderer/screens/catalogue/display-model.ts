// Where each grid line comes from: a top-level product by its position in the list, or a variation below an expanded parent.
export type DisplaySlot = { kind: 'top'; topIndex: number } | { kind: 'child'; parentId: number; childIndex: number };

export interface ExpandedBlock {
  parentId: number;
  topIndex: number;
  /** How many variations are shown below it (0 while they load). */
  childCount: number;
}

export interface DisplayModel {
  count: number;
  slotAt(displayIndex: number): DisplaySlot;
  /** The display index of a top-level position, for keeping the active row after expanding. */
  displayIndexOfTop(topIndex: number): number;
}

export function buildDisplayModel(total: number, expanded: readonly ExpandedBlock[]): DisplayModel {
  const blocks = expanded.filter((block) => block.topIndex < total).sort((a, b) => a.topIndex - b.topIndex);
  const count = total + blocks.reduce((sum, block) => sum + block.childCount, 0);
  return {
    count,
    slotAt(displayIndex) {
      let shift = 0;
      for (const block of blocks) {
        const parentDisplay = block.topIndex + shift;
        if (displayIndex <= parentDisplay) break;
        if (displayIndex <= parentDisplay + block.childCount) {
          return { kind: 'child', parentId: block.parentId, childIndex: displayIndex - parentDisplay - 1 };
        }
        shift += block.childCount;
      }
      return { kind: 'top', topIndex: displayIndex - shift };
    },
    displayIndexOfTop(topIndex) {
      return topIndex + blocks.filter((block) => block.topIndex < topIndex).reduce((sum, block) => sum + block.childCount, 0);
    },
  };
}
