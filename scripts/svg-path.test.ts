import { describe, expect, it } from 'vitest';
import { geoIdentity, geoPath } from 'd3-geo';
import type { Polygon } from 'geojson';
import { RelativePathContext } from './svg-path';

/** Absolute vertices of path data written with M, l (implicitly repeated) and z, to compare shapes. */
function vertices(d: string): number[][] {
  const out: number[][] = [];
  let cur = [0, 0];
  for (const [, cmd, args] of d.matchAll(/([MLlz])([^MLlz]*)/g)) {
    const nums = (args.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    for (let i = 0; i + 1 < nums.length; i += 2) {
      cur = cmd === 'l' ? [cur[0] + nums[i], cur[1] + nums[i + 1]] : [nums[i], nums[i + 1]];
      out.push(cur.map((v) => Math.round(v * 10) / 10));
    }
  }
  return out;
}

describe('RelativePathContext', () => {
  const square: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [10.04, 0], [10.04, 5.55], [0, 5.55], [0, 0]]] };

  it('draws the same vertices as d3-geo, shorter', () => {
    const identity = geoIdentity();
    const absolute = geoPath(identity).digits(1)(square)!;
    const ctx = new RelativePathContext(1);
    geoPath(identity, ctx)(square);
    const relative = ctx.result();
    expect(vertices(relative)).toEqual(vertices(absolute));
    expect(relative.length).toBeLessThan(absolute.length);
  });

  it('writes short numbers, a comma only where no minus sign separates them, one l per run', () => {
    const ctx = new RelativePathContext(1);
    ctx.moveTo(10, 10);
    ctx.lineTo(10.3, 9.8);
    ctx.lineTo(9.3, 11.81);
    ctx.lineTo(9.31, 11.8); // rounds to the same point: no step
    ctx.closePath();
    expect(ctx.result()).toBe('M10,10l.3-.2-1,2z');
    const whole = new RelativePathContext(0);
    whole.moveTo(100, 20);
    whole.lineTo(110, 20);
    whole.lineTo(110, 0);
    expect(whole.result()).toBe('M100,20l10,0,0-20');
  });

  it('does not drift: each step is taken between rounded positions', () => {
    const ctx = new RelativePathContext(0);
    ctx.moveTo(0, 0);
    for (let i = 1; i <= 10; i++) ctx.lineTo(i * 0.4, 0);
    const end = vertices(ctx.result()).at(-1);
    expect(end).toEqual([4, 0]);
  });
});
