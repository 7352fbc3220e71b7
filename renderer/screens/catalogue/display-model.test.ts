import { describe, expect, it } from 'vitest';
import { buildDisplayModel } from './display-model';

describe('buildDisplayModel', () => {
  it('maps lines to top-level products when nothing is expanded', () => {
    const model = buildDisplayModel(3, []);
    expect(model.count).toBe(3);
    expect(model.slotAt(2)).toEqual({ kind: 'top', topIndex: 2 });
  });

  it('puts variations right below their parent and shifts the rest', () => {
    const model = buildDisplayModel(5, [
      { parentId: 40, topIndex: 3, childCount: 1 },
      { parentId: 10, topIndex: 1, childCount: 2 },
    ]);
    expect(model.count).toBe(8);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((index) => model.slotAt(index))).toEqual([
      { kind: 'top', topIndex: 0 },
      { kind: 'top', topIndex: 1 },
      { kind: 'child', parentId: 10, childIndex: 0 },
      { kind: 'child', parentId: 10, childIndex: 1 },
      { kind: 'top', topIndex: 2 },
      { kind: 'top', topIndex: 3 },
      { kind: 'child', parentId: 40, childIndex: 0 },
      { kind: 'top', topIndex: 4 },
    ]);
    expect(model.displayIndexOfTop(4)).toBe(7);
  });
});
