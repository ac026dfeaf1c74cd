/**
 * Charts: Vega-Lite v6 specs of a patient's trajectory (bands, baseline, MCID lines, flares),
 * of Goal Attainment Scaling goals over time, and of cohort responder proportions. Each
 * builder returns plain JSON and imports nothing from Vega; render the spec with `vega-embed`
 * in a page, or headless with `vega` and `vega-lite` (as `promkit chart` does).
 * @module
 */
export type { ChartOptions, JsonValue, VegaLiteSpec } from './_lib/spec.js';
export { trajectoryChart } from './trajectoryChart/index.js';
export type { TrajectoryChartOptions } from './trajectoryChart/index.js';
export { goalsChart } from './goalsChart/index.js';
export type { GoalsChartOptions } from './goalsChart/index.js';
export { responderChart } from './responderChart/index.js';
export type { ResponderChartOptions } from './responderChart/index.js';
