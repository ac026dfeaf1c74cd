/**
 * The `promkit` command: score CSV exports, summarise change, list and describe instruments.
 * Reads only the files it is given; `--help` on every command.
 *
 * Start-up stays short (`promkit --version` ≤ 150 ms): only commander loads up front. Each
 * command imports its implementation inside its action (`await import('./commands/….js')`), and a
 * command that defines its options in a heavy module (`chart`, `sql`, `report`) is registered from it only
 * when the command line names it (`LAZY`). Add new commands the same way; test/cli/startup.test.ts
 * checks what `--version` loads.
 */
import { Command, CommanderError, Option } from 'commander';
import { EXIT_HELP, report } from './_lib/io.js';

const formatOption = () => new Option('--format <format>', 'output format').choices(['text', 'json']).default('text');

/**
 * Commands registered by their own modules: what `promkit --help` says of each (test/cli/
 * startup.test.ts keeps it equal to the module's), and how to load the module.
 */
const LAZY: Record<string, { description: string; args?: string; register: () => Promise<(cli: Command) => void> }> = {
  chart: {
    description: 'draw a chart as SVG, or print its Vega-Lite spec: a patient trajectory, GAS goals, or cohort responders',
    register: async () => (await import('./commands/chart.js')).registerChartCommand,
  },
  sql: {
    args: '<id...>',
    description:
      'print one SQL query that scores a table in place (DuckDB, PostgreSQL, Spark SQL, BigQuery), adding the columns `promkit score` adds',
    register: async () => (await import('./commands/sql.js')).registerSqlCommand,
  },
  report: {
    args: '<visits.csv>',
    description:
      "one patient's progress review as a self-contained HTML page: scores and change, reliable change and MCIDs, goals, the diary week",
    register: async () => (await import('./commands/report.js')).registerReportCommand,
  },
};

export async function program(argv: readonly string[] = process.argv): Promise<Command> {
  const cli = new Command('promkit')
    .description('Score validated patient-reported outcome measures (PROMs) from CSV exports.')
    .version('0.1.0')
    .showHelpAfterError()
    // Usage errors exit 2 (commander's own default is 1, which means "some rows were bad" here).
    .exitOverride()
    .addHelpText('after', EXIT_HELP);

  cli
    .command('score')
    .description('add score columns (value, band, status, T-score/SE, reason, flags, error) to every row of a CSV export')
    .argument('<in.csv>', 'input CSV with a header row ("-" for stdin), or a .parquet file')
    .requiredOption('-i, --instrument <id...>', 'instrument id(s), e.g. phq-9 gad-7 (see `promkit list`)')
    .option('-m, --map <columns.json>', 'JSON column map: {"<item id>": "<column>"} or keyed by instrument id')
    .option('-o, --out <scored.csv>', 'output file (default: stdout)')
    .addOption(new Option('--format <format>', 'output format: csv, json (one JSON object per line), or parquet (default when --out ends in .parquet)').choices(['csv', 'json', 'parquet']).default('csv'))
    .addOption(new Option('--missing <policy>', 'missing-item policy').choices(['official', 'strict']).default('official'))
    .option('--na <tokens...>', 'cell values meaning "unanswered"', ['', 'NA'])
    .option('--allow-errors', 'exit 0 even when some rows could not be scored; keep a malformed CSV line as a bad row instead of stopping', false)
    .option('--values <values.json>', 'explicit recodes: {"<label or code>": value} (or keyed by instrument id; null = unanswered)')
    .option('--shift <n...>', 'add n to every numeric code (-1 turns a 1..k export into 0..k-1); or <instrument>=<n>')
    .option('--redcap-dictionary <dict.csv>', 'REDCap data dictionary: find items by field name or label, recode choices by their labels')
    .option('--no-labels', 'do not read option labels ("Several days") as their values')
    .option('--decimal-comma', 'read 2,5 as 2.5 where an item allows decimals (default when the file is ";"-separated)')
    .option('--delimiter <char>', 'field delimiter: , ; tab | (default: sniffed from the header)')
    .option('--encoding <name>', 'utf-8 (default), utf-16le, utf-16be, latin1, windows-1252 (a BOM is always followed)')
    .option('--excel-safe', 'also neutralise formula-like cells (=, +, -, @) in the columns passed through (changes data)', false)
    .addHelpText('after', EXIT_HELP)
    .action(async (input: string, opts) => {
      const { scoreCommand } = await import('./commands/score.js');
      process.exitCode = await scoreCommand(input, {
        values: opts.values,
        shift: opts.shift,
        redcapDictionary: opts.redcapDictionary,
        labels: opts.labels,
        decimalComma: opts.decimalComma,
        delimiter: opts.delimiter,
        encoding: opts.encoding,
        excelSafe: opts.excelSafe,
        instrument: opts.instrument.flatMap((id: string) => id.split(',')).filter(Boolean),
        map: opts.map,
        out: opts.out,
        format: opts.format,
        allowErrors: opts.allowErrors,
        missing: opts.missing,
        na: opts.na,
      });
    });

  cli
    .command('change')
    .description('long-format visits in, one row per patient out: baseline, latest, change, percent change, RCI, MCID and IMMPACT categories')
    .argument('<in.csv>', 'input CSV, one row per patient per visit ("-" for stdin)')
    .requiredOption('--id <column>', 'column holding the patient id')
    .requiredOption('--date <column>', 'column holding the visit date (YYYY-MM-DD, or a date-time with a zone)')
    .requiredOption('-i, --instrument <id>', 'instrument id, e.g. nrs or phq-9')
    .option('--score <name>', 'which score of the instrument', 'total')
    .option('--value <column>', 'a column with the score already computed (on the score\'s own metric: T-score for PROMIS); default: score the item columns')
    .option('-m, --map <columns.json>', 'JSON column map for the item columns')
    .option('-o, --out <file>', 'output file (default: stdout)')
    .addOption(new Option('--format <format>', 'output format: csv, or json (one object per line)').choices(['csv', 'json']).default('csv'))
    .addOption(new Option('--missing <policy>', 'missing-item policy').choices(['official', 'strict']).default('official'))
    .addOption(new Option('--duplicates <policy>', 'two visits on the same date').choices(['mean', 'first', 'last', 'error']).default('error'))
    .addOption(
      new Option('--method <method>', 'reliable-change method')
        .choices(['jacobson-truax', 'gulliksen-lord-novick', 'edwards-nunnally', 'hsu-linn-lord', 'hageman-arrindell'])
        .default('jacobson-truax'),
    )
    .option('--reliability <r>', 'reliability for reliable change (default: the one stored with the instrument)')
    .option('--sd <sd>', 'pre-treatment SD for reliable change (default: the one stored with the instrument)')
    .option('--na <tokens...>', 'cell values meaning "unanswered"', ['', 'NA'])
    .option('--allow-errors', 'exit 0 even when some rows could not be read (they are still reported)', false)
    .option('--values <values.json>', 'explicit recodes: {"<label or code>": value} (null = unanswered)')
    .option('--shift <n...>', 'add n to every numeric code (-1 turns a 1..k export into 0..k-1)')
    .option('--delimiter <char>', 'field delimiter: , ; tab | (default: sniffed from the header)')
    .option('--encoding <name>', 'utf-8 (default), utf-16le, utf-16be, latin1, windows-1252')
    .addHelpText('after', EXIT_HELP)
    .action(async (input: string, opts) => {
      const { changeCommand } = await import('./commands/change.js');
      process.exitCode = await changeCommand(input, opts);
    });

  cli
    .command('list')
    .description('list the instruments promkit ships')
    .addOption(formatOption())
    .action(async (opts) => {
      const { listCommand } = await import('./commands/catalog.js');
      process.stdout.write(listCommand(opts.format));
    });

  cli
    .command('describe')
    .description('items, scoring, missing-item rule, bands, licence and citations of an instrument')
    .argument('<id>', 'instrument id, e.g. phq-9')
    .addOption(formatOption())
    .action(async (id: string, opts) => {
      const { describeCommand } = await import('./commands/catalog.js');
      process.stdout.write(describeCommand(id, opts.format));
    });

  const words = argv.slice(2);
  for (const [name, { description, args, register }] of Object.entries(LAZY)) {
    if (words.includes(name)) (await register())(cli);
    else cli.command(args ? `${name} ${args}` : name).description(description); // listed by --help; never run
  }
  return cli;
}

// A reader that stops early (`promkit score big.csv | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

program()
  .then((cli) => cli.parseAsync(process.argv))
  .catch((error: unknown) => {
    if (error instanceof CommanderError) {
      // Commander has printed the message (or the help); --help and --version exit 0.
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    process.exitCode = report(error);
  });
