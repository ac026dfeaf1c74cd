import { Command, InvalidArgumentError, Option } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseCell } from '../../batch/_lib/fields.js';
import { getInstrument } from '../../catalog/index.js';
import type { BaselineSpec } from '../../change/_lib/baseline.js';
import type { Direction, DuplicatePolicy, McidInput, Observation } from '../../change/_lib/types.js';
import { responderProportions } from '../../change/responderProportions/index.js';
import { goalsChart } from '../../charts/goalsChart/index.js';
import { responderChart } from '../../charts/responderChart/index.js';
import { trajectoryChart } from '../../charts/trajectoryChart/index.js';
import type { VegaLiteSpec } from '../../charts/_lib/spec.js';
import { PromkitError } from '../../errors.js';
import { defineGoal } from '../../goals/defineGoal/index.js';
import type { Goal } from '../../goals/goalSchema/index.js';
import type { Instrument } from '../../model/schema.js';
import { readCsvText } from '../../ingest/csvReader/index.js';
import { UsageError } from '../_lib/io.js';

/** The message when `vega` or `vega-lite` cannot be loaded. */
export const MISSING_RENDERER = 'install vega and vega-lite to render charts (npm i vega vega-lite)';

/** Options every `promkit chart <kind>` accepts. */
interface OutputOptions {
  readonly out?: string;
  readonly format: 'svg' | 'json';
  readonly title?: string;
  readonly width?: number;
  readonly height?: number;
}

const DIRECTIONS = ['higher-is-worse', 'higher-is-better'] as const;

/**
 * Adds `promkit chart <kind> <input>` to the program: `trajectory` (a CSV of dated values),
 * `goals` (a JSON array of GAS goals) and `responders` (a CSV of baseline and follow-up
 * scores). Each kind is a subcommand with its own `--help`. The chart is written as SVG
 * (rendered with `vega` and `vega-lite`, loaded only then), or with `--format json` as its
 * Vega-Lite spec, which needs neither.
 *
 * @param cli - the `promkit` program
 *
 * @example
 * ```ts
 * import { Command } from 'commander';
 *
 * const cli = new Command('promkit');
 * registerChartCommand(cli);
 * cli.commands.map((c) => c.name()); //=> ['chart']
 * // $ promkit chart trajectory diary.csv --instrument nrs --baseline first --flares --out pain.svg
 * ```
 */
export function registerChartCommand(cli: Command): void {
  const chart = cli
    .command('chart')
    .description('draw a chart as SVG, or print its Vega-Lite spec: a patient trajectory, GAS goals, or cohort responders')
    .usage('<kind> <input> [options]')
    .addHelpText(
      'after',
      `
Examples:
  $ promkit chart trajectory diary.csv --instrument nrs --baseline first --flares --out pain.svg
  $ promkit chart trajectory visits.csv --id patient --patient P017 --instrument phq-9 --value phq9_total --out phq9.svg
  $ promkit chart goals goals.json --out goals.svg
  $ promkit chart responders cohort.csv --baseline pain_0 --follow-up pain_12w --instrument nrs --format json

SVG needs the vega and vega-lite packages (npm i vega vega-lite); --format json does not.`,
    );

  withOutput(
    chart
      .command('trajectory')
      .description("one patient's scores over time, with the score's bands, a baseline, MCID lines and flares")
      .argument('<in.csv>', 'CSV with a header row: a date column and a value column ("-" for stdin)')
      .option('--date <column>', 'date column (YYYY-MM-DD, or a date-time with a zone)', 'date')
      .option('--value <column>', 'value column (numbers; for PROMIS short forms, T-scores)', 'value')
      .option('--id <column>', 'patient id column; use with --patient')
      .option('--patient <id>', 'keep only the rows of this patient (needs --id)')
      .option('-i, --instrument <id>', 'instrument id, for bands, direction, range and stored MCIDs (see `promkit list`)')
      .option('--score <name>', 'score of the instrument (default: total)')
      .addOption(new Option('--direction <direction>', 'which way is better (default: from the instrument)').choices(DIRECTIONS))
      .addOption(new Option('--duplicates <policy>', 'two rows on one date').choices(['mean', 'first', 'last', 'error']).default('error'))
      .option('--baseline <baseline>', "draw a baseline: 'first', the date of an observation (YYYY-MM-DD), or a number")
      .option('--mcid <mcid>', "MCID from the baseline: points (2) or percent (30%); default: the instrument's stored MCIDs")
      .option('--no-mcid', 'draw no MCID line')
      .addOption(new Option('--mcid-lines <which>', 'MCID lines to draw').choices(['improvement', 'both']).default('improvement'))
      .option('--no-bands', "do not shade the score's bands")
      .option('--flares', 'mark flares (detectFlares defaults: a rise of 2 points over the 7-day rolling baseline)')
      .option('--flare-rise <points>', 'points above the rolling baseline that make a flare day', positiveNumber)
      .option('--flare-min-days <days>', 'consecutive flare days needed', positiveInteger)
      .option('--na <tokens...>', 'cell values meaning "missing" (such rows are skipped)', ['', 'NA']),
  ).action(async (input: string, opts) => {
    process.exitCode = await chartTrajectory(input, opts);
  });

  withOutput(
    chart
      .command('goals')
      .description('Goal Attainment Scaling goals over time (level per goal) and the GAS T-score of each review')
      .argument('<goals.json>', 'JSON array of goals, each as defineGoal accepts ("-" for stdin)')
      .option('--rho <rho>', 'assumed correlation between goals, 0 <= rho < 1 (default 0.3)', parseRho)
      .addOption(new Option('--weighting <weighting>', 'use the goal weights').choices(['auto', 'unweighted']).default('auto'))
      .addOption(new Option('--unrated <policy>', 'goals not rated at a review').choices(['exclude', 'null']).default('exclude'))
      .option('--no-t-score', 'draw the levels only, without the T-score panel'),
  ).action(async (input: string, opts) => {
    process.exitCode = await chartGoals(input, opts);
  });

  withOutput(
    chart
      .command('responders')
      .description('cohort responder proportions with Wilson confidence intervals, one bar per responder definition')
      .argument('<in.csv>', 'CSV with a header row, one patient per row ("-" for stdin)')
      .option('--baseline <column>', 'baseline score column', 'baseline')
      .option('--follow-up <column>', 'follow-up score column', 'follow_up')
      .option('-i, --instrument <id>', 'instrument id, for direction, range, stored MCIDs and reliability')
      .option('--score <name>', 'score of the instrument (default: total)')
      .addOption(new Option('--direction <direction>', 'which way is better (default: from the instrument)').choices(DIRECTIONS))
      .option('--mcid <mcid>', "your MCID: points (2) or percent (30%); default: the instrument's stored MCIDs")
      .option('--percents <percents...>', 'percent-improvement thresholds', parsePercents)
      .option('--level <level>', 'confidence level of the intervals (default 0.95)', parseLevel)
      .option('--na <tokens...>', 'cell values meaning "missing" (such rows are skipped)', ['', 'NA']),
  ).action(async (input: string, opts) => {
    process.exitCode = await chartResponders(input, opts);
  });
}

function withOutput(command: Command): Command {
  return command
    .option('-o, --out <file>', 'output file (default: stdout)')
    .addOption(new Option('--format <format>', 'svg, or json for the Vega-Lite spec').choices(['svg', 'json']).default('svg'))
    .option('--title <text>', 'chart title')
    .option('--width <px>', 'width of the plot in pixels', positiveNumber)
    .option('--height <px>', 'height of the plot in pixels', positiveNumber);
}

/** `promkit chart trajectory`. Returns the exit status. */
export async function chartTrajectory(
  input: string,
  opts: OutputOptions & {
    date: string;
    value: string;
    id?: string;
    patient?: string;
    instrument?: string;
    score?: string;
    direction?: Direction;
    duplicates: DuplicatePolicy;
    baseline?: string;
    mcid?: string | boolean;
    mcidLines: 'improvement' | 'both';
    bands: boolean;
    flares?: boolean;
    flareRise?: number;
    flareMinDays?: number;
    na: string[];
  },
): Promise<number> {
  if ((opts.id === undefined) !== (opts.patient === undefined)) throw new UsageError('--id and --patient go together: --id names the column, --patient the value to keep');
  const instrument = opts.instrument ? getInstrument(opts.instrument) : undefined;
  if (opts.score !== undefined && !instrument) throw new UsageError('--score needs --instrument');
  const table = readCsv(input);
  const [dateAt, valueAt] = [column(table, opts.date, '--date'), column(table, opts.value, '--value')];
  const idAt = opts.id !== undefined ? column(table, opts.id, '--id') : -1;
  const na = new Set(opts.na);
  const observations: Observation[] = [];
  const rowOf: number[] = [];
  let skipped = 0;
  table.rows.forEach((row, i) => {
    if (idAt >= 0 && row[idAt]?.trim() !== opts.patient) return;
    const value = numberCell(row[valueAt], na, table, i, opts.value);
    if (value === null) skipped++;
    else {
      observations.push({ date: (row[dateAt] ?? '').trim(), value });
      rowOf.push(i + 2);
    }
  });
  if (observations.length === 0) {
    throw new UsageError(idAt >= 0 ? `no row of ${input} has ${opts.id} = ${JSON.stringify(opts.patient)} and a value` : `${input} has no row with a value`);
  }
  if (skipped) process.stderr.write(`promkit: skipped ${skipped} row${skipped === 1 ? '' : 's'} with no value in ${opts.value}\n`);
  const flareOptions = opts.flareRise !== undefined || opts.flareMinDays !== undefined;
  const spec = inRows(input, 'observations', rowOf, { date: opts.date, value: opts.value }, () => trajectoryChart(observations, {
    ...context(instrument, opts.score, opts.direction),
    duplicates: opts.duplicates,
    ...(opts.baseline !== undefined ? { baseline: parseBaseline(opts.baseline) } : {}),
    ...(opts.mcid === false ? { mcid: false as const } : typeof opts.mcid === 'string' ? { mcid: parseMcid(opts.mcid) } : {}),
    mcidLines: opts.mcidLines,
    ...(opts.bands === false ? { bands: false } : {}),
    ...(opts.flares || flareOptions
      ? { flares: flareOptions ? { ...(opts.flareRise !== undefined ? { rise: opts.flareRise } : {}), ...(opts.flareMinDays !== undefined ? { minDays: opts.flareMinDays } : {}) } : true }
      : {}),
    ...size(opts),
  }));
  return write(spec, opts);
}

/** `promkit chart goals`. Returns the exit status. */
export async function chartGoals(
  input: string,
  opts: OutputOptions & { rho?: number; weighting: 'auto' | 'unweighted'; unrated: 'exclude' | 'null'; tScore: boolean },
): Promise<number> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readText(input));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${input} is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed)) throw new UsageError(`${input} must hold a JSON array of goals (each as defineGoal accepts)`);
  const goals: Goal[] = parsed.map((goal: unknown, i) => {
    try {
      return defineGoal(goal as Parameters<typeof defineGoal>[0]);
    } catch (error) {
      if (!(error instanceof PromkitError)) throw error;
      // Say which goal of the file: goals[2].reviews.2024-03-06: …
      throw new PromkitError(
        error.issues.map((issue) => ({
          ...issue,
          path: ['goals', i, ...issue.path.slice(1)],
          message: issue.path.length > 1 ? `goals[${i}].${issue.message}` : issue.message.replace(/^goal\b/, `goals[${i}]`),
        })),
      );
    }
  });
  const spec = goalsChart(goals, {
    ...(opts.rho !== undefined ? { rho: opts.rho } : {}),
    weighting: opts.weighting,
    unrated: opts.unrated,
    tScore: opts.tScore,
    ...size(opts),
  });
  return write(spec, opts);
}

/** `promkit chart responders`. Returns the exit status. */
export async function chartResponders(
  input: string,
  opts: OutputOptions & {
    baseline: string;
    followUp: string;
    instrument?: string;
    score?: string;
    direction?: Direction;
    mcid?: string;
    percents?: number[];
    level?: number;
    na: string[];
  },
): Promise<number> {
  const instrument = opts.instrument ? getInstrument(opts.instrument) : undefined;
  if (opts.score !== undefined && !instrument) throw new UsageError('--score needs --instrument');
  const table = readCsv(input);
  const [baseAt, followAt] = [column(table, opts.baseline, '--baseline'), column(table, opts.followUp, '--follow-up')];
  const na = new Set(opts.na);
  const pairs: { baseline: number; followUp: number }[] = [];
  const rowOf: number[] = [];
  let skipped = 0;
  table.rows.forEach((row, i) => {
    const baseline = numberCell(row[baseAt], na, table, i, opts.baseline);
    const followUp = numberCell(row[followAt], na, table, i, opts.followUp);
    if (baseline === null || followUp === null) skipped++;
    else {
      pairs.push({ baseline, followUp });
      rowOf.push(i + 2);
    }
  });
  if (pairs.length === 0) throw new UsageError(`${input} has no row with both ${opts.baseline} and ${opts.followUp}`);
  if (skipped) process.stderr.write(`promkit: skipped ${skipped} row${skipped === 1 ? '' : 's'} without both ${opts.baseline} and ${opts.followUp}\n`);
  const result = inRows(input, 'pairs', rowOf, { baseline: opts.baseline, followUp: opts.followUp }, () =>
    responderProportions(pairs, {
      ...context(instrument, opts.score, opts.direction),
      ...(opts.mcid !== undefined ? { mcid: parseMcid(opts.mcid) } : {}),
      ...(opts.percents !== undefined ? { percents: opts.percents } : {}),
      ...(opts.level !== undefined ? { level: opts.level } : {}),
    }),
  );
  for (const reason of result.reasons ?? []) process.stderr.write(`promkit: ${reason}\n`);
  const name = instrument ? `${instrument.shortTitle ?? instrument.title}${opts.score && opts.score !== 'total' ? ` ${opts.score}` : ''}` : undefined;
  const spec = responderChart(result, { ...(name ? { scoreLabel: name } : {}), ...size(opts) });
  return write(spec, opts);
}

/**
 * Runs `build`; a PromkitError about one entry (`observations.3.value`) is restated with the
 * file's row and column (`diary.csv, row 5 (pain)`), which is what the user can find.
 */
function inRows<T>(input: string, list: string, rowOf: readonly number[], columns: Readonly<Record<string, string>>, build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (!(error instanceof PromkitError)) throw error;
    throw new PromkitError(
      error.issues.map((issue) => {
        const [head, index, field] = issue.path;
        if (head !== list || typeof index !== 'number' || rowOf[index] === undefined) return issue;
        const where = `${input}, row ${rowOf[index]}${typeof field === 'string' && columns[field] ? ` (${columns[field]})` : ''}`;
        const prefix = issue.path.join('.');
        return { ...issue, message: issue.message.startsWith(prefix) ? `${where}${issue.message.slice(prefix.length)}` : `${where}: ${issue.message}` };
      }),
    );
  }
}

function context(instrument: Instrument | undefined, score: string | undefined, direction: Direction | undefined) {
  return {
    ...(instrument ? { instrument } : {}),
    ...(score !== undefined ? { score } : {}),
    ...(direction !== undefined ? { direction } : {}),
  };
}

function size(opts: OutputOptions) {
  return {
    ...(opts.title !== undefined ? { title: opts.title } : {}),
    ...(opts.width !== undefined ? { width: opts.width } : {}),
    ...(opts.height !== undefined ? { height: opts.height } : {}),
  };
}

/** Writes the spec (JSON) or its SVG rendering. */
async function write(spec: VegaLiteSpec, opts: OutputOptions): Promise<number> {
  const text = opts.format === 'json' ? `${JSON.stringify(spec, null, 2)}\n` : await renderSvg(spec);
  if (opts.out && opts.out !== '-') writeFileSync(opts.out, text);
  else process.stdout.write(text);
  return 0;
}

/**
 * Renders a Vega-Lite spec to SVG with `vega` and `vega-lite`, imported only here: the rest of
 * the CLI works without them. The SVG gets a `<title>` and `<desc>` from the spec's title and
 * description, so that the file itself has an accessible name.
 */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  const [vega, vegaLite] = await Promise.all([loadOptional('vega'), loadOptional('vega-lite')]);
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
  try {
    const svg: string = await view.toSVG();
    const title = typeof spec.title === 'object' && spec.title !== null && !Array.isArray(spec.title) ? String((spec.title as { text?: unknown }).text ?? '') : String(spec.title ?? '');
    const description = typeof spec.description === 'string' ? spec.description : '';
    const a11y = `<title>${escapeXml(title)}</title>${description ? `<desc>${escapeXml(description)}</desc>` : ''}`;
    return `${svg.replace(/^(<svg\b[^>]*>)/, `$1${a11y}`)}\n`;
  } finally {
    view.finalize();
  }
}

/**
 * `import()` of an optional package. The specifier is a variable so that the bundler leaves
 * the import to run time (vega is not bundled into the CLI).
 */
async function loadOptional(name: 'vega' | 'vega-lite'): Promise<any> {
  const specifier: string = name;
  try {
    return await import(specifier);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') throw new UsageError(MISSING_RENDERER);
    throw error;
  }
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function readText(input: string): string {
  try {
    return readFileSync(input === '-' ? 0 : input, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${input}: no such file`);
  }
}

interface Table {
  readonly input: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

function readCsv(input: string): Table {
  let records: string[][];
  try {
    records = readCsvText(readText(input));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${input} is not a readable CSV file: ${(error as Error).message}`);
  }
  const [header, ...rows] = records;
  if (!header) throw new UsageError(`${input} is empty: expected a header row`);
  return { input, header: header.map((h) => h.trim()), rows };
}

function column(table: Table, name: string, option: string): number {
  const at = table.header.indexOf(name);
  if (at < 0) throw new UsageError(`${table.input} has no column ${JSON.stringify(name)} (${option}); its columns are ${table.header.map((h) => JSON.stringify(h)).join(', ')}`);
  if (table.header.indexOf(name, at + 1) >= 0) throw new UsageError(`${table.input} has two columns named ${JSON.stringify(name)} (${option})`);
  return at;
}

/**
 * A number, or null for a missing cell; anything else is a usage error naming the row (the
 * header is row 1, as in `promkit change`).
 */
function numberCell(cell: string | undefined, na: ReadonlySet<string>, table: Table, row: number, name: string): number | null {
  const value = parseCell(cell ?? '', na);
  if (value === null || typeof value === 'number') return value;
  throw new UsageError(`${table.input}, row ${row + 2}: ${name} is ${JSON.stringify(value)}, not a number (missing values: ${[...na].map((t) => JSON.stringify(t)).join(', ')})`);
}

function parseBaseline(text: string): number | BaselineSpec {
  if (text === 'first') return { method: 'first' };
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) return { method: 'date', date: text };
  const value = parseCell(text, new Set());
  if (typeof value === 'number') return value;
  throw new UsageError(`--baseline: expected 'first', a date (YYYY-MM-DD) or a number, got ${JSON.stringify(text)}`);
}

function parseMcid(text: string): McidInput {
  const percent = /^(.*?)\s*%$/.exec(text);
  const value = parseCell(percent ? (percent[1] as string) : text, new Set());
  if (typeof value !== 'number' || !(value > 0)) throw new UsageError(`--mcid: expected points (e.g. 2) or a percentage (e.g. 30%), got ${JSON.stringify(text)}`);
  return { value, unit: percent ? 'percent' : 'points' };
}

function positiveNumber(text: string): number {
  const value = parseCell(text, new Set());
  if (typeof value !== 'number' || !(value > 0)) throw new InvalidArgumentError('expected a number > 0');
  return value;
}

function positiveInteger(text: string): number {
  const value = positiveNumber(text);
  if (!Number.isInteger(value)) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return value;
}

function parseRho(text: string): number {
  const value = parseCell(text, new Set());
  if (typeof value !== 'number' || value < 0 || value >= 1) throw new InvalidArgumentError('expected a number with 0 <= rho < 1');
  return value;
}

function parseLevel(text: string): number {
  const value = parseCell(text, new Set());
  if (typeof value !== 'number' || !(value > 0 && value < 1)) throw new InvalidArgumentError('expected a confidence level between 0 and 1, e.g. 0.95');
  return value;
}

function parsePercents(text: string, previous: number[] | undefined): number[] {
  return [...(previous ?? []), ...text.split(',').filter(Boolean).map(positiveNumber)];
}
