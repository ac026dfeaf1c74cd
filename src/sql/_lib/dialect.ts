/**
 * What differs between the SQL dialects promkit writes: quoting, type names, reading an answer
 * as a number, the non-finite test, `floor`/`ceil` result types, joining messages, carrying the
 * source row through the CTEs, and inline conversion tables. Everything else in the generated SQL
 * is written once, in the subset the four dialects share.
 * @internal
 */

/** A SQL dialect `toSql` can write. */
export type SqlDialect = 'duckdb' | 'postgres' | 'spark' | 'bigquery';

/** The dialects, in the order the docs list them. @internal */
export const SQL_DIALECTS: readonly SqlDialect[] = ['duckdb', 'postgres', 'spark', 'bigquery'];

/** How one dialect spells each construct the generated SQL needs. @internal */
export interface Dialect {
  readonly name: SqlDialect;
  /** Quotes an identifier. */
  quoteIdent(name: string): string;
  /** A string literal. */
  string(text: string): string;
  readonly double: string;
  readonly text: string;
  /** The answer in `expr` (any column type) as a double, or NULL when it is not a number. */
  toNumber(expr: string): string;
  /** Whether the double `expr` is NaN. */
  isNaN(expr: string): string;
  /** Positive infinity as a double. */
  readonly infinity: string;
  /** A whole, finite double as JavaScript's String() shows it (4, not 4.0), for messages. */
  showWhole(expr: string): string;
  /** A finite double that is not whole (1.5), as the engine prints it, for messages. */
  showFraction(expr: string): string;
  /** Any finite double, for messages: whole ones as showWhole does. */
  showNumber(expr: string): string;
  /** floor / ceil of a double, as a double. */
  floor(expr: string): string;
  ceil(expr: string): string;
  /** Joins the non-NULL texts with a separator; '' when all are NULL. Parts may start with a line break. */
  joinNonNull(parts: readonly string[], separator: string): string;
  /** The select-list entry that packs the source row (alias `src`) into one column. */
  packRow(alias: string): string;
  /** The select-list entry that unpacks the carried source row back into its columns. */
  unpackRow(column: string): string;
  /** A field of the carried source row. */
  rowField(column: string, field: string): string;
  /**
   * Appended to each CTE's body: PostgreSQL's planner would otherwise merge the steps and copy
   * each step's expressions into every place the next step uses them (exponentially many).
   */
  readonly fence: string;
  /** The body of a CTE holding a conversion table: double columns raw, tscore, se. */
  table(rows: readonly (readonly [string, string, string])[]): string;
}

const RESERVED = new Set(
  (
    'all and any array as asc between both by case cast check collate column constraint create cross current_date ' +
    'current_time current_timestamp current_user default desc distinct do else end except exists false fetch for ' +
    'foreign from full grant group having in inner intersect interval into is join lateral leading left like limit ' +
    'map natural not null offset on only or order outer over partition pivot primary qualify range references right ' +
    'rows select session_user some struct table then to trailing true union unique unpivot user using values when ' +
    'where window with'
  ).split(' '),
);

/** A name that needs no quotes in any dialect: lower-case letters, digits and `_`, not reserved. */
function plain(name: string): boolean {
  return /^[a-z_][a-z0-9_]*$/.test(name) && !RESERVED.has(name);
}

const doubleQuoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
const backQuoted = (name: string) => `\`${name.replace(/\\/g, '\\\\').replace(/`/g, '\\`')}\``;

/** Standard SQL strings: a quote is doubled, a backslash is an ordinary character. */
const standardString = (text: string) => `'${text.replace(/'/g, "''")}'`;
/** Spark and BigQuery strings: backslash escapes. */
const escapedString = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

/**
 * PostgreSQL has no TRY_CAST: text is read as a number only when it looks like one, so a bad
 * answer becomes an error message instead of aborting the query. The length and exponent limits
 * keep every accepted text inside double precision's range (an overflow would abort too).
 */
const PG_NUMBER = String.raw`^\s*[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]{1,2})?\s*$`;
const PG_SPECIAL = `('nan', 'infinity', '+infinity', '-infinity', 'inf', '+inf', '-inf')`;

function valuesTable(rows: readonly (readonly [string, string, string])[], double: string): string {
  return (
    `select cast(raw as ${double}) as raw, cast(tscore as ${double}) as tscore, cast(se as ${double}) as se\n` +
    `  from (values\n${rows.map((row) => `    (${row.join(', ')})`).join(',\n')}\n  ) as t (raw, tscore, se)`
  );
}

/** 4.0 → '4': whole numbers through BIGINT (where they fit), others as the engine prints a double. */
const showAny = (text: string, bigint: string) => (e: string) =>
  `case when ${e} = floor(${e}) and abs(${e}) < 1e15 then cast(cast(${e} as ${bigint}) as ${text}) else cast(${e} as ${text}) end`;

const duckdb: Dialect = {
  name: 'duckdb',
  fence: '',
  quoteIdent: doubleQuoted,
  string: standardString,
  double: 'double',
  text: 'varchar',
  toNumber: (e) => `try_cast(${e} as double)`,
  isNaN: (e) => `isnan(${e})`,
  infinity: `cast('Infinity' as double)`,
  showWhole: (e) => `cast(cast(${e} as bigint) as varchar)`,
  showFraction: (e) => `cast(${e} as varchar)`,
  showNumber: showAny('varchar', 'bigint'),
  floor: (e) => `floor(${e})`,
  ceil: (e) => `ceil(${e})`,
  joinNonNull: (parts, sep) => `concat_ws(${standardString(sep)},${parts.join(',')})`,
  packRow: (alias) => `${alias} as source__row`,
  unpackRow: (column) => `${column}.*`,
  rowField: (column, field) => `${column}.${field}`,
  table: (rows) => valuesTable(rows, 'double'),
};

const postgres: Dialect = {
  name: 'postgres',
  // OFFSET 0 keeps a subquery from being pulled up into the query that reads it.
  fence: '\n  offset 0',
  quoteIdent: doubleQuoted,
  string: standardString,
  double: 'double precision',
  text: 'text',
  toNumber: (e) =>
    `case\n        when length(cast(${e} as text)) <= 40 and cast(${e} as text) ~ ${standardString(PG_NUMBER)}` +
    ` then cast(cast(${e} as text) as double precision)\n` +
    `        when lower(trim(cast(${e} as text))) in ${PG_SPECIAL} then cast(trim(cast(${e} as text)) as double precision)\n      end`,
  // PostgreSQL's NaN equals itself (and sorts above every number).
  isNaN: (e) => `${e} = cast('NaN' as double precision)`,
  infinity: `cast('Infinity' as double precision)`,
  // PostgreSQL prints a double in its shortest exact form, 4 as '4', as JavaScript does.
  showWhole: (e) => `cast(${e} as text)`,
  showFraction: (e) => `cast(${e} as text)`,
  showNumber: (e) => `cast(${e} as text)`,
  floor: (e) => `floor(${e})`,
  ceil: (e) => `ceil(${e})`,
  joinNonNull: (parts, sep) => `concat_ws(${standardString(sep)},${parts.join(',')})`,
  packRow: (alias) => `${alias} as source__row`,
  unpackRow: (column) => `(${column}).*`,
  rowField: (column, field) => `(${column}).${field}`,
  table: (rows) => valuesTable(rows, 'double precision'),
};

const spark: Dialect = {
  name: 'spark',
  fence: '',
  quoteIdent: backQuoted,
  string: escapedString,
  double: 'double',
  text: 'string',
  toNumber: (e) => `try_cast(${e} as double)`,
  isNaN: (e) => `isnan(${e})`,
  infinity: `double('Infinity')`,
  showWhole: (e) => `cast(cast(${e} as bigint) as string)`,
  showFraction: (e) => `cast(${e} as string)`,
  showNumber: showAny('string', 'bigint'),
  // Spark's floor and ceil return BIGINT.
  floor: (e) => `cast(floor(${e}) as double)`,
  ceil: (e) => `cast(ceil(${e}) as double)`,
  joinNonNull: (parts, sep) => `concat_ws(${escapedString(sep)},${parts.join(',')})`,
  packRow: (alias) => `struct(${alias}.*) as source__row`,
  unpackRow: (column) => `${column}.*`,
  rowField: (column, field) => `${column}.${field}`,
  table: (rows) => valuesTable(rows, 'double'),
};

const bigquery: Dialect = {
  name: 'bigquery',
  fence: '',
  quoteIdent: backQuoted,
  string: escapedString,
  double: 'float64',
  text: 'string',
  toNumber: (e) => `safe_cast(${e} as float64)`,
  isNaN: (e) => `is_nan(${e})`,
  infinity: `cast('inf' as float64)`,
  showWhole: (e) => `cast(cast(${e} as int64) as string)`,
  showFraction: (e) => `cast(${e} as string)`,
  showNumber: showAny('string', 'int64'),
  floor: (e) => `floor(${e})`,
  ceil: (e) => `ceil(${e})`,
  // BigQuery has no CONCAT_WS; ARRAY_TO_STRING leaves out NULL elements.
  joinNonNull: (parts, sep) => `array_to_string([${parts.join(',')}], ${escapedString(sep)})`,
  packRow: (alias) => `${alias} as source__row`,
  unpackRow: (column) => `${column}.*`,
  rowField: (column, field) => `${column}.${field}`,
  // BigQuery has no VALUES list: an array of structs, unnested.
  table: (rows) =>
    `select raw, tscore, se\n  from unnest(array<struct<raw float64, tscore float64, se float64>>[\n` +
    `${rows.map((row) => `    (${row.join(', ')})`).join(',\n')}\n  ])`,
};

const DIALECTS: Readonly<Record<SqlDialect, Dialect>> = { duckdb, postgres, spark, bigquery };

/** The dialect with this name, or undefined. @internal */
export function dialectNamed(name: unknown): Dialect | undefined {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(DIALECTS, name) ? DIALECTS[name as SqlDialect] : undefined;
}

/** An identifier, quoted only where it must be. @internal */
export function ident(d: Dialect, name: string): string {
  return plain(name) ? name : d.quoteIdent(name);
}

/**
 * A number literal that every dialect reads as exactly this double: whole numbers as written,
 * short decimals as written (each dialect converts them exactly), anything longer through a
 * string cast (correctly rounded by every engine's parser).
 * @internal
 */
export function num(d: Dialect, value: number): string {
  if (Number.isInteger(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER) return String(value);
  const text = String(value);
  const digits = text.replace(/^-/, '').replace(/e.*$/, '').replace('.', '').replace(/^0+/, '');
  if (!/e/.test(text) && digits.length <= 15) return text;
  return `cast(${d.string(text)} as ${d.double})`;
}
