import type { Direction } from '../../change/_lib/types.js';
import type { DiaryMeasure } from '../diarySnapshot/index.js';

/** @internal What promkit knows about one diary measure. */
export interface MeasureInfo {
  readonly label: string;
  /** Unit for sentences and table headers: `'/10'`, `'hours'`, `'minutes'`, `'steps'`. */
  readonly unit: string;
  readonly range: readonly [number, number];
  readonly integer: boolean;
  readonly direction: Direction;
  /** Whether flares are looked for (0–10 pain ratings, the scale the flare rule is defined on). */
  readonly flares: boolean;
  /** The default "days past a threshold" rule, when a published one exists. */
  readonly threshold: { readonly value: number; readonly rule: 'at-least' | 'at-most'; readonly source: string } | null;
}

const SEVERE =
  'severe pain, 7–10 on the 0–10 scale: Serlin RC et al. When is cancer pain mild, moderate or severe? Pain. 1995;61(2):277-284 ("ratings of 1-4 correspond to mild pain, 5-6 to moderate pain, and 7-10 to severe pain")';

/** @internal The measures of a diary entry, in the order pages show them. */
export const DIARY_MEASURES = {
  painNow: { label: 'Pain now', unit: '/10', range: [0, 10], integer: false, direction: 'higher-is-worse', flares: true, threshold: { value: 7, rule: 'at-least', source: SEVERE } },
  painWorst: { label: 'Worst pain', unit: '/10', range: [0, 10], integer: false, direction: 'higher-is-worse', flares: true, threshold: { value: 7, rule: 'at-least', source: SEVERE } },
  painLeast: { label: 'Least pain', unit: '/10', range: [0, 10], integer: false, direction: 'higher-is-worse', flares: true, threshold: { value: 7, rule: 'at-least', source: SEVERE } },
  interference: { label: 'Pain interference', unit: '/10', range: [0, 10], integer: false, direction: 'higher-is-worse', flares: false, threshold: null },
  sleepHours: { label: 'Sleep', unit: 'hours', range: [0, 24], integer: false, direction: 'higher-is-better', flares: false, threshold: null },
  sleepQuality: { label: 'Sleep quality', unit: '/10', range: [0, 10], integer: false, direction: 'higher-is-better', flares: false, threshold: null },
  activityMinutes: { label: 'Activity', unit: 'minutes', range: [0, 1440], integer: false, direction: 'higher-is-better', flares: false, threshold: null },
  steps: { label: 'Steps', unit: 'steps', range: [0, 200_000], integer: true, direction: 'higher-is-better', flares: false, threshold: null },
} as const satisfies Record<DiaryMeasure, MeasureInfo>;

/** @internal */
export const MEASURE_KEYS = Object.keys(DIARY_MEASURES) as DiaryMeasure[];

/** @internal Decimals to show for a measure: whole numbers for steps, one decimal otherwise. */
export function digitsOf(measure: DiaryMeasure): number {
  return DIARY_MEASURES[measure].integer ? 0 : 1;
}
