import { z } from 'zod';

/**
 * The instrument definition format. `InstrumentSchema` is the single source of truth:
 * `Instrument` and every nested type are inferred from it.
 *
 * The schema is built lazily (`buildInstrumentSchema`) and annotated pure so that a bundle which
 * only scores (and never validates a custom definition) carries no zod code at all.
 *
 * @module
 */

const finite = () => z.number().refine(Number.isFinite, { message: 'must be a finite number' });

/** Builds every schema once; see {@link InstrumentSchema}. */
function buildSchemas() {
  const Id = z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case kebab, e.g. "phq-9"');
  const Key = z.string().min(1);
  const ItemId = z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_.]*$/, 'must start with a letter and use letters, digits, "_" or "."');
  const ScoreName = z
    .string()
    .regex(/^[a-z][A-Za-z0-9]*$/, 'must be camelCase, e.g. "total" or "interference"');

  const Source = z.strictObject({
    ref: Key.describe('key of an entry in the instrument citations'),
    locator: z.string().min(1).optional().describe('page, table or section'),
    note: z.string().min(1).optional(),
  });

  const Citation = z.strictObject({
    key: Key,
    text: z.string().min(10),
    doi: z.string().min(3).optional(),
    url: z.url().optional(),
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
    verbatimText: z.boolean().describe('whether exact item text may be redistributed in software'),
    holder: z.string().min(1).optional(),
    note: z.string().min(1),
    url: z.url().optional(),
  });

  const Option = z.strictObject({
    value: finite().describe('the coded answer, as the form prints it and as responses give it'),
    label: z.string().min(1),
    loinc: z.string().min(1).optional(),
    scoredAs: finite()
      .optional()
      .describe('what the answer contributes to scores, where the manual recodes it (e.g. a 5-point answer collapsed to 0/1); give it on every option of the item or on none'),
  });

  const Numeric = z.strictObject({
    min: finite(),
    max: finite(),
    integer: z.boolean(),
    minLabel: z.string().min(1).optional(),
    maxLabel: z.string().min(1).optional(),
  });

  const Item = z.strictObject({
    id: ItemId,
    label: z.string().min(1),
    text: z.string().min(1).optional(),
    options: z.array(Option).min(2).optional(),
    numeric: Numeric.optional(),
    reverse: z.boolean().optional(),
    loinc: z.string().min(1).optional(),
  });

  const Band = z.strictObject({
    label: z.string().min(1),
    min: finite(),
    max: finite(),
    minExclusive: z
      .boolean()
      .optional()
      .describe('true when the band starts just above `min` (a source saying "greater than min"); `min` then equals the previous band\'s `max`'),
  });

  const MissingRule = z.strictObject({
    minAnswered: z.number().int().min(1).describe('fewer answered items than this: no score; from here up to all items: prorated'),
    rounding: z.enum(['none', 'nearest', 'up']),
    official: z.boolean().describe('false when the source gives no rule and promkit chose one'),
    text: z.string().min(1),
    source: Source,
  });

  const Population = z.strictObject({
    mean: finite(),
    sd: finite().refine((v) => v > 0, 'must be > 0'),
    n: z.number().int().positive().optional(),
    population: z.string().min(1),
    source: Source,
  });

  const Reliability = z.strictObject({
    value: finite().refine((v) => v > 0 && v < 1, 'must be between 0 and 1 (exclusive)'),
    kind: z.enum(['test-retest', 'internal-consistency', 'other']),
    population: z.string().min(1),
    source: Source,
  });

  const Mcid = z.strictObject({
    value: finite().refine((v) => v > 0, 'must be > 0'),
    unit: z.enum(['points', 'percent']),
    population: z.string().min(1),
    method: z.string().min(1).optional(),
    source: Source,
  });

  const Psychometrics = z.strictObject({
    metric: z.enum(['value', 'tScore']).optional(),
    reliability: Reliability.optional(),
    reference: Population.optional(),
    functional: Population.optional(),
    dysfunctional: Population.optional(),
    mcid: z.array(Mcid).optional(),
  });

  const TableRow = z.strictObject({
    raw: z.number().int(),
    tScore: finite(),
    se: finite()
      .refine((v) => v > 0, 'must be > 0')
      .optional()
      .describe('omitted only where no verifiable copy of the published table gives it'),
  });

  const TableDerivation = z.strictObject({
    columns: z
      .array(z.enum(['tScore', 'se']))
      .min(1)
      .describe('the columns computed by promkit rather than transcribed from a published copy'),
    method: z.string().min(1),
    parameters: Source.describe('where the item calibrations come from'),
    validation: z.string().min(1).describe('how the same computation was checked against published tables'),
  });

  const ConversionTable = z.strictObject({
    rows: z.array(TableRow).min(2),
    source: Source,
    crossCheck: Source.optional(),
    derivation: TableDerivation.optional().describe('present when some columns were computed from item calibrations because no verifiable copy of the published table was found'),
  });

  const WeightsBy = z.strictObject({
    item: ItemId.describe('the item whose coded answer selects the weights, e.g. sex on a form with female and male columns; it is not itself an item of the score'),
    groups: z
      .array(
        z.strictObject({
          answer: finite().describe('a coded answer of `item`'),
          weights: z
            .array(finite().refine((v) => v >= 0, 'must be ≥ 0'))
            .min(1)
            .describe('one weight per item of the score, in the order of `items`'),
        }),
      )
      .min(2)
      .describe('one group per answer of `item`; every answer must have its group'),
  });

  const Score = z.strictObject({
    name: ScoreName,
    label: z.string().min(1),
    items: z.array(ItemId).min(1),
    method: z.enum(['sum', 'mean', 'percent-of-maximum', 'count', 'table']),
    multiplier: finite().refine((v) => v > 0, 'must be > 0').optional(),
    countAtLeast: finite().optional(),
    weightsBy: WeightsBy.optional().describe(
      'a weighted sum whose weights depend on another item\'s answer (method "sum" only): the score is the sum of weight × scored value over the items, with the weights of the group that the answer to `weightsBy.item` selects; no score while that item is unanswered, and never prorated',
    ),
    table: ConversionTable.optional(),
    range: z.tuple([finite(), finite()]),
    missing: MissingRule,
    bands: z.array(Band).min(1).optional(),
    bandsOn: z.enum(['value', 'tScore']).optional(),
    bandSource: Source.optional(),
    direction: z.enum(['higher-is-worse', 'higher-is-better']),
    loinc: z.string().min(1).optional(),
    tScoreLoinc: z.string().min(1).optional(),
    psychometrics: Psychometrics.optional(),
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
    atLeast: finite().optional().describe('inclusive lower bound (≥)'),
    atMost: finite().optional().describe('inclusive upper bound (≤)'),
    above: finite().optional().describe('exclusive lower bound (>)'),
    below: finite().optional().describe('exclusive upper bound (<)'),
  };
  const Condition: z.ZodType<ConditionShape> = z.lazy(() =>
    z.union([
      z.strictObject({ item: ItemId, ...bounds }),
      z.strictObject({ score: ScoreName, ...bounds }),
      z.strictObject({ all: z.array(Condition).min(1) }),
      z.strictObject({ any: z.array(Condition).min(1) }),
    ]),
  );

  const Flag = z.strictObject({
    name: ScoreName,
    label: z.string().min(1),
    when: Condition,
    source: Source,
  });

  const Classification = z.strictObject({
    name: ScoreName,
    label: z.string().min(1),
    rules: z
      .array(z.strictObject({ label: z.string().min(1), when: Condition.optional() }))
      .min(1),
    source: Source,
  });

  const Discrepancy = z.strictObject({
    topic: z.string().min(1),
    decision: z.string().min(1),
    refs: z.array(Key).min(1),
  });

  const Instrument = z.strictObject({
    id: Id,
    title: z.string().min(1),
    shortTitle: z.string().min(1).optional(),
    version: z.string().min(1),
    domain: z.string().min(1),
    recallPeriod: z.string().min(1).nullable(),
    citations: z.array(Citation).min(1),
    licence: Licence,
    loinc: z.string().min(1).optional(),
    items: z.array(Item).min(1),
    scores: z.array(Score).min(1),
    flags: z.array(Flag).optional(),
    classifications: z.array(Classification).optional(),
    discrepancies: z.array(Discrepancy).optional(),
    notes: z.array(z.string().min(1)).optional(),
  });

  return Instrument;
}

/**
 * The zod schema of an instrument definition. Use {@link defineInstrument} rather than parsing
 * with it directly: `defineInstrument` also runs the cross-field checks (bands without gaps,
 * scores that reference known items, declared ranges the items can reach) and freezes the result.
 */
export const InstrumentSchema = /* @__PURE__ */ buildSchemas();

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
