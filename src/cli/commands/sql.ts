import { Command, InvalidArgumentError, Option } from 'commander';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { getInstrument } from '../../catalog/index.js';
import type { MissingPolicy } from '../../engine/score.js';
import { SQL_DIALECTS, type SqlDialect } from '../../sql/_lib/dialect.js';
import { toSql } from '../../sql/toSql/index.js';
import { UsageError } from '../_lib/io.js';
import { readColumnMap } from '../_lib/maps.js';

/** Options of `promkit sql`. */
export interface SqlCommandOptions {
  readonly dialect: SqlDialect;
  readonly map?: string;
  readonly table: string;
  readonly missing: MissingPolicy;
  readonly na: readonly string[];
  readonly view?: string;
  readonly out?: string;
}

/**
 * Adds `promkit sql <id…> --dialect duckdb|postgres|spark|bigquery` to the program: prints (or
 * writes) one query that scores a table where it lives, adding the columns `promkit score` adds
 * to a CSV, with the same values.
 *
 * @param cli - the `promkit` program
 *
 * @example
 * ```ts
 * import { Command } from 'commander';
 *
 * const cli = new Command('promkit');
 * registerSqlCommand(cli);
 * cli.commands.map((c) => c.name()); //=> ['sql']
 * // $ promkit sql phq-9 gad-7 --dialect postgres --table registry.visits --map columns.json > score.sql
 * ```
 */
export function registerSqlCommand(cli: Command): void {
  cli
    .command('sql')
    .description('print one SQL query that scores a table in place (DuckDB, PostgreSQL, Spark SQL, BigQuery), adding the columns `promkit score` adds')
    .argument('<id...>', 'instrument id(s), e.g. phq-9 gad-7 (see `promkit list`)')
    .addOption(new Option('--dialect <dialect>', 'SQL dialect').choices([...SQL_DIALECTS]).makeOptionMandatory())
    .option('-m, --map <columns.json>', 'JSON column map: {"<item id>": "<column>"} or keyed by instrument id')
    .option('-t, --table <name>', 'the table (or view) with one row per questionnaire, e.g. registry.phq9 or project.dataset.table', 'responses')
    .addOption(
      new Option('--missing <policy>', 'missing-item policy: official, strict, or minAnswered=N').argParser(parseMissing).default('official'),
    )
    .option('--na <tokens...>', 'answers meaning "unanswered" besides NULL (text compared trimmed; numbers compared as numbers)', ['', 'NA'])
    .option('--view <name>', 'write `create or replace view <name> as …` instead of a bare query')
    .option('-o, --out <file.sql>', 'output file (default: stdout)')
    .addHelpText(
      'after',
      `
Examples:
  $ promkit sql phq-9 --dialect duckdb --table answers > phq9.sql
  $ promkit sql phq-9 gad-7 --dialect postgres --table registry.visits --map columns.json --view registry.visits_scored
  $ promkit sql promis-pi-4a --dialect bigquery --table my-project.registry.pain --missing minAnswered=3

DuckDB and PostgreSQL output is tested against promkit's own scoring; Spark and BigQuery output
is not executed here (see docs/sql.md). Exit status: 0 ok, 2 usage error.`,
    )
    // A mistake in how the command was called exits 2, as the help says (commander's default is 1).
    .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2))
    .action((ids: string[], opts) => {
      const sql = sqlCommand(ids.flatMap((id) => id.split(',')).filter(Boolean), {
        dialect: opts.dialect,
        map: opts.map,
        table: opts.table,
        missing: opts.missing,
        na: opts.na,
        view: opts.view,
        out: opts.out,
      });
      if (opts.out) writeAtomically(opts.out, sql);
      else process.stdout.write(sql);
    });
}

/**
 * The SQL `promkit sql` prints: the instruments' definitions, the column map (flattened: one
 * column per item id across the instruments) and the options, through `toSql`.
 * @throws {UsageError} for an unreadable or contradictory column map
 */
export function sqlCommand(ids: readonly string[], options: SqlCommandOptions): string {
  if (ids.length === 0) throw new UsageError('name at least one instrument id (see `promkit list`)');
  const instruments = ids.map((id) => getInstrument(id));
  const maps = readColumnMap(options.map, ids);
  const columns: Record<string, string> = {};
  for (const [id, map] of Object.entries(maps)) {
    const items = new Set(getInstrument(id).items.map((item) => item.id));
    for (const [item, column] of Object.entries(map)) {
      if (!items.has(item)) throw new UsageError(`the column map names ${JSON.stringify(item)} for ${id}, which has no such item; its items are ${[...items].join(', ')}`);
      if (columns[item] !== undefined && columns[item] !== column) {
        throw new UsageError(`the column map gives item ${item} two columns (${columns[item]} and ${column}, the latter for ${id}); one query reads one column per item`);
      }
      columns[item] = column;
    }
  }
  return toSql(instruments, { dialect: options.dialect, table: options.table, columns, missing: options.missing, na: options.na, view: options.view });
}

function parseMissing(value: string): MissingPolicy {
  if (value === 'official' || value === 'strict') return value;
  const match = /^minAnswered=(\d+)$/.exec(value);
  if (match && Number(match[1]) >= 1) return { minAnswered: Number(match[1]) };
  throw new InvalidArgumentError('expected official, strict or minAnswered=N (a whole number ≥ 1)');
}

/** Writes beside the target and renames, so a half-written file never looks finished. */
function writeAtomically(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new UsageError(`cannot write ${path}: ${(error as Error).message}`);
  }
}
