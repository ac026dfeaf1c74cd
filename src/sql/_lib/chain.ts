import type { CompiledInstrument, CompiledItem, CompiledScore } from '../../engine/compile.js';
import { requiredAnswers } from '../../engine/compute.js';
import type { ResolvedPolicy } from '../../engine/policy.js';
import { insufficientWhy, proratedWhy, unweightedReason } from '../../engine/reasons.js';
import type { Band, Condition, Source } from '../../model/schema.js';
import { ident, num, type Dialect } from './dialect.js';

/** One common table expression: its name, the comment lines above it, and its body. @internal */
export interface Cte {
  readonly name: string;
  readonly comment: readonly string[];
  readonly body: string;
}

/** Missing-value tokens, split into those compared as text and those compared as numbers. @internal */
export interface NaTokens {
  readonly text: readonly string[];
  readonly numbers: readonly number[];
}

/** Where an instrument's chain reads its rows. @internal */
export type ChainSource =
  | { readonly kind: 'table'; readonly sql: string }
  | { readonly kind: 'cte'; readonly name: string; readonly carried: readonly string[] };

/** What the SQL of one instrument needs. @internal */
export interface ChainInput {
  readonly d: Dialect;
  readonly compiled: CompiledInstrument;
  readonly prefix: string;
  /** Item id → column name in the source table. */
  readonly columns: Readonly<Record<string, string>>;
  readonly policy: ResolvedPolicy;
  readonly na: NaTokens;
  readonly source: ChainSource;
}

/** The CTEs of one instrument and the output columns its last CTE holds. @internal */
export interface Chain {
  readonly ctes: readonly Cte[];
  readonly last: string;
  /** Output column names, in the CLI's order. */
  readonly outputs: readonly string[];
}

const I = '    ';

/**
 * Compiles one instrument into a chain of CTEs, one per step of the engine: answers → checked →
 * recoded → summed → scored → (cleaned → rounded) → (converted) → (banded) → (flagged) → result.
 * Each computes exactly what `src/engine` computes, in the same order of floating-point
 * operations, so the values are equal to `score()`'s bit for bit.
 * @internal
 */
export function buildChain(input: ChainInput): Chain {
  const { d, compiled, prefix } = input;
  const def = compiled.def;
  const n = (name: string) => ident(d, name);
  const cte = (step: string) => n(`${prefix}_${step}`);
  const str = (text: string) => d.string(text);
  const ctes: Cte[] = [];
  let previous = '';
  /** Adds a CTE that reads the previous one: `select *, <columns>` (or only `columns`). */
  const push = (step: string, comment: string[], columns: readonly string[], star = true) => {
    const name = cte(step);
    const list = star ? ['*', ...columns] : columns;
    ctes.push({ name, comment, body: `select\n${list.map((c) => I + c).join(',\n')}\n  from ${previous}` });
    previous = name;
  };

  const items = compiled.items;
  // Working columns are named after the item, reduced to letters, digits and "_" (an item id may
  // hold a dot, which BigQuery does not allow in a column name), unique within the instrument.
  const base = new Map<string, string>();
  const taken = new Set<string>();
  compiled.items.forEach((it, k) => {
    let name = it.id.replace(/[^A-Za-z0-9_]/g, '_');
    if (taken.has(name.toLowerCase())) name = `${name}_${k + 1}`;
    taken.add(name.toLowerCase());
    base.set(it.id, name);
  });
  const named = (it: CompiledItem, suffix: string) => n(`${base.get(it.id) as string}__${suffix}`);
  const col = {
    given: (it: CompiledItem) => named(it, 'given'),
    number: (it: CompiledItem) => named(it, 'number'),
    answer: (it: CompiledItem) => named(it, 'answer'),
    problem: (it: CompiledItem) => named(it, 'problem'),
    scored: (it: CompiledItem) => named(it, 'scored'),
    text: (it: CompiledItem) => named(it, 'text'),
  };
  const columnOf = (it: CompiledItem) => input.columns[it.id] ?? it.id;
  const hint = n(`${prefix}__hint`);
  const error = n(`${prefix}__error`);
  const primary = def.citations[0]?.key ?? def.id;
  // The coding hint needs an item with whole-number answers to describe the coding by.
  const first = items.find((it) => it.integer);
  const hasHint = first !== undefined;

  // ── answers ────────────────────────────────────────────────────────────────────────────
  {
    const columns: string[] = [];
    let from: string;
    if (input.source.kind === 'table') {
      columns.push(d.packRow('src'));
      for (const it of items) {
        const cell = `src.${n(columnOf(it))}`;
        columns.push(`${cell} as ${col.given(it)}`, `${d.toNumber(cell)} as ${col.number(it)}`);
      }
      from = `${input.source.sql} as src`;
    } else {
      columns.push('prev.*');
      for (const it of items) {
        const cell = d.rowField('prev.source__row', n(columnOf(it)));
        columns.push(`${cell} as ${col.given(it)}`, `${d.toNumber(cell)} as ${col.number(it)}`);
      }
      from = `${input.source.name} as prev`;
    }
    const name = cte('answers');
    ctes.push({
      name,
      comment: [
        `${def.id} · answers: each item's column as given, and read as a number (NULL when it is not one).`,
        `Items ← columns: ${items.map((it) => (columnOf(it) === it.id ? it.id : `${it.id} ← ${columnOf(it)}`)).join(', ')}.`,
      ],
      body: `select\n${columns.map((c) => I + c).join(',\n')}\n  from ${from}`,
    });
    previous = name;
  }

  // ── checked ────────────────────────────────────────────────────────────────────────────
  const optionList = (it: CompiledItem, shift: number) =>
    [...(it.optionValues ?? [])].sort((a, b) => a - b).map((o) => num(d, o + shift)).join(', ');
  const fits = (it: CompiledItem, v: string, shift: number): string[] => {
    const parts = [`${v} between ${num(d, it.min + shift)} and ${num(d, it.max + shift)}`];
    if (it.optionValues) parts.push(`${v} in (${optionList(it, shift)})`);
    return parts;
  };
  const whole = (v: string) => `${v} = ${d.floor(v)}`;
  const naNumbers = input.na.numbers.map((x) => num(d, x)).join(', ');
  {
    const columns: string[] = [];
    for (const it of items) {
      const v = col.number(it);
      const accepted = [...(it.integer ? [whole(v)] : []), ...fits(it, v, 0)].join(' and ');
      columns.push(`case ${naNumbers ? `when ${v} in (${naNumbers}) then null ` : ''}when ${accepted} then ${v} end as ${col.answer(it)}`);
    }
    // The text of an answer that is not a number, for the NA tokens and the message: cast only
    // where needed (casting every answer to text would cost more than all the scoring).
    for (const it of items) {
      columns.push(`case when ${col.number(it)} is null and ${col.given(it)} is not null then cast(${col.given(it)} as ${d.text}) end as ${col.text(it)}`);
    }
    push('checked', [
      `${def.id} · checked: the accepted answer of each item, or NULL (unanswered, or not allowed: ${[...new Set(items.map((it) => it.allowed))].join('; ')});`,
      'and, for an answer that is not a number, its text.',
    ], columns);
  }
  {
    const columns: string[] = [];
    for (const it of items) {
      const v = col.number(it);
      const text = col.text(it);
      // Flat branches (no CASE nested in another): engines plan them faster. Most answers leave
      // at the first branch.
      const lines = [`when ${col.answer(it)} is not null or ${col.given(it)} is null then null`];
      if (input.na.text.length > 0) lines.push(`when trim(${text}) in (${input.na.text.map(str).join(', ')}) then null`);
      if (naNumbers) lines.push(`when ${v} in (${naNumbers}) then null`);
      const notANumber = str('" is not a number (answers are never converted)');
      lines.push(
        `when length(${text}) > 40 then '"' || substr(${text}, 1, 40) || '…' || ${notANumber}`,
        `when ${text} is not null then '"' || ${text} || ${notANumber}`,
        `when ${d.isNaN(v)} then 'NaN is not a finite number'`,
        `when ${v} = ${d.infinity} then 'Infinity is not a finite number'`,
        `when ${v} = -${d.infinity} then '-Infinity is not a finite number'`,
      );
      const outside = `${v} not between ${num(d, it.min)} and ${num(d, it.max)}`;
      if (it.integer) {
        lines.push(`when ${v} <> ${d.floor(v)} then ${d.showFraction(v)} || ' is not a whole number'`);
        // Past the "whole number" test the answer is whole: shown without a decimal point.
        if (d.showWhole(v) !== d.showFraction(v)) lines.push(`when ${outside} and abs(${v}) >= 1e15 then ${d.showFraction(v)} || ' is out of range'`);
        lines.push(`when ${outside} then ${d.showWhole(v)} || ' is out of range'`);
        if (it.optionValues) lines.push(`when ${v} not in (${optionList(it, 0)}) then ${d.showWhole(v)} || ' is not one of the response options'`);
      } else {
        lines.push(`when ${outside} then ${d.showNumber(v)} || ' is out of range'`);
        if (it.optionValues) lines.push(`when ${v} not in (${optionList(it, 0)}) then ${d.showNumber(v)} || ' is not one of the response options'`);
      }
      columns.push(`case\n${lines.map((l) => `${I}  ${l}`).join('\n')}\n${I}end as ${col.problem(it)}`);
    }
    push('problems', [
      `${def.id} · problems: what is wrong with each answer that is not accepted, as score() says it (NULL for an accepted or unanswered one).`,
    ], columns);
  }
  if (first) {
    // score()'s hint for a row coded one step off (1–4 for 0–3): every answered item fits the
    // coding shifted by one, and some answer does not fit it as it is (the row has a problem).
    const someProblem = `coalesce(${items.map(col.problem).join(', ')}) is null`;
    const branch = (delta: number) => {
      const terms = items.map((it) => {
        const v = col.number(it);
        const unanswered = `${col.answer(it)} is null and ${col.problem(it)} is null`;
        return it.integer
          ? `(case when ${unanswered} then 1 when ${[whole(v), ...fits(it, v, delta)].join(' and ')} then 1 else 0 end)`
          : `(case when ${unanswered} then 1 else 0 end)`;
      });
      const text =
        ` — every answer looks ${delta > 0 ? 'one higher' : 'one lower'} than this instrument's coding ` +
        `(${first.min + delta}–${first.max + delta} instead of ${first.min}–${first.max}): ${delta > 0 ? 'subtract 1 from' : 'add 1 to'} each answer`;
      return `when ${terms.join(`\n${I}      + `)}\n${I}      = ${items.length}\n${I}    then ${str(text)}`;
    };
    push('hinted', [
      `${def.id} · hinted: the hint score() adds to every message when all the answers fit the coding shifted by one step.`,
    ], [`case\n${I}  when ${someProblem} then null\n${I}  ${branch(1)}\n${I}  ${branch(-1)}\n${I}end as ${hint}`]);
  }

  // ── recoded ────────────────────────────────────────────────────────────────────────────
  const scoredCol = (it: CompiledItem) => (it.scoredAs !== null || it.reverseSum !== null ? col.scored(it) : col.answer(it));
  {
    const columns: string[] = [];
    const notes: string[] = [];
    const reversed = items.filter((it) => it.reverseSum !== null);
    if (reversed.length > 0) {
      for (const it of reversed) columns.push(`${num(d, it.reverseSum as number)} - ${col.answer(it)} as ${col.scored(it)}`);
      notes.push(`reverse scoring, scored = min + max − answer, for ${reversed.map((it) => it.id).join(', ')}`);
    }
    const recoded = items.filter((it) => it.scoredAs !== null);
    if (recoded.length > 0) {
      for (const it of recoded) {
        const whens = [...(it.scoredAs as ReadonlyMap<number, number>)].map(([from, to]) => `when ${num(d, from)} then ${num(d, to)}`).join(' ');
        columns.push(`cast(case ${col.answer(it)} ${whens} end as ${d.double}) as ${col.scored(it)}`);
      }
      notes.push(`the manual's recodes (scoredAs) for ${recoded.map((it) => it.id).join(', ')}`);
    }
    const messages = items.map((it) => {
      const column = columnOf(it);
      const lead = `${column !== it.id ? `column ${column}: ` : ''}${it.id}: `;
      return `${str(lead)} || ${col.problem(it)} || ${str(`; allowed: ${it.allowed}, or null if unanswered`)}${hasHint ? ` || coalesce(${hint}, '')` : ''}`;
    });
    columns.push(`nullif(\n${I}  ${d.joinNonNull(messages.map((m) => `\n${I}    ${m}`), '; ')},\n${I}  ''\n${I}) as ${error}`);
    push('recoded', [
      `${def.id} · recoded: ${notes.length > 0 ? notes.join('; ') : 'no item is reversed or recoded'} (items as in the definition; ${primary});`,
      `and the row's error: every problem, joined with "; " (NULL when every answer is accepted).`,
    ], columns);
  }

  // ── summed ─────────────────────────────────────────────────────────────────────────────
  const scores = compiled.scores;
  const sc = (s: CompiledScore, suffix: string) => n(`${s.name}__${suffix}`);
  {
    const columns: string[] = [];
    for (const s of scores) {
      const its = [...s.itemIndex].map((i) => items[i] as CompiledItem);
      // Long sums wrap every four terms, the operator leading the next line.
      const wrap = (terms: string[], op: string) => terms.map((t, k) => (k === 0 ? t : `${k % 4 === 0 ? `\n${I}  ` : ' '}${op} ${t}`)).join('');
      columns.push(`${wrap(its.map((it) => `(case when ${col.answer(it)} is null then 0 else 1 end)`), '+')} as ${sc(s, 'answered')}`);
      const method = s.def.method;
      if (method === 'count') {
        columns.push(`${wrap(its.map((it) => `(case when ${scoredCol(it)} >= ${num(d, s.def.countAtLeast ?? 0)} then 1 else 0 end)`), '+')} as ${sc(s, 'count')}`);
      } else if (method === 'percent-of-maximum') {
        const terms: string[] = [];
        its.forEach((it, k) => {
          terms.push(`${k === 0 ? '' : '+ '}coalesce(${scoredCol(it)}, 0)`);
          const min = s.itemMin[k] as number;
          if (min !== 0) terms.push(`- (case when ${scoredCol(it)} is null then 0 else ${num(d, min)} end)`);
        });
        columns.push(`${terms.map((t, k) => (k === 0 ? t : `${k % 4 === 0 ? `\n${I}  ` : ' '}${t}`)).join('')} as ${sc(s, 'sum')}`);
        columns.push(`${wrap(its.map((it, k) => `(case when ${scoredCol(it)} is null then 0 else ${num(d, s.itemSpan[k] as number)} end)`), '+')} as ${sc(s, 'span')}`);
      } else if (s.weights) {
        // Weights chosen by the selecting item's coded answer: NULL when it is unanswered.
        const by = col.answer(items[s.weights.byIndex] as CompiledItem);
        const groups = [...s.weights.groups];
        const weight = (k: number) => `(case ${by} ${groups.map(([answer, w]) => `when ${num(d, answer)} then ${num(d, w[k] as number)}`).join(' ')} end)`;
        columns.push(`${wrap(its.map((it, k) => `coalesce(${scoredCol(it)}, 0) * ${weight(k)}`), '+')} as ${sc(s, 'sum')}`);
      } else {
        columns.push(`${wrap(its.map((it) => `coalesce(${scoredCol(it)}, 0)`), '+')} as ${sc(s, 'sum')}`);
      }
    }
    push('summed', [
      `${def.id} · summed: per score, the items answered and ${scores.some((s) => s.def.method === 'count') ? 'the count at or above the threshold, or ' : ''}the sum of their scored values, in item order.`,
      ...scores.map((s) => `${s.name}: ${s.def.method} of ${s.def.items.join(', ')}${s.def.weightsBy ? `, each times the weight that ${s.def.weightsBy.item}'s answer selects` : ''}.`),
    ], columns);
  }

  // ── scored ─────────────────────────────────────────────────────────────────────────────
  const rounds = (s: CompiledScore) => requiredAnswers(s, input.policy) < s.itemIndex.length && s.def.missing.rounding !== 'none';
  const times = (s: CompiledScore, e: string) => (s.def.multiplier !== undefined ? `(${e}) * ${num(d, s.def.multiplier)}` : e);
  {
    const columns: string[] = [];
    const comment: string[] = [`${def.id} · scored: each score's method and missing-item rule (policy: ${policyText(input.policy)}).`];
    for (const s of scores) {
      const of = s.itemIndex.length;
      const required = requiredAnswers(s, input.policy);
      const answered = sc(s, 'answered');
      const sum = sc(s, 'sum');
      const method = s.def.method;
      let exact: string;
      if (method === 'mean') exact = `case when ${answered} >= ${required} then ${sum} / ${answered} end`;
      else if (method === 'percent-of-maximum') exact = `case when ${answered} >= ${required} then ${sum} * 100 / ${sc(s, 'span')} end`;
      else {
        const total = method === 'count' ? `cast(${sc(s, 'count')} as ${d.double})` : sum;
        exact =
          required >= of
            ? `case when ${answered} = ${of} then ${total} end`
            : `case when ${answered} = ${of} then ${total} when ${answered} >= ${required} then ${total} * ${of} / ${answered} end`;
      }
      columns.push(rounds(s) ? `${exact} as ${sc(s, 'exact')}` : `${times(s, exact)} as ${sc(s, 'value')}`);
      const prorates = required < of;
      // A weighted score (weightsBy) is withheld while its selecting item is unanswered.
      const unweighted = s.weights ? `when ${col.answer(items[s.weights.byIndex] as CompiledItem)} is null ` : '';
      columns.push(
        `case ${unweighted ? `${unweighted}then 'insufficient-items' ` : ''}when ${answered} < ${required} then 'insufficient-items'${prorates ? ` when ${answered} < ${of} then 'prorated'` : ''} else 'scored' end as ${sc(s, 'status')}`,
      );
      const count = `cast(${answered} as ${d.text})`;
      const insufficient = `${count} || ${str(` of ${of} items answered; not scored. ${insufficientWhy(s.def.missing.text, input.policy, of, required)}`)}`;
      let reason = `case ${unweighted && s.weights ? `${unweighted}then ${str(unweightedReason(s.weights.byId))} ` : ''}when ${answered} < ${required} then ${insufficient}`;
      if (prorates) {
        const how = method === 'mean' || method === 'percent-of-maximum' ? `${str(` of ${of} items answered; computed from the answered items. `)}` : `${str(` of ${of} items answered; prorated (× ${of}/`)} || ${count} || ${str('). ')}`;
        const why = proratedWhy(s.def.missing.text, input.policy);
        reason += ` when ${answered} < ${of} then ${count} || ${how} || ${str(why)}`;
      }
      columns.push(`${reason} end as ${sc(s, 'reason')}`);
      const rule = `${s.name}: ${methodText(s)}; ${ruleText(s, input.policy, required)}${s.def.multiplier !== undefined ? `; × ${s.def.multiplier}` : ''} [${cite(s.def.missing.source)}].`;
      comment.push(rule);
    }
    push('scored', comment, columns);
  }

  // ── cleaned, rounded ───────────────────────────────────────────────────────────────────
  const jsRound = (e: string) => `${d.floor(e)} + case when ${e} - ${d.floor(e)} >= 0.5 then 1 else 0 end`;
  const rounding = scores.filter(rounds);
  if (rounding.length > 0) {
    push('cleaned', [
      `${def.id} · cleaned: binary noise removed before rounding, as the engine does: Math.round(value × 1e9) / 1e9,`,
      `where Math.round takes .5 up (towards +∞): floor(y) + 1 when y − floor(y) ≥ 0.5.`,
    ], rounding.map((s) => `(${jsRound(`${sc(s, 'exact')} * 1e9`)}) / 1e9 as ${sc(s, 'cleaned')}`));
    push('rounded', [
      `${def.id} · rounded: a prorated value rounded as each rule says [${rounding.map((s) => `${s.name}: ${s.def.missing.rounding}, ${cite(s.def.missing.source)}`).join('; ')}]; a complete one is not.`,
    ], rounding.map((s) => {
      const cleaned = sc(s, 'cleaned');
      const rounded = s.def.missing.rounding === 'up' ? d.ceil(cleaned) : jsRound(cleaned);
      return `${times(s, `case when ${sc(s, 'answered')} < ${s.itemIndex.length} then ${rounded} else ${sc(s, 'exact')} end`)} as ${sc(s, 'value')}`;
    }));
  }

  // ── converted ──────────────────────────────────────────────────────────────────────────
  const tabled = scores.filter((s) => s.def.table);
  if (tabled.length > 0) {
    tabled.forEach((s) => {
      const rows = (s.def.table?.rows ?? []).map((row) => [String(row.raw), cell(d, row.tScore), row.se === undefined ? 'null' : cell(d, row.se)] as const);
      const name = cte(`${s.name}_table`);
      ctes.push({
        name,
        comment: [`${def.id} · ${s.name}_table: raw score → T-score and SE [${cite(s.def.table?.source as Source)}]${s.def.table?.derivation ? ` (${s.def.table.derivation.columns.join(' and ')} computed: ${s.def.table.derivation.method})` : ''}.`],
        body: d.table(rows),
      });
    });
    const name = cte('converted');
    const joins = tabled.map((s, k) => `  left join ${cte(`${s.name}_table`)} as t${k + 1} on t${k + 1}.raw = s.${sc(s, 'value')}`);
    ctes.push({
      name,
      comment: [`${def.id} · converted: T-score and SE looked up by the score's value (no row: NULL) for ${tabled.map((s) => s.name).join(', ')}.`],
      body: `select\n${I}s.*,\n${tabled.map((s, k) => `${I}t${k + 1}.tscore as ${sc(s, 'tscore')},\n${I}t${k + 1}.se as ${sc(s, 'se')}`).join(',\n')}\n  from ${previous} as s\n${joins.join('\n')}`,
    });
    previous = name;
  }

  // ── banded ─────────────────────────────────────────────────────────────────────────────
  const banded = scores.filter((s) => s.bands);
  if (banded.length > 0) {
    push('banded', [
      `${def.id} · banded: a value belongs to the highest band whose lower edge it reaches (≥ min, or > min where the band starts just above it); above the last band's max: none.`,
      ...banded.map((s) => `${s.name}${s.def.bandsOn === 'tScore' ? ' (on the T-score)' : ''}: ${(s.bands ?? []).map((b) => `${b.label} ${b.minExclusive ? '>' : ''}${b.min}–${b.max}`).join(', ')} [${s.def.bandSource ? cite(s.def.bandSource) : primary}].`),
    ], banded.map((s) => `${bandCase(d, s.bands as readonly Band[], s.def.bandsOn === 'tScore' ? sc(s, 'tscore') : sc(s, 'value'))} as ${sc(s, 'band')}`));
  }

  // ── flagged ────────────────────────────────────────────────────────────────────────────
  const flags = def.flags ?? [];
  const classes = def.classifications ?? [];
  const condition = (c: Condition): string => {
    if ('all' in c) return `(${c.all.map(condition).join(' and ')})`;
    if ('any' in c) return `(${c.any.map(condition).join(' or ')})`;
    const target = 'item' in c ? col.answer(items[compiled.itemIndex.get(c.item) as number] as CompiledItem) : n(`${c.score}__value`);
    const parts: string[] = [];
    if (c.atLeast !== undefined) parts.push(`${target} >= ${num(d, c.atLeast)}`);
    if (c.above !== undefined) parts.push(`${target} > ${num(d, c.above)}`);
    if (c.atMost !== undefined) parts.push(`${target} <= ${num(d, c.atMost)}`);
    if (c.below !== undefined) parts.push(`${target} < ${num(d, c.below)}`);
    return `(${parts.join(' and ')})`;
  };
  if (flags.length + classes.length > 0) {
    const columns: string[] = [];
    for (const f of flags) columns.push(`${condition(f.when)} as ${n(`${f.name}__flag`)}`);
    for (const c of classes) {
      const lines: string[] = [];
      let fallback = 'null';
      for (const rule of c.rules) {
        if (!rule.when) {
          fallback = str(rule.label);
          break;
        }
        const test = condition(rule.when);
        lines.push(`when ${test} is null then null`, `when ${test} then ${str(rule.label)}`);
      }
      columns.push(`case\n${lines.map((l) => `${I}  ${l}`).join('\n')}\n${I}  else ${fallback}\n${I}end as ${n(`${c.name}__class`)}`);
    }
    push('flagged', [
      `${def.id} · flagged: flags and classifications, NULL when an input they need is missing (SQL's three-valued and/or is the engine's).`,
      ...flags.map((f) => `${f.name}: ${conditionText(f.when)} [${cite(f.source)}].`),
      ...classes.map((c) => `${c.name}: the first rule that holds, NULL at the first that cannot be decided: ${c.rules.map((r) => (r.when ? `${r.label} if ${conditionText(r.when)}` : `else ${r.label}`)).join('; ')} [${cite(c.source)}].`),
    ], columns);
  }

  // ── result ─────────────────────────────────────────────────────────────────────────────
  const outputs: string[] = [];
  const columns: string[] = ['source__row'];
  if (input.source.kind === 'cte') columns.push(...input.source.carried.map(n));
  const gate = (e: string, out: string) => {
    outputs.push(out);
    columns.push(`case when ${error} is null then ${e} end as ${n(out)}`);
  };
  for (const s of scores) {
    const out = `${prefix}_${s.name}`;
    gate(sc(s, 'value'), out);
    if (s.bands) gate(sc(s, 'band'), `${out}_band`);
    else {
      outputs.push(`${out}_band`);
      columns.push(`cast(null as ${d.text}) as ${n(`${out}_band`)}`);
    }
    gate(sc(s, 'status'), `${out}_status`);
    if (s.def.table) {
      gate(sc(s, 'tscore'), `${out}_tscore`);
      gate(sc(s, 'se'), `${out}_se`);
    }
    gate(sc(s, 'reason'), `${out}_reason`);
  }
  for (const f of flags) gate(n(`${f.name}__flag`), `${prefix}_${f.name}`);
  for (const c of classes) gate(n(`${c.name}__class`), `${prefix}_${c.name}`);
  outputs.push(`${prefix}_error`);
  columns.push(`${error} as ${n(`${prefix}_error`)}`);
  push('result', [
    `${def.id} · result: the output columns; a row with an invalid answer gets ${prefix}_error and NULL in every other one.`,
  ], columns, false);
  return { ctes, last: previous, outputs };
}

function cell(d: Dialect, value: number): string {
  const text = String(value);
  const digits = text.replace(/^-/, '').replace('.', '').replace(/^0+/, '');
  return Number.isInteger(value) || (!/e/.test(text) && digits.length <= 15) ? text : `cast(${d.string(text)} as ${d.double})`;
}

function bandCase(d: Dialect, bands: readonly Band[], value: string): string {
  const last = bands[bands.length - 1] as Band;
  const lines = [`when ${value} > ${num(d, last.max)} then null`];
  for (let k = bands.length - 1; k >= 0; k--) {
    const band = bands[k] as Band;
    lines.push(`when ${value} ${band.minExclusive ? '>' : '>='} ${num(d, band.min)} then ${d.string(band.label)}`);
  }
  return `case\n${lines.map((l) => `${I}  ${l}`).join('\n')}\n${I}end`;
}

function cite(source: Source): string {
  return source.locator ? `${source.ref}, ${source.locator}` : source.ref;
}

function policyText(policy: ResolvedPolicy): string {
  if (policy.kind === 'official') return "official: each score's published rule";
  if (policy.kind === 'strict') return 'strict: every item answered';
  return `caller's: at least ${policy.minAnswered} answered, capped at each score's item count`;
}

function methodText(s: CompiledScore): string {
  const of = s.itemIndex.length;
  switch (s.def.method) {
    case 'sum':
      return `sum of ${of} items`;
    case 'table':
      return `sum of ${of} items (raw score for the conversion table)`;
    case 'mean':
      return `mean of the answered items`;
    case 'percent-of-maximum':
      return `percent of maximum: 100 × Σ(scored − item min) / Σ(item ranges), over the answered items`;
    case 'count':
      return `count of items scored ≥ ${s.def.countAtLeast}`;
  }
}

function ruleText(s: CompiledScore, policy: ResolvedPolicy, required: number): string {
  const of = s.itemIndex.length;
  const what = required >= of ? `all ${of} items needed` : `at least ${required} of ${of} items needed`;
  const prorate =
    required >= of
      ? ''
      : s.def.method === 'mean' || s.def.method === 'percent-of-maximum'
        ? ', computed from those answered'
        : `, prorated × ${of}/answered`;
  const round = required < of && s.def.missing.rounding !== 'none' ? ` and rounded ${s.def.missing.rounding}` : '';
  const whose = policy.kind === 'official' ? (s.def.missing.official ? 'official rule' : "promkit's rule (no published one)") : 'caller policy';
  return `${whose}: ${what}${prorate}${round}`;
}

function conditionText(c: Condition): string {
  if ('all' in c) return `(${c.all.map(conditionText).join(' and ')})`;
  if ('any' in c) return `(${c.any.map(conditionText).join(' or ')})`;
  const target = 'item' in c ? `item ${c.item}` : `score ${c.score}`;
  const parts: string[] = [];
  if (c.atLeast !== undefined) parts.push(`≥ ${c.atLeast}`);
  if (c.above !== undefined) parts.push(`> ${c.above}`);
  if (c.atMost !== undefined) parts.push(`≤ ${c.atMost}`);
  if (c.below !== undefined) parts.push(`< ${c.below}`);
  return `${target} ${parts.join(' and ')}`;
}
