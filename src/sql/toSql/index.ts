import { defaultPrefix } from '../../batch/_lib/fields.js';
import { compile, type CompiledInstrument } from '../../engine/compile.js';
import { resolvePolicy, type ResolvedPolicy } from '../../engine/policy.js';
import type { MissingPolicy } from '../../engine/score.js';
import { describeValue, PromkitError, type PromkitIssue } from '../../errors.js';
import type { Instrument } from '../../model/schema.js';
import { buildChain, type Cte, type NaTokens } from '../_lib/chain.js';
import { dialectNamed, ident, SQL_DIALECTS, type Dialect, type SqlDialect } from '../_lib/dialect.js';

/** Options of {@link toSql}. */
export interface ToSqlOptions {
  /** The SQL dialect to write: `'duckdb'`, `'postgres'`, `'spark'` or `'bigquery'`. */
  readonly dialect: SqlDialect;
  /**
   * The table (or view) holding one row per questionnaire, e.g. `'registry.phq9_answers'` or,
   * in BigQuery, `'project.dataset.table'`; each dot-separated part is quoted where it needs it.
   * Default `'responses'`.
   */
  readonly table?: string;
  /** Item id → column name, for columns not named after their item ids. Shared by all instruments. */
  readonly columns?: Readonly<Record<string, string>>;
  /** Missing-item policy, as in `score()`; default `'official'`. */
  readonly missing?: MissingPolicy;
  /**
   * Prefix of the added columns (default: the instrument id without hyphens, `phq-9` → `phq9`);
   * with several instruments, a record keyed by instrument id.
   */
  readonly prefix?: string | Readonly<Record<string, string>>;
  /**
   * Answers meaning "unanswered" besides NULL, as in `promkit score --na` (default `['', 'NA']`).
   * Text tokens match a text column's trimmed value; numeric tokens (e.g. `'-99'`) match the
   * number in any column.
   */
  readonly na?: readonly string[];
  /** Wrap the query in `create or replace view <name> as …`. */
  readonly view?: string;
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Compiles instrument definitions to one SQL query that scores a whole table where it lives —
 * DuckDB, PostgreSQL, Spark SQL or BigQuery — with the engine's rules: reverse scoring and
 * recodes, each score's method, the missing-item rule with proration and rounding, conversion
 * tables, bands, flags and classifications.
 *
 * The query keeps every column of the table and adds the columns `promkit score` adds to a CSV,
 * with the same values: per score `<prefix>_<score>`, `_band`, `_status`, `_tscore` and `_se`
 * (conversion tables only), `_reason`; then one column per flag and classification, and
 * `<prefix>_error`. A row with an answer its item does not allow gets the error message (what
 * `score()` would throw) and NULL in every other added column: never a number. Answers may be
 * numeric or text columns; NULL, and the `na` tokens, mean unanswered.
 *
 * The SQL is one CTE per step (answers → checked → recoded → summed → scored → rounded →
 * converted → banded → flagged → result), each with a comment naming its rule and citation key.
 * DuckDB and PostgreSQL output is tested against `score()` on every shipped instrument; Spark
 * and BigQuery output is checked against golden files but not executed (see docs/sql.md).
 *
 * @param instrument - a shipped definition or one from `defineInstrument`, or several
 * @param options - the dialect, and optionally the table, column map, missing policy, prefix, NA tokens, view name
 * @returns the SQL text (a `select`, or a `create or replace view`)
 * @throws {PromkitError} `invalid-definition` for a definition promkit did not validate;
 *   `invalid-argument` for an unknown dialect, a bad policy, prefix or table name, or a column
 *   map naming an item no instrument has
 *
 * @example
 * ```ts
 * import { toSql } from 'promkit/sql';
 * import { phq9 } from 'promkit/instruments';
 *
 * const sql = toSql(phq9, { dialect: 'postgres', table: 'registry.phq9' });
 * sql.includes('as phq9_total,'); //=> true
 * // select (source__row).*, phq9_total, phq9_total_band, … from phq9_result
 * ```
 */
export function toSql(instrument: Instrument | readonly Instrument[], options: ToSqlOptions): string {
  const issues: PromkitIssue[] = [];
  const bad = (path: (string | number)[], input: unknown, message: string) => issues.push({ code: 'invalid-argument', path, input, message });
  if (options === null || typeof options !== 'object') {
    throw new PromkitError([{ code: 'invalid-argument', path: ['options'], input: options, message: `options: expected an object with a dialect (${SQL_DIALECTS.join(', ')}), got ${describeValue(options)}` }]);
  }
  const d = dialectNamed(options.dialect);
  if (!d) bad(['options', 'dialect'], options.dialect, `options.dialect: expected one of ${SQL_DIALECTS.join(', ')}, got ${describeValue(options.dialect)}`);

  const list: readonly Instrument[] = Array.isArray(instrument) ? instrument : [instrument as Instrument];
  if (list.length === 0) bad(['instrument'], instrument, 'instrument: expected a definition or a non-empty array of definitions');
  const compiled: CompiledInstrument[] = list.map((def) => compile(def));
  const policy: ResolvedPolicy = resolvePolicy({ missing: options.missing });

  const table = options.table ?? 'responses';
  const tableParts = typeof table === 'string' ? table.split('.') : [];
  if (tableParts.length === 0 || tableParts.some((part) => part.trim() === '')) {
    bad(['options', 'table'], table, `options.table: expected a table name such as "responses" or "schema.responses", got ${describeValue(table)}`);
  }

  const columns = options.columns ?? {};
  const itemIds = new Set(compiled.flatMap((c) => c.itemIds));
  for (const [itemId, column] of Object.entries(columns)) {
    if (!itemIds.has(itemId)) bad(['options', 'columns', itemId], column, `options.columns: ${JSON.stringify(itemId)} is not an item of ${list.map((i) => i.id).join(', ')}`);
    else if (typeof column !== 'string' || column === '') bad(['options', 'columns', itemId], column, `options.columns: ${itemId} must name a column, got ${describeValue(column)}`);
  }

  const prefixes = compiled.map((c, k) => {
    const given = options.prefix;
    const prefix = typeof given === 'string' ? (list.length === 1 ? given : undefined) : given?.[c.def.id];
    if (typeof given === 'string' && list.length > 1) bad(['options', 'prefix'], given, 'options.prefix: with several instruments, give a record keyed by instrument id');
    const chosen = prefix ?? defaultPrefix(list[k] as Instrument);
    if (!/^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*$/.test(chosen)) {
      bad(['options', 'prefix'], chosen, `options.prefix: ${JSON.stringify(chosen)} must start with a letter and use letters, digits and single "_"`);
    }
    return chosen;
  });
  prefixes.forEach((p, k) => {
    if (prefixes.indexOf(p) !== k) bad(['options', 'prefix'], p, `options.prefix: two instruments would both add columns named ${p}_…; give each its own prefix`);
  });

  const tokens = options.na ?? ['', 'NA'];
  if (!Array.isArray(tokens) || tokens.some((t) => typeof t !== 'string')) bad(['options', 'na'], tokens, `options.na: expected an array of strings, got ${describeValue(tokens)}`);
  const view = options.view;
  if (view !== undefined && (typeof view !== 'string' || view.split('.').some((part) => part.trim() === ''))) {
    bad(['options', 'view'], view, `options.view: expected a view name, got ${describeValue(view)}`);
  }
  if (issues.length > 0) throw new PromkitError(issues);

  const dialect = d as Dialect;
  const na: NaTokens = {
    text: tokens.filter((t) => !NUMBER.test(t.trim())).map((t) => t.trim()).filter((t, k, all) => all.indexOf(t) === k),
    numbers: tokens.filter((t) => NUMBER.test(t.trim())).map(Number),
  };
  const tableSql = tableParts.map((part) => ident(dialect, part)).join('.');

  const ctes: Cte[] = [];
  const outputs: string[] = [];
  let last = '';
  compiled.forEach((c, k) => {
    const chain = buildChain({
      d: dialect,
      compiled: c,
      prefix: prefixes[k] as string,
      columns,
      policy,
      na,
      source: k === 0 ? { kind: 'table', sql: tableSql } : { kind: 'cte', name: last, carried: [...outputs] },
    });
    ctes.push(...chain.ctes);
    outputs.push(...chain.outputs);
    last = chain.last;
  });

  const header = [
    `promkit: ${list.map((i) => `${i.shortTitle ?? i.title} (${i.id}, ${i.version})`).join('; ')}, scored in SQL (${dialect.name}).`,
    `Reads ${tableSql}, one row per questionnaire; keeps its columns and adds: ${outputs.join(', ')}.`,
    `Missing-item policy: ${policyName(policy)}. Unanswered: NULL${na.text.length + na.numbers.length > 0 ? `, or ${[...na.text.map((t) => JSON.stringify(t)), ...na.numbers.map(String)].join(', ')}` : ''}.`,
    'A row with an answer its item does not allow gets <prefix>_error and NULL in every other added column.',
    'Generated by promkit toSql from the definition; every rule below is the engine\'s, tested against score() on DuckDB and PostgreSQL.',
  ];
  const body = ctes.map((c) => `${c.comment.map(comment).join('\n')}\n${c.name} as (\n  ${c.body}${dialect.fence}\n)`).join(',\n');
  const select = `select\n  ${dialect.unpackRow('source__row')},\n${outputs.map((o) => `  ${ident(dialect, o)}`).join(',\n')}\nfrom ${last}`;
  const query = `${header.map(comment).join('\n')}\nwith\n${body}\n${select}`;
  return view === undefined ? `${query};\n` : `create or replace view ${view.split('.').map((part) => ident(dialect, part)).join('.')} as\n${query};\n`;
}

function comment(text: string): string {
  return `-- ${text.replace(/\s+/g, ' ').trim()}`;
}

function policyName(policy: ResolvedPolicy): string {
  if (policy.kind === 'official') return "official (each score's published rule)";
  if (policy.kind === 'strict') return 'strict (every item of a score answered)';
  return `at least ${policy.minAnswered} answered per score (capped at the score's item count)`;
}
