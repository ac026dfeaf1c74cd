import * as z from 'zod/mini';

/**
 * The instrument definition format. `InstrumentSchema` is the single source of truth:
 * `Instrument` and every nested type are inferred from it.
 *
 * Written with `zod/mini`, whose functions a bundler can drop one by one, and built lazily: the
 * schema objects are constructed the first time a definition is validated, not when promkit is
 * imported. A bundle that only scores (and never validates a custom definition) carries no zod
 * code at all.
 *
 * @module
 */

const nonEmpty = () => z.string().check(z.minLength(1));
const finite = () => z.number().check(z.refine(Number.isFinite, { message: 'must be a finite number' }));
const positive = (message: string) => z.number().check(z.refine(Number.isFinite, { message: 'must be a finite number' }), z.refine((v) => v > 0, message));
const note = (text: string) => z.describe(text);

/** Builds every schema once; see {@link InstrumentSchema}. */
function buildSchemas() {
  const Id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case kebab, e.g. "phq-9"'));
  const Key = nonEmpty();
  const ItemId = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_.]*$/, 'must start with a letter and use letters, digits, "_" or "."'));
  const ScoreName = z.string().check(z.regex(/^[a-z][A-Za-z0-9]*$/, 'must be camelCase, e.g. "total" or "interference"'));

  const Source = z.strictObject({
    ref: nonEmpty().check(note('key of an entry in the instrument citations')),
    locator: z.optional(nonEmpty().check(note('page, table or section'))),
    note: z.optional(nonEmpty()),
  });

  const Citation = z.strictObject({
    key: Key,
    text: z.string().check(z.minLength(10)),
    doi: z.optional(z.string().check(z.minLength(3))),
    url: z.optional(z.url()),
  });

  const Licence = z.strictObject({
    status: z.enum([
      'public-domain',
      'free-with-attribution',
      'free-for-noncommercial',
      'permission-required',
      'proprietary',
      'user-defined',
    ]),
    verbatimText: z.boolean().check(note('whether exact item text may be redistributed in software')),
    holder: z.optional(nonEmpty()),
    note: nonEmpty(),
    url: z.optional(z.url()),
  });

  const Option = z.strictObject({
    value: finite().check(note('the coded answer, as the form prints it and as responses give it')),
    label: nonEmpty(),
    loinc: z.optional(nonEmpty()),
    scoredAs: z.optional(
      finite().check(
        note('what the answer contributes to scores, where the manual recodes it (e.g. a 5-point answer collapsed to 0/1); give it on every option of the item or on none'),
      ),
    ),
  });

  const Numeric = z.strictObject({
    min: finite(),
    max: finite(),
    integer: z.boolean(),
    minLabel: z.optional(nonEmpty()),
    maxLabel: z.optional(nonEmpty()),
  });

  const Item = z.strictObject({
    id: ItemId,
    label: nonEmpty(),
    text: z.optional(nonEmpty()),
    options: z.optional(z.array(Option).check(z.minLength(2))),
    numeric: z.optional(Numeric),
    reverse: z.optional(z.boolean()),
    loinc: z.optional(nonEmpty()),
  });

  const Band = z.strictObject({
    label: nonEmpty(),
    min: finite(),
    max: finite(),
    minExclusive: z.optional(
      z.boolean().check(note('true when the band starts just above `min` (a source saying "greater than min"); `min` then equals the previous band\'s `max`')),
    ),
  });

  const MissingRule = z.strictObject({
    minAnswered: z.int().check(z.gte(1), note('fewer answered items than this: no score; from here up to all items: prorated')),
    rounding: z.enum(['none', 'nearest', 'up']),
    official: z.boolean().check(note('false when the source gives no rule and promkit chose one')),
    text: nonEmpty(),
    source: Source,
  });

  const Population = z.strictObject({
    mean: finite(),
    sd: positive('must be > 0'),
    n: z.optional(z.int().check(z.positive())),
    population: nonEmpty(),
    source: Source,
  });

  const Reliability = z.strictObject({
    value: finite().check(z.refine((v) => v > 0 && v < 1, 'must be between 0 and 1 (exclusive)')),
    kind: z.enum(['test-retest', 'internal-consistency', 'other']),
    population: nonEmpty(),
    source: Source,
  });

  const Mcid = z.strictObject({
    value: positive('must be > 0'),
    unit: z.enum(['points', 'percent']),
    population: nonEmpty(),
    method: z.optional(nonEmpty()),
    source: Source,
  });

  const Psychometrics = z.strictObject({
    metric: z.optional(z.enum(['value', 'tScore'])),
    reliability: z.optional(Reliability),
    reference: z.optional(Population),
    functional: z.optional(Population),
    dysfunctional: z.optional(Population),
    mcid: z.optional(z.array(Mcid)),
  });

  const TableRow = z.strictObject({
    raw: z.int(),
    tScore: finite(),
    se: z.optional(positive('must be > 0').check(note('omitted only where no verifiable copy of the published table gives it'))),
  });

  const TableDerivation = z.strictObject({
    columns: z
      .array(z.enum(['tScore', 'se']))
      .check(z.minLength(1), note('the columns computed by promkit rather than transcribed from a published copy')),
    method: nonEmpty(),
    parameters: Source.check(note('where the item calibrations come from')),
    validation: nonEmpty().check(note('how the same computation was checked against published tables')),
  });

  const ConversionTable = z.strictObject({
    rows: z.array(TableRow).check(z.minLength(2)),
    source: Source,
    crossCheck: z.optional(Source),
    derivation: z.optional(
      TableDerivation.check(note('present when some columns were computed from item calibrations because no verifiable copy of the published table was found')),
    ),
  });

  const WeightsBy = z.strictObject({
    item: ItemId.check(note('the item whose coded answer selects the weights, e.g. sex on a form with female and male columns; it is not itself an item of the score')),
    groups: z
      .array(
        z.strictObject({
          answer: finite().check(note('a coded answer of `item`')),
          weights: z
            .array(finite().check(z.refine((v) => v >= 0, 'must be ≥ 0')))
            .check(z.minLength(1), note('one weight per item of the score, in the order of `items`')),
        }),
      )
      .check(z.minLength(2), note('one group per answer of `item`; every answer must have its group')),
  });

  const Score = z.strictObject({
    name: ScoreName,
    label: nonEmpty(),
    items: z.array(ItemId).check(z.minLength(1)),
    method: z.enum(['sum', 'mean', 'percent-of-maximum', 'count', 'table']),
    multiplier: z.optional(positive('must be > 0')),
    countAtLeast: z.optional(finite()),
    weightsBy: z.optional(
      WeightsBy.check(
        note(
          'a weighted sum whose weights depend on another item\'s answer (method "sum" only): the score is the sum of weight × scored value over the items, with the weights of the group that the answer to `weightsBy.item` selects; no score while that item is unanswered, and never prorated',
        ),
      ),
    ),
    table: z.optional(ConversionTable),
    range: z.tuple([finite(), finite()]),
    missing: MissingRule,
    bands: z.optional(z.array(Band).check(z.minLength(1))),
    bandsOn: z.optional(z.enum(['value', 'tScore'])),
    bandSource: z.optional(Source),
    direction: z.enum(['higher-is-worse', 'higher-is-better']),
    loinc: z.optional(nonEmpty()),
    tScoreLoinc: z.optional(nonEmpty()),
    psychometrics: z.optional(Psychometrics),
  });

  // atLeast/atMost are inclusive bounds; above/below exclusive ones, for sources that say
  // "greater than" or "less than" (a prorated score can fall between two whole numbers).
  type Bounds = { atLeast?: number; atMost?: number; above?: number; below?: number };
  type ConditionShape =
    | ({ item: string } & Bounds)
    | ({ score: string } & Bounds)
    | { all: ConditionShape[] }
    | { any: ConditionShape[] };
  const bounds = {
    atLeast: z.optional(finite().check(note('inclusive lower bound (≥)'))),
    atMost: z.optional(finite().check(note('inclusive upper bound (≤)'))),
    above: z.optional(finite().check(note('exclusive lower bound (>)'))),
    below: z.optional(finite().check(note('exclusive upper bound (<)'))),
  };
  const Condition: z.ZodMiniType<ConditionShape> = z.lazy(() =>
    z.union([
      z.strictObject({ item: ItemId, ...bounds }),
      z.strictObject({ score: ScoreName, ...bounds }),
      z.strictObject({ all: z.array(Condition).check(z.minLength(1)) }),
      z.strictObject({ any: z.array(Condition).check(z.minLength(1)) }),
    ]),
  );

  const Flag = z.strictObject({
    name: ScoreName,
    label: nonEmpty(),
    when: Condition,
    source: Source,
  });

  const Classification = z.strictObject({
    name: ScoreName,
    label: nonEmpty(),
    rules: z.array(z.strictObject({ label: nonEmpty(), when: z.optional(Condition) })).check(z.minLength(1)),
    source: Source,
  });

  const Discrepancy = z.strictObject({
    topic: nonEmpty(),
    decision: nonEmpty(),
    refs: z.array(Key).check(z.minLength(1)),
  });

  const Instrument = z.strictObject({
    id: Id,
    title: nonEmpty(),
    shortTitle: z.optional(nonEmpty()),
    version: nonEmpty(),
    domain: nonEmpty(),
    recallPeriod: z.nullable(nonEmpty()),
    citations: z.array(Citation).check(z.minLength(1)),
    licence: Licence,
    loinc: z.optional(nonEmpty()),
    items: z.array(Item).check(z.minLength(1)),
    scores: z.array(Score).check(z.minLength(1)),
    flags: z.optional(z.array(Flag)),
    classifications: z.optional(z.array(Classification)),
    discrepancies: z.optional(z.array(Discrepancy)),
    notes: z.optional(z.array(nonEmpty())),
  });

  return Instrument;
}

/**
 * The zod schema of an instrument definition (a `zod/mini` schema: `parse`, `safeParse`, and
 * everything zod's functions accept). Use {@link defineInstrument} rather than parsing with it
 * directly: `defineInstrument` also runs the cross-field checks (bands without gaps, scores that
 * reference known items, declared ranges the items can reach), reports in English, and freezes
 * the result. Parsing with the schema itself reports in the locale your zod configuration sets
 * (zod/mini loads none: `z.config(z.locales.en())`).
 *
 * Built on first use, so that importing promkit costs no schema construction.
 */
export const InstrumentSchema = /* @__PURE__ */ z.lazy(buildSchemas);

type DeepReadonly<T> = T extends readonly unknown[]
  ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** What a user writes: the input of {@link InstrumentSchema}. */
export type InstrumentInput = z.input<typeof InstrumentSchema>;
/** A validated, deeply frozen instrument definition. */
export type Instrument = DeepReadonly<z.output<typeof InstrumentSchema>>;
/** One item of an {@link Instrument}. */
export type Item = Instrument['items'][number];
/** One response option of an {@link Item}. */
export type ResponseOption = NonNullable<Item['options']>[number];
/** One score (total or subscale) of an {@link Instrument}. */
export type ScoreDefinition = Instrument['scores'][number];
/** Item weights of a score that depend on another item's answer (e.g. sex-specific points). */
export type WeightsBy = NonNullable<ScoreDefinition['weightsBy']>;
/** A band (severity category) of a score. */
export type Band = NonNullable<ScoreDefinition['bands']>[number];
/** The missing-item rule of a score. */
export type MissingRule = ScoreDefinition['missing'];
/** A reference into the instrument's citations, with an optional page/table locator. */
export type Source = ScoreDefinition['missing']['source'];
/** An entry of an instrument's citations. */
export type Citation = Instrument['citations'][number];
/** Published psychometrics of a score: reliability, reference populations, MCIDs. */
export type Psychometrics = NonNullable<ScoreDefinition['psychometrics']>;
/** A published minimal clinically important difference. */
export type Mcid = NonNullable<Psychometrics['mcid']>[number];
/** A population mean and SD with its source. */
export type PopulationNorm = NonNullable<Psychometrics['reference']>;
/** A published reliability coefficient. */
export type Reliability = NonNullable<Psychometrics['reliability']>;
/** A flag: a yes/no signal the instrument defines (e.g. PHQ-9 item 9 answered above 0). */
export type FlagDefinition = NonNullable<Instrument['flags']>[number];
/** A rule-based category that depends on several scores (e.g. START Back risk group). */
export type ClassificationDefinition = NonNullable<Instrument['classifications']>[number];
/** A condition over an item or a score, used by flags and classifications. */
export type Condition = FlagDefinition['when'];
