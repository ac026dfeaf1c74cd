/** toSql's DuckDB output, run on DuckDB itself (@duckdb/node-api, in process), against score(). */
import { DuckDBInstance } from '@duckdb/node-api';
import { describe } from 'vitest';
import { differentialSuite } from './suite.js';

describe('toSql on DuckDB', () => {
  differentialSuite(async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    return {
      dialect: 'duckdb',
      double: 'double',
      async exec(sql) {
        await connection.run(sql);
      },
      async query(sql) {
        const reader = await connection.runAndReadAll(sql);
        return reader.getRowObjectsJS() as Record<string, unknown>[];
      },
      async load(table, columns, rows) {
        await connection.run(`create table "${table}" (row_id integer, ${columns.map((c) => `"${c.replace(/"/g, '""')}" double`).join(', ')})`);
        const appender = await connection.createAppender(table);
        rows.forEach((row, r) => {
          appender.appendInteger(r);
          for (const value of row) {
            if (value === null) appender.appendNull();
            else appender.appendDouble(value);
          }
          appender.endRow();
        });
        appender.closeSync();
      },
      async close() {
        connection.closeSync();
        instance.closeSync();
      },
    };
  });
});
