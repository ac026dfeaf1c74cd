import { describeValue, fail } from '../../errors.js';

/**
 * A JSON value: what a chart spec is made of (no `Date`s, functions or `undefined`), so a spec
 * survives `JSON.stringify` unchanged.
 *
 * @example
 * ```ts
 * const value: JsonValue = { mark: 'point', data: { values: [{ x: 1 }] } };
 * ```
 */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * A Vega-Lite v6 specification as plain JSON, ready for `vega-embed`, the Vega-Lite `compile`
 * function or the online editor. promkit only builds the object; it never imports Vega.
 * (Typed loosely on purpose, so that promkit's types do not depend on `vega-lite`; cast to
 * `TopLevelSpec` from `vega-lite` where you need its type.)
 *
 * @example
 * ```ts
 * import { trajectoryChart } from 'promkit';
 * import { compile } from 'vega-lite';
 * import type { TopLevelSpec } from 'vega-lite';
 *
 * const spec: VegaLiteSpec = trajectoryChart([{ date: '2024-03-01', value: 6 }, { date: '2024-03-08', value: 4 }]);
 * spec.$schema; //=> 'https://vega.github.io/schema/vega-lite/v6.json'
 * JSON.parse(JSON.stringify(spec)); // the same object: plain JSON
 * compile(spec as unknown as TopLevelSpec).spec; // a Vega spec
 * ```
 */
export interface VegaLiteSpec {
  readonly $schema: string;
  readonly [key: string]: JsonValue;
}

/**
 * Options every chart builder accepts.
 *
 * @example
 * ```ts
 * const size: ChartOptions = { title: 'Pain diary', width: 800, height: 320 };
 * ```
 */
export interface ChartOptions {
  /** The chart's title (also its accessible name). Each builder has a descriptive default. */
  readonly title?: string;
  /** Width of the plotting area in pixels; default 600. */
  readonly width?: number;
  /** Height of the plotting area in pixels; default 300 (each panel, for multi-panel charts). */
  readonly height?: number;
}

/** @internal */
export const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
/** @internal */
export const DAY_MS = 86_400_000;

/** @internal A mutable JSON object, for building specs. */
export type JsonObject = { [key: string]: JsonValue };

/**
 * @internal Checks that `options` is undefined or a plain object whose keys are all known: a
 * misspelt option would otherwise be ignored silently.
 */
export function checkChartOptions(options: unknown, known: readonly string[]): Record<string, unknown> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    fail('invalid-argument', ['options'], options, `options: expected an object, got ${describeValue(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      fail('invalid-argument', ['options', key], (options as Record<string, unknown>)[key], `options.${key}: unknown option; allowed options are ${known.join(', ')}`);
    }
  }
  return options as Record<string, unknown>;
}

/** @internal The title, width and height of a chart, checked. */
export function readChartOptions(options: Record<string, unknown>, defaultTitle: string): { title: string; width: number; height: number } {
  const title = options.title;
  if (title !== undefined && (typeof title !== 'string' || title.trim() === '')) {
    fail('invalid-argument', ['options', 'title'], title, `options.title: expected a non-empty string, got ${describeValue(title)}`);
  }
  const size = (key: 'width' | 'height', fallback: number): number => {
    const value = options[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      fail('invalid-argument', ['options', key], value, `options.${key}: expected a number of pixels > 0, got ${describeValue(value)}`);
    }
    return value;
  };
  return { title: (title as string | undefined) ?? defaultTitle, width: size('width', 600), height: size('height', 300) };
}

/** @internal An optional boolean option. */
export function optionalBoolean(options: Record<string, unknown>, key: string): boolean | undefined {
  const value = options[key];
  if (value !== undefined && typeof value !== 'boolean') {
    fail('invalid-argument', ['options', key], value, `options.${key}: expected true or false, got ${describeValue(value)}`);
  }
  return value as boolean | undefined;
}

/**
 * @internal A number for a label: at most `digits` decimals, no trailing zeros, a true minus
 * sign. Labels never depend on the machine's locale.
 */
export function formatNumber(x: number, digits = 2): string {
  const text = String(Number(x.toFixed(digits)));
  return text.startsWith('-') ? `\u2212${text.slice(1)}` : text;
}

/** @internal `YYYY-MM-DD` of a UTC midnight (or any instant, truncated). */
export function dayText(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * @internal The top-level config shared by the charts: a white background (an SVG file should
 * read on any page) and no automatic ARIA descriptions where promkit writes its own.
 */
export function baseConfig(): JsonObject {
  return {
    background: 'white',
    view: { stroke: null },
    axis: { labelFontSize: 11, titleFontSize: 12, titlePadding: 8 },
    title: { fontSize: 14, anchor: 'start' },
  };
}
