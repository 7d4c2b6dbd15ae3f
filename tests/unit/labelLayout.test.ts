import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  layoutLabels,
  type LabelLayoutOptions,
  type LabelRequest,
} from '../../src/domain/labelLayout';

const options: LabelLayoutOptions = { lanes: 2, gap: 4, chipWidth: 28, minX: 0, maxX: 500 };
const label = (id: string, x: number, width: number, priority = 0): LabelRequest => ({
  id,
  x,
  width,
  priority,
});

describe('placing event labels in lanes', () => {
  it('puts a lone label to the right of its anchor in the top lane', () => {
    expect(layoutLabels([label('a', 100, 50)], options)).toEqual({
      labels: [{ id: 'a', left: 100, lane: 0 }],
      chips: [],
    });
  });

  it('keeps labels far apart in the same lane', () => {
    const { labels } = layoutLabels([label('a', 100, 50), label('b', 300, 50)], options);
    expect(labels).toEqual([
      { id: 'a', left: 100, lane: 0 },
      { id: 'b', left: 300, lane: 0 },
    ]);
  });

  it('moves a clashing label to the next lane', () => {
    // a takes [100, 150]; b at the same anchor fits neither [100, 150] nor [50, 100] (4 px gap).
    const { labels } = layoutLabels([label('a', 100, 50, 0), label('b', 100, 50, 1)], options);
    expect(labels).toContainEqual({ id: 'b', left: 100, lane: 1 });
  });

  it('flips a label to the left of its anchor when the right is taken', () => {
    // a takes [200, 250]; b at 150: right [150, 200] is not 4 px clear of it,
    // left [100, 150] is (150 + 4 <= 200).
    const { labels } = layoutLabels([label('a', 200, 50, 0), label('b', 150, 50, 1)], options);
    expect(labels).toContainEqual({ id: 'b', left: 100, lane: 0 });
  });

  it('serves the most important label (lowest priority) first, whatever the input order', () => {
    const { labels } = layoutLabels(
      [label('minor', 100, 50, 1), label('major', 100, 50, 0)],
      options,
    );
    expect(labels).toContainEqual({ id: 'major', left: 100, lane: 0 });
    expect(labels).toContainEqual({ id: 'minor', left: 100, lane: 1 });
  });

  it('serves equal priorities from left to right', () => {
    // b (x 150) goes first: [150, 200]. a (x 200) then clashes on both sides in lane 0.
    const { labels } = layoutLabels([label('a', 200, 50), label('b', 150, 50)], options);
    expect(labels).toContainEqual({ id: 'b', left: 150, lane: 0 });
    expect(labels).toContainEqual({ id: 'a', left: 200, lane: 1 });
  });

  it('keeps exactly the gap between neighbours, and not a pixel less', () => {
    // a is [100, 150]: b may start at 150 + 4 = 154 in lane 0, but not at 153.
    const at154 = layoutLabels([label('a', 100, 50, 0), label('b', 154, 50, 1)], options);
    expect(at154.labels).toContainEqual({ id: 'b', left: 154, lane: 0 });
    const at153 = layoutLabels([label('a', 100, 50, 0), label('b', 153, 50, 1)], options);
    expect(at153.labels).toContainEqual({ id: 'b', left: 153, lane: 1 });
  });

  it('keeps labels inside the drawing at both edges', () => {
    const { labels } = layoutLabels([label('left', -20, 50), label('right', 480, 50)], options);
    // -20 is pulled in to minX 0; 480 + 50 would pass maxX 500, so the label starts at 450.
    expect(labels).toContainEqual({ id: 'left', left: 0, lane: 0 });
    expect(labels).toContainEqual({ id: 'right', left: 450, lane: 0 });
  });

  it('lays out nothing for no requests', () => {
    expect(layoutLabels([], options)).toEqual({ labels: [], chips: [] });
  });
});

describe('labels with no room fold into "+N" chips', () => {
  it('gathers the labels that do not fit at one spot into one chip below the lanes', () => {
    const one = { ...options, lanes: 1 };
    const { labels, chips } = layoutLabels(
      [label('a', 100, 50, 0), label('b', 100, 50, 1), label('c', 100, 50, 2)],
      one,
    );
    expect(labels).toEqual([{ id: 'a', left: 100, lane: 0 }]);
    expect(chips).toHaveLength(1);
    expect(chips[0]?.ids.slice().sort()).toEqual(['b', 'c']);
    expect(chips[0]?.left).toBe(100);
    expect(chips[0]?.lane).toBe(1); // the lane under the single label lane
  });

  it('shares a chip between anchors closer than a chip and its gap', () => {
    const none = { ...options, lanes: 0 };
    // 131 < 100 + 28 + 4 = 132: one chip. 132 is not: two chips.
    const close = layoutLabels([label('a', 100, 50), label('b', 131, 50)], none);
    expect(close.chips).toEqual([{ ids: ['a', 'b'], left: 100, lane: 0 }]);
    const apart = layoutLabels([label('a', 100, 50), label('b', 132, 50)], none);
    expect(apart.chips).toEqual([
      { ids: ['a'], left: 100, lane: 0 },
      { ids: ['b'], left: 132, lane: 0 },
    ]);
  });

  it('keeps chips inside the drawing', () => {
    const none = { ...options, lanes: 0 };
    const { chips } = layoutLabels([label('a', -5, 50), label('b', 495, 50)], none);
    // -5 -> minX 0; 495 -> maxX - chipWidth = 500 - 28 = 472.
    expect(chips.map((chip) => chip.left)).toEqual([0, 472]);
  });
});

describe('the layout of any set of labels', () => {
  const layoutCase = fc
    .record({
      lanes: fc.integer({ min: 0, max: 4 }),
      gap: fc.integer({ min: 0, max: 8 }),
      chipWidth: fc.integer({ min: 10, max: 40 }),
      minX: fc.integer({ min: -50, max: 50 }),
      span: fc.integer({ min: 100, max: 800 }),
    })
    .chain(({ span, ...rest }) => {
      const opts: LabelLayoutOptions = { ...rest, maxX: rest.minX + span };
      const request = fc.record({
        x: fc.integer({ min: (opts.minX - 60) * 2, max: (opts.maxX + 60) * 2 }).map((v) => v / 2),
        width: fc.integer({ min: 1, max: Math.min(span, 200) }),
        priority: fc.integer({ min: 0, max: 3 }),
      });
      return fc.array(request, { maxLength: 25 }).map((list) => ({
        options: opts,
        requests: list.map((r, i): LabelRequest => ({ id: `r${i}`, ...r })),
      }));
    });

  const clamp = (left: number, width: number, o: LabelLayoutOptions) =>
    Math.min(Math.max(left, o.minX), o.maxX - width);
  const clear = (a: [number, number], b: [number, number], gap: number) =>
    a[1] + gap <= b[0] || b[1] + gap <= a[0];

  it('never lets two labels in one lane overlap or come closer than the gap', () => {
    fc.assert(
      fc.property(layoutCase, ({ options: o, requests }) => {
        const width = new Map(requests.map((r) => [r.id, r.width]));
        const { labels } = layoutLabels(requests, o);
        const span = (l: (typeof labels)[number]): [number, number] => [
          l.left,
          l.left + (width.get(l.id) ?? NaN),
        ];
        for (const a of labels)
          for (const b of labels)
            if (a !== b && a.lane === b.lane) expect(clear(span(a), span(b), o.gap)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('ends every request as a label or in exactly one chip', () => {
    fc.assert(
      fc.property(layoutCase, ({ options: o, requests }) => {
        const { labels, chips } = layoutLabels(requests, o);
        const ids = [...labels.map((l) => l.id), ...chips.flatMap((c) => c.ids)];
        expect(ids.sort()).toEqual(requests.map((r) => r.id).sort());
      }),
      { numRuns: 300 },
    );
  });

  it('keeps labels within [minX, maxX], in a real lane, beside their anchor', () => {
    fc.assert(
      fc.property(layoutCase, ({ options: o, requests }) => {
        const byId = new Map(requests.map((r) => [r.id, r]));
        for (const placed of layoutLabels(requests, o).labels) {
          const request = byId.get(placed.id);
          if (!request) throw new Error(`unknown id ${placed.id}`);
          expect(placed.left).toBeGreaterThanOrEqual(o.minX);
          expect(placed.left + request.width).toBeLessThanOrEqual(o.maxX);
          expect(Number.isInteger(placed.lane)).toBe(true);
          expect(placed.lane).toBeGreaterThanOrEqual(0);
          expect(placed.lane).toBeLessThan(o.lanes);
          const beside = [
            clamp(request.x, request.width, o),
            clamp(request.x - request.width, request.width, o),
          ];
          expect(beside).toContain(placed.left);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('folds a label into a chip only when no lane had room on either side', () => {
    fc.assert(
      fc.property(layoutCase, ({ options: o, requests }) => {
        const byId = new Map(requests.map((r) => [r.id, r]));
        const { labels, chips } = layoutLabels(requests, o);
        const lane = (n: number): [number, number][] =>
          labels
            .filter((l) => l.lane === n)
            .map((l) => [l.left, l.left + (byId.get(l.id)?.width ?? NaN)]);
        const blocked = (r: LabelRequest, n: number) =>
          [clamp(r.x, r.width, o), clamp(r.x - r.width, r.width, o)].every((left) =>
            lane(n).some((other) => !clear([left, left + r.width], other, o.gap)),
          );
        // A chipped label was blocked in every lane; a label in lane k was blocked in lanes 0..k-1.
        for (const id of chips.flatMap((c) => c.ids)) {
          const request = byId.get(id);
          if (!request) throw new Error(`unknown id ${id}`);
          for (let n = 0; n < o.lanes; n++) expect(blocked(request, n)).toBe(true);
        }
        for (const placed of labels) {
          const request = byId.get(placed.id);
          if (!request) throw new Error(`unknown id ${placed.id}`);
          for (let n = 0; n < placed.lane; n++) expect(blocked(request, n)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('puts chips in their own lane, apart, inside the drawing, near their anchors', () => {
    fc.assert(
      fc.property(layoutCase, ({ options: o, requests }) => {
        const byId = new Map(requests.map((r) => [r.id, r]));
        const { chips } = layoutLabels(requests, o);
        chips.forEach((chip, i) => {
          expect(chip.lane).toBe(o.lanes);
          expect(chip.ids.length).toBeGreaterThan(0);
          expect(chip.left).toBeGreaterThanOrEqual(o.minX);
          expect(chip.left + o.chipWidth).toBeLessThanOrEqual(o.maxX);
          const next = chips[i + 1];
          if (next) expect(next.left).toBeGreaterThanOrEqual(chip.left + o.chipWidth + o.gap);
          for (const id of chip.ids) {
            const anchor = clamp(byId.get(id)?.x ?? NaN, o.chipWidth, o);
            expect(anchor).toBeGreaterThanOrEqual(chip.left);
            expect(anchor).toBeLessThan(chip.left + o.chipWidth + o.gap);
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('a label wider than the drawing', () => {
  // The clamp min(max(left, minX), maxX - width) goes below minX when width > maxX - minX; such a
  // label should fold into a chip (or at least stay inside), as the options' comment promises.
  it('keeps a 150 px label inside a 100 px drawing', () => {
    const narrow = { ...options, minX: 0, maxX: 100 };
    const { labels } = layoutLabels([label('wide', 10, 150)], narrow);
    for (const placed of labels) {
      expect(placed.left).toBeGreaterThanOrEqual(0);
      expect(placed.left + 150).toBeLessThanOrEqual(100);
    }
  });
});
