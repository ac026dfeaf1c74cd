/** toSql's PostgreSQL output, run on PostgreSQL (PGlite: Postgres compiled to WASM), against score(). */
import { PGlite } from '@electric-sql/pglite';
import { describe } from 'vitest';
import { differentialSuite } from './suite.js';

describe('toSql on PostgreSQL', () => {
  differentialSuite(async () => {
    const pg = new PGlite();
    await pg.waitReady;
    return {
      dialect: 'postgres',
      double: 'double precision',
      async exec(sql) {
        await pg.exec(sql);
      },
      async query(sql) {
        return (await pg.query<Record<string, unknown>>(sql)).rows;
      },
      async close() {
        await pg.close();
      },
    };
  });
});
