/**
 * The SQL compiler: score a warehouse table in place, with the engine's rules compiled to one
 * readable query per dialect (DuckDB, PostgreSQL, Spark SQL, BigQuery). See docs/sql.md.
 *
 * @packageDocumentation
 */
export { toSql } from './toSql/index.js';
export type { ToSqlOptions } from './toSql/index.js';
export type { SqlDialect } from './_lib/dialect.js';
