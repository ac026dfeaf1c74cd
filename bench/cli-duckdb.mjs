// DuckDB on one thread doing what `promkit score -i phq-9` does for complete rows: the sum, the
// severity band and the item-9 flag, read from and written to CSV. Run by bench/cli.mjs.
import { DuckDBInstance } from '@duckdb/node-api';

const [input, output] = process.argv.slice(2);
const db = await DuckDBInstance.create(':memory:', { threads: '1' });
const connection = await db.connect();
const sum = Array.from({ length: 9 }, (_, i) => `phq9_${i + 1}`).join(' + ');
const quote = (path) => `'${path.replace(/'/g, "''")}'`;
await connection.run(`
  copy (
    select *,
      ${sum} as phq9_total,
      case when ${sum} <= 4 then 'minimal' when ${sum} <= 9 then 'mild' when ${sum} <= 14 then 'moderate'
           when ${sum} <= 19 then 'moderately severe' else 'severe' end as phq9_total_band,
      phq9_9 > 0 as phq9_item9Positive
    from read_csv(${quote(input)}, header = true)
  ) to ${quote(output)} (header, delimiter ',')`);
