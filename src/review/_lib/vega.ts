import type { VegaLiteSpec } from '../../charts/_lib/spec.js';
import { PromkitError } from '../../errors.js';

/**
 * The `vega` and `vega-lite` modules, as `import * as vega from 'vega'` and
 * `import * as vegaLite from 'vega-lite'` give them. promkit never imports them itself.
 */
export interface VegaModules {
  readonly vega: unknown;
  readonly vegaLite: unknown;
}

interface VegaApi {
  View: new (runtime: unknown, options: { renderer: 'none' }) => { toSVG(): Promise<string>; finalize(): void };
  parse(spec: unknown): unknown;
}
interface VegaLiteApi {
  compile(spec: unknown): { spec: unknown };
}

/** @internal The message when the peers cannot be loaded. */
export const MISSING_VEGA =
  "charts need the optional peer dependencies vega and vega-lite (npm i vega vega-lite), or pass them as { vega: { vega, vegaLite } }; use { charts: 'none' } for a page with tables only";

/**
 * `import()` of an optional package. The specifier is a variable so that bundlers leave the
 * import to run time: an application that never renders charts never loads Vega.
 */
async function loadOptional(name: string): Promise<unknown> {
  const specifier = name;
  try {
    return await import(/* @vite-ignore */ /* webpackIgnore: true */ specifier);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' || error instanceof TypeError) {
      throw new PromkitError([{ code: 'invalid-argument', path: ['options', 'vega'], input: undefined, message: MISSING_VEGA }]);
    }
    throw error;
  }
}

function usable(modules: VegaModules): { vega: VegaApi; vegaLite: VegaLiteApi } | null {
  const v = modules.vega as Partial<VegaApi> | null;
  const vl = modules.vegaLite as Partial<VegaLiteApi> | null;
  if (v && typeof v.View === 'function' && typeof v.parse === 'function' && vl && typeof vl.compile === 'function') {
    return { vega: v as VegaApi, vegaLite: vl as VegaLiteApi };
  }
  return null;
}

/** @internal The modules given, or those imported; a PromkitError when neither works. */
export async function loadVega(given: VegaModules | undefined): Promise<{ vega: VegaApi; vegaLite: VegaLiteApi }> {
  const modules = given ?? { vega: await loadOptional('vega'), vegaLite: await loadOptional('vega-lite') };
  const api = usable(modules) ?? usable({ vega: (modules.vega as { default?: unknown })?.default, vegaLite: (modules.vegaLite as { default?: unknown })?.default });
  if (!api) throw new PromkitError([{ code: 'invalid-argument', path: ['options', 'vega'], input: given, message: `options.vega: expected { vega, vegaLite }, the vega and vega-lite modules; ${MISSING_VEGA}` }]);
  return api;
}

/** @internal Renders a Vega-Lite spec to an SVG string, headless. */
export async function specToSvg(spec: VegaLiteSpec, api: { vega: VegaApi; vegaLite: VegaLiteApi }): Promise<string> {
  const view = new api.vega.View(api.vega.parse(api.vegaLite.compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Elements a Vega SVG is made of; anything else (script, foreignObject, image, a …) is refused. */
const ELEMENTS = new Set(['svg', 'g', 'path', 'rect', 'line', 'text', 'tspan', 'circle', 'ellipse', 'polygon', 'polyline', 'title', 'desc', 'defs', 'clipPath', 'linearGradient', 'radialGradient', 'stop']);

/** @internal Why an SVG must not be inlined in a static page, or null when it is safe. */
export function unsafeMarkup(svg: string): string | null {
  for (const tag of svg.matchAll(/<\/?([A-Za-z][\w:-]*)([^>]*)>/g)) {
    const name = tag[1] as string;
    if (!ELEMENTS.has(name)) return `element <${name}>`;
    for (const attr of (tag[2] as string).matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)) {
      const key = (attr[1] as string).toLowerCase();
      const value = attr[2] as string;
      if (key.startsWith('on')) return `event attribute ${key}`;
      if ((key === 'href' || key === 'xlink:href') && !value.startsWith('#')) return `link ${key}="${value}"`;
      if (/url\(\s*['"]?(?!#)/i.test(value) || /javascript:|data:/i.test(value)) return `external reference in ${key}`;
    }
  }
  return /<!|<\?(?!xml)/.test(svg) ? 'a declaration or processing instruction' : null;
}

/**
 * @internal Makes a rendered SVG fit to inline in the page: ids (clip paths, gradients) prefixed
 * so that two charts never share one, hidden from assistive technology (the figure's caption is
 * the text alternative), scaled by CSS; anything that could run code or fetch is refused.
 */
export function inlineSvg(svg: string, prefix: string): string {
  const unsafe = unsafeMarkup(svg);
  if (unsafe) throw new Error(`promkit: the rendered chart holds ${unsafe}, which a static page must not; refusing to inline it`);
  const ids = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string));
  let out = svg.replace(/<\?xml[^>]*>\s*/, '');
  for (const id of ids) {
    const safe = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out
      .replace(new RegExp(`\\sid="${safe}"`, 'g'), ` id="${prefix}-${id}"`)
      .replace(new RegExp(`url\\(#${safe}\\)`, 'g'), `url(#${prefix}-${id})`)
      .replace(new RegExp(`href="#${safe}"`, 'g'), `href="#${prefix}-${id}"`);
  }
  return out.replace(/^<svg\b/, '<svg aria-hidden="true" focusable="false"').trim();
}
