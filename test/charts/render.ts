/**
 * Renders chart specs the way a user does (Vega-Lite compile, then Vega to SVG, headless) and
 * reads the marks back out of the SVG by name, so tests check what is drawn where.
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { expect } from 'vitest';
import type { VegaLiteSpec } from '../../src/charts/index.js';
export { issue } from '../promkitError.js';

/** Compiles with Vega-Lite (collecting its warnings) and renders with Vega. */
export async function render(spec: VegaLiteSpec): Promise<{ svg: string; warnings: string[] }> {
  const warnings: string[] = [];
  const logger = {
    level() {
      return logger;
    },
    error: (...args: unknown[]) => warnings.push(`error: ${args.join(' ')}`),
    warn: (...args: unknown[]) => warnings.push(args.join(' ')),
    info() {},
    debug() {},
  };
  const compiled = compile(spec as unknown as TopLevelSpec, { logger: logger as never }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logger: logger as never });
  try {
    return { svg: await view.toSVG(), warnings };
  } finally {
    view.finalize();
  }
}

/** Renders and asserts Vega-Lite and Vega had nothing to warn about. */
export async function renderClean(spec: VegaLiteSpec): Promise<string> {
  const { svg, warnings } = await render(spec);
  expect(warnings).toEqual([]);
  return svg;
}

export interface Item {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  /** Inner text of a <text> element. */
  readonly text: string;
  /** translate(x, y) of the element, when it has one. */
  readonly x: number | null;
  readonly y: number | null;
}

/**
 * The SVG inside the mark groups of a named layer (`name` in the spec → class `<name>_marks`),
 * concatenated: a layer drawn once per series (a line per goal) has one group per series.
 * Null when the layer is absent.
 */
export function group(svg: string, name: string): string | null {
  const open = new RegExp(`<g class="mark-[a-z]+ role-mark ${name}_marks"[^>]*>`, 'g');
  const bodies: string[] = [];
  for (let start = open.exec(svg); start; start = open.exec(svg)) {
    let depth = 1;
    const tags = /<g\b[^>]*>|<\/g>/g;
    tags.lastIndex = start.index + start[0].length;
    let m = tags.exec(svg);
    for (; m; m = tags.exec(svg)) {
      depth += m[0] === '</g>' ? -1 : 1;
      if (depth === 0) break;
    }
    if (!m) throw new Error(`unbalanced group ${name}`);
    bodies.push(svg.slice(start.index + start[0].length, m.index));
  }
  return bodies.length ? bodies.join('') : null;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&');

/** The drawn items (path, line, text) of a named layer; [] when the layer is absent. */
export function items(svg: string, name: string): Item[] {
  const body = group(svg, name);
  if (body === null) return [];
  const out: Item[] = [];
  const element = /<(path|line|text)\b([^>]*?)\/?>(?:([^<]*)<\/text>)?/g;
  for (let m = element.exec(body); m; m = element.exec(body)) {
    const attrs: Record<string, string> = {};
    for (const a of (m[2] as string).matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[a[1] as string] = unescape(a[2] as string);
    const t = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(attrs.transform ?? '');
    out.push({ tag: m[1] as string, attrs, text: unescape(m[3] ?? ''), x: t ? Number(t[1]) : null, y: t ? Number(t[2]) : null });
  }
  return out;
}

/** x, y, width, height of a rect drawn as `M x,y h w v h h -w Z`. */
export function rect(item: Item): { x: number; y: number; width: number; height: number } {
  const m = /^M([-\d.e]+),([-\d.e]+)h([-\d.e]+)v([-\d.e]+)h/.exec(item.attrs.d ?? '');
  if (!m) throw new Error(`not a rect: ${item.attrs.d}`);
  return { x: Number(m[1]), y: Number(m[2]), width: Number(m[3]), height: Number(m[4]) };
}

/** The aria-labels (accessible descriptions) of a layer's items. */
export function labels(svg: string, name: string): string[] {
  return items(svg, name).map((i) => i.attrs['aria-label'] ?? i.text);
}

/** Every axis and title aria-label of the chart. */
export function ariaLabels(svg: string): string[] {
  return [...svg.matchAll(/aria-label="([^"]*)"/g)].map((m) => unescape(m[1] as string));
}

/** Deep-freezes test input, so that any attempt to modify it throws. */
export function frozen<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) frozen((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
