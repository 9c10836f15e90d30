// SVG path data in relative steps, for the map outlines. d3-geo writes every vertex as an absolute
// "L532.9,106.6"; the same outline as steps ("l-1.1-.3") is about a third shorter and gzips better,
// and the twinning page ships 111 outlines in its HTML.

/** A d3-geo path context (`geoPath(projection, context)`) that records relative path data. */
export class RelativePathContext {
  private readonly parts: string[] = [];
  private readonly scale: number;
  // Position in whole units of the rounding step, so the steps add up without drift.
  private x = 0;
  private y = 0;

  /** `digits`: decimals kept, as d3-geo's `path.digits`. */
  constructor(private readonly digits = 1) {
    this.scale = 10 ** digits;
  }

  moveTo(x: number, y: number) {
    this.x = Math.round(x * this.scale);
    this.y = Math.round(y * this.scale);
    this.parts.push(`M${this.num(this.x)},${this.num(this.y)}`);
  }

  lineTo(x: number, y: number) {
    const nx = Math.round(x * this.scale);
    const ny = Math.round(y * this.scale);
    if (nx === this.x && ny === this.y) return; // a step that rounds to nothing draws nothing
    const last = this.parts.length - 1;
    const step = `${this.num(nx - this.x)}${this.sep(ny - this.y)}${this.num(ny - this.y)}`;
    // "l" once per run of steps: the ones after it repeat it implicitly.
    if (this.parts[last]?.startsWith('l')) this.parts[last] += this.sep(nx - this.x) + step;
    else this.parts.push(`l${step}`);
    this.x = nx;
    this.y = ny;
  }

  closePath() {
    this.parts.push('z');
  }

  // Points (not used by outlines) would be drawn as circles; d3-geo calls this for Point geometries.
  arc() {}

  /** The path data so far; empty when nothing was drawn. */
  result(): string {
    const d = this.parts.join('');
    this.parts.length = 0;
    return d;
  }

  /** `1.5`, `-.3`, `12`: the shortest form SVG reads, from a value in rounding units. */
  private num(units: number): string {
    let s = (units / this.scale).toFixed(this.digits);
    if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
    if (s === '-0') s = '0';
    return s.replace(/^(-?)0\.(?=\d)/, '$1.');
  }

  /** A minus sign separates numbers by itself; otherwise a comma. */
  private sep(nextUnits: number): string {
    return nextUnits < 0 ? '' : ',';
  }
}
