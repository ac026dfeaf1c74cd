import { describeValue, fail } from '../errors.js';
import type { Condition, Instrument, ScoreDefinition, Source, WeightsBy } from '../model/schema.js';
import { isValidated } from '../model/validated.js';

/** Options of {@link describeInstrument}. */
export interface DescribeOptions {
  /**
   * How many of the instrument's reference cases (promkit's `src/instruments/<id>/cases.json`,
   * run by its test suite) take their expected values from an outside source (`published`: a
   * manual, paper, form or another tool's test vectors) and how many were worked by hand from the
   * published rule (`hand`). Cases whose origin is not recorded yet count as `unclassified`.
   * Omitted: the page has no reference-case line.
   */
  referenceCases?: { published: number; hand: number; unclassified?: number };
}

/**
 * Renders an instrument definition as a Markdown page a researcher can cite: items (or labels,
 * where the licence forbids verbatim text), each score's method, range, missing-item rule,
 * bands, conversion table, psychometrics and MCIDs, flags, licence, discrepancies between
 * sources and the full citations. `docs/instruments/<id>.md` is generated with it, with the
 * counts of published and hand-worked reference cases passed as `options.referenceCases`.
 *
 * @example
 * ```ts
 * import { describeInstrument, getInstrument } from 'promkit/catalog';
 * describeInstrument(getInstrument('phq-9')).split('\n')[0];
 * //=> '# PHQ-9 — Patient Health Questionnaire-9 (`phq-9`)'
 * describeInstrument(getInstrument('phq-9'), { referenceCases: { published: 3, hand: 18 } })
 *   .split('\n').find((line) => line.startsWith('- **Reference cases'));
 * //=> '- **Reference cases:** 3 published, 18 worked by hand'
 * ```
 */
export function describeInstrument(def: Instrument, options: DescribeOptions = {}): string {
  if (def === null || typeof def !== 'object' || !isValidated(def)) {
    fail('invalid-definition', ['definition'], def, `definition: expected a shipped instrument or one from defineInstrument(), got ${describeValue(def)}`);
  }
  const cases = referenceCasesOption(options);
  const cite = (source: Source | undefined) => (source ? citeText(source) : '');
  const out: string[] = [];
  out.push(`# ${def.shortTitle ? `${def.shortTitle} — ` : ''}${def.title} (\`${def.id}\`)`, '');
  out.push(`- **Version:** ${def.version}`);
  out.push(`- **Domain:** ${def.domain}`);
  out.push(`- **Recall period:** ${def.recallPeriod ?? 'none stated'}`);
  if (def.loinc) out.push(`- **LOINC panel:** ${def.loinc}`);
  out.push(`- **Licence:** ${def.licence.status}${def.licence.holder ? ` (${def.licence.holder})` : ''}. ${def.licence.note}${def.licence.url ? ` <${def.licence.url}>` : ''}`);
  out.push(`- **Item text:** ${def.licence.verbatimText ? 'verbatim, as the licence allows' : 'not reproduced (licence); short neutral labels only'}`);
  if (cases) {
    const unclassified = cases.unclassified ? `, ${cases.unclassified} of unrecorded origin` : '';
    out.push(`- **Reference cases:** ${cases.published} published, ${cases.hand} worked by hand${unclassified}`);
  }
  out.push('', '## Items', '');
  out.push('| # | id | label | responses | reversed | LOINC |', '|---|---|---|---|---|---|');
  def.items.forEach((item, i) => {
    const responses = item.numeric
      ? `${item.numeric.integer ? 'whole number' : 'number'} ${item.numeric.min}–${item.numeric.max}${item.numeric.minLabel ? ` (${item.numeric.min} = ${item.numeric.minLabel}; ${item.numeric.max} = ${item.numeric.maxLabel ?? ''})` : ''}`
      : (item.options ?? []).map((o) => `${o.value} = ${o.label}${o.scoredAs !== undefined && o.scoredAs !== o.value ? ` (scored ${o.scoredAs})` : ''}`).join('; ');
    const label = item.text ? `${item.label}: “${item.text}”` : item.label;
    out.push(`| ${i + 1} | \`${item.id}\` | ${escape(label)} | ${escape(responses)} | ${item.reverse ? 'yes' : ''} | ${item.loinc ?? ''} |`);
  });
  for (const score of def.scores) {
    out.push('', `## Score \`${score.name}\`: ${score.label}`, '');
    out.push(`- **Method:** ${methodText(score)}`);
    out.push(`- **Items:** ${score.items.map((id) => `\`${id}\``).join(', ')}`);
    if (score.weightsBy) out.push(...weightsText(def, score, score.weightsBy));
    out.push(`- **Range:** ${score.range[0]}–${score.range[1]}; ${score.direction.replace(/-/g, ' ')}`);
    if (score.loinc) out.push(`- **LOINC:** ${score.loinc}${score.tScoreLoinc ? ` (T-score: ${score.tScoreLoinc})` : ''}`);
    const m = score.missing;
    out.push(
      `- **Missing items:** at least ${m.minAnswered} of ${score.items.length} answered${m.minAnswered < score.items.length ? `, prorated (rounding: ${m.rounding})` : ''}. ${m.official ? 'Published rule' : 'No published rule; promkit’s conservative choice'}: ${m.text} ${cite(m.source)}`,
    );
    if (score.bands) {
      out.push(`- **Bands** (on the ${score.bandsOn === 'tScore' ? 'T-score' : 'score'}) ${cite(score.bandSource)}:`);
      for (const band of score.bands) out.push(`  - ${band.minExclusive ? `above ${band.min} to ${band.max}` : `${band.min}–${band.max}`}: ${band.label}`);
    }
    const p = score.psychometrics;
    if (p) {
      const on = p.metric === 'tScore' ? ' (on the T-score)' : '';
      if (p.reliability) out.push(`- **Reliability${on}:** ${p.reliability.value} (${p.reliability.kind}; ${p.reliability.population}) ${cite(p.reliability.source)}`);
      for (const [name, norm] of [['Reference population', p.reference], ['Functional population', p.functional], ['Dysfunctional population', p.dysfunctional]] as const) {
        if (norm) out.push(`- **${name}${on}:** mean ${norm.mean}, SD ${norm.sd}${norm.n ? `, n = ${norm.n}` : ''} (${norm.population}) ${cite(norm.source)}`);
      }
      for (const mcid of p.mcid ?? []) {
        out.push(`- **MCID${on}:** ${mcid.value}${mcid.unit === 'percent' ? ' %' : ' points'} (${mcid.population}${mcid.method ? `; ${mcid.method}` : ''}) ${cite(mcid.source)}`);
      }
    }
    if (score.table) {
      out.push('', `Conversion table ${cite(score.table.source)}${score.table.crossCheck ? `, checked against ${cite(score.table.crossCheck)}` : ''}:`, '');
      const derivation = score.table.derivation;
      if (derivation) {
        const columns = derivation.columns.map((c) => (c === 'se' ? 'SE' : 'T-score')).join(' and ');
        out.push(`**Computed, not transcribed:** the ${columns} column${derivation.columns.length > 1 ? 's were' : ' was'} computed by promkit: ${derivation.method} Item calibrations ${cite(derivation.parameters)}. Check: ${derivation.validation}`, '');
      }
      out.push('| raw | T-score | SE |', '|---|---|---|');
      for (const row of score.table.rows) out.push(`| ${row.raw} | ${row.tScore} | ${row.se ?? '—'} |`);
    }
  }
  if (def.flags?.length) {
    out.push('', '## Flags', '');
    for (const flag of def.flags) out.push(`- \`${flag.name}\`: ${flag.label} — when ${conditionText(flag.when)} ${cite(flag.source)}`);
  }
  if (def.classifications?.length) {
    out.push('', '## Classifications', '');
    for (const c of def.classifications) {
      out.push(`- \`${c.name}\`: ${c.label} ${cite(c.source)}; first rule that holds:`);
      for (const rule of c.rules) out.push(`  - ${rule.when ? `when ${conditionText(rule.when)}` : 'otherwise'}: **${rule.label}**`);
    }
  }
  if (def.discrepancies?.length) {
    out.push('', '## Where sources disagree', '');
    for (const d of def.discrepancies) out.push(`- **${d.topic}.** ${d.decision} ${d.refs.map((ref) => `[${ref}]`).join(' ')}`);
  }
  if (def.notes?.length) {
    out.push('', '## Notes', '');
    for (const note of def.notes) out.push(`- ${note}`);
  }
  out.push('', '## Citations', '');
  for (const c of def.citations) {
    out.push(`- [${c.key}] ${c.text}${c.doi ? ` doi:${c.doi}` : ''}${c.url ? ` <${c.url}>` : ''}`);
  }
  out.push('');
  return out.join('\n');
}

function referenceCasesOption(options: unknown): DescribeOptions['referenceCases'] {
  if (options === undefined) return undefined;
  if (options === null || typeof options !== 'object') {
    fail('invalid-argument', ['options'], options, `options: expected { referenceCases?: { published, hand, unclassified? } }, got ${describeValue(options)}`);
  }
  const cases = (options as DescribeOptions).referenceCases;
  if (cases === undefined) return undefined;
  const count = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;
  if (cases === null || typeof cases !== 'object' || !count(cases.published) || !count(cases.hand) || !(cases.unclassified === undefined || count(cases.unclassified))) {
    fail('invalid-argument', ['options', 'referenceCases'], cases, `options.referenceCases: expected { published, hand, unclassified? } as whole numbers ≥ 0, got ${describeValue(cases)}`);
  }
  return cases;
}

function citeText(source: Source): string {
  return `[${source.ref}${source.locator ? `, ${source.locator}` : ''}]${source.note ? ` (${source.note})` : ''}`;
}

function methodText(score: ScoreDefinition): string {
  switch (score.method) {
    case 'sum':
      if (score.weightsBy) return `weighted sum: each item score × its weight in the group selected by the answer to \`${score.weightsBy.item}\` (table below); not scored while \`${score.weightsBy.item}\` is unanswered${score.multiplier ? `; × ${score.multiplier}` : ''}`;
      return `sum of item scores${score.multiplier ? `, × ${score.multiplier}` : ''}`;
    case 'mean':
      return 'mean of item scores';
    case 'percent-of-maximum':
      return 'sum of item scores as a percentage of the maximum possible for the answered items';
    case 'count':
      return `number of items scoring ${score.countAtLeast} or more${score.multiplier ? `, × ${score.multiplier}` : ''}`;
    case 'table':
      return 'sum of item scores (raw score), converted to a T-score and its standard error with the table below';
  }
}

/** The weights of a `weightsBy` score as a table: one row per item, one column per group. */
function weightsText(def: Instrument, score: ScoreDefinition, weightsBy: WeightsBy): string[] {
  const by = def.items.find((item) => item.id === weightsBy.item);
  const heading = (answer: number) => {
    const option = by?.options?.find((o) => o.value === answer);
    return `\`${weightsBy.item}\` = ${answer}${option ? ` (${option.label})` : ''}`;
  };
  const out = ['- **Weights:**', '', `  | item | ${weightsBy.groups.map((g) => escape(heading(g.answer))).join(' | ')} |`, `  |---|${weightsBy.groups.map(() => '---|').join('')}`];
  score.items.forEach((id, k) => out.push(`  | \`${id}\` | ${weightsBy.groups.map((g) => g.weights[k]).join(' | ')} |`));
  out.push('');
  return out;
}

function conditionText(c: Condition): string {
  if ('all' in c) return `(${c.all.map(conditionText).join(' and ')})`;
  if ('any' in c) return `(${c.any.map(conditionText).join(' or ')})`;
  const subject = 'item' in c ? `\`${c.item}\`` : `score \`${c.score}\``;
  const parts: string[] = [];
  if (c.atLeast !== undefined) parts.push(`≥ ${c.atLeast}`);
  if (c.above !== undefined) parts.push(`> ${c.above}`);
  if (c.atMost !== undefined) parts.push(`≤ ${c.atMost}`);
  if (c.below !== undefined) parts.push(`< ${c.below}`);
  if (c.atLeast !== undefined && c.atMost !== undefined && parts.length === 2) return `${subject} is ${c.atLeast}–${c.atMost}`;
  return `${subject} ${parts.join(' and ')}`;
}

function escape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
