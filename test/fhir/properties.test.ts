/**
 * Properties of reading responses: the shape a form filler gives a response never changes a
 * score. Renaming every linkId to its LOINC form (or to anything, with a Questionnaire that codes
 * the items), shuffling item order, nesting items in groups and adding unrelated items all give
 * the score() of the same answers (for responses that answer at least one of the instrument's
 * items: one that answers only others is refused, see errors.test.ts).
 */
import fc from 'fast-check';
import type { Questionnaire, QuestionnaireResponse, QuestionnaireResponseItem, QuestionnaireResponseItemAnswer } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { listInstruments } from '../../src/catalog/index.js';
import { score } from '../../src/engine/score.js';
import { scoreQuestionnaireResponse, toQuestionnaire } from '../../src/fhir/index.js';
import type { Instrument } from '../../src/model/schema.js';
import { answersArb, core, fill } from './helpers.js';
import { fcRuns } from '../fcRuns.js';

const instruments = listInstruments();
const allLoinc = new Set(instruments.flatMap((def) => [...def.items.map((i) => i.loinc), ...def.scores.map((s) => s.loinc)]).filter((c): c is string => c !== undefined));

/** Items that belong to no instrument (or to other instruments), with all kinds of answers. */
function unrelatedArb(def: Instrument): fc.Arbitrary<QuestionnaireResponseItem[]> {
  const own = new Set(def.items.map((i) => i.loinc));
  const foreignCodes = [...allLoinc].filter((code) => !own.has(code) && !def.scores.some((s) => s.loinc === code));
  const linkId = fc.oneof(
    fc.stringMatching(/^[a-z][a-z.]{0,8}$/).map((s) => `extra.${s}`),
    fc.constantFrom(...foreignCodes, '69722-7').map((code) => `/${code}`),
  );
  const answer: fc.Arbitrary<QuestionnaireResponseItemAnswer[] | undefined> = fc.oneof(
    fc.constant<QuestionnaireResponseItemAnswer[]>([{ valueString: 'free text' }]),
    fc.constant<QuestionnaireResponseItemAnswer[]>([{ valueBoolean: true }]),
    fc.constant<QuestionnaireResponseItemAnswer[]>([{ valueCoding: { system: 'http://loinc.org', code: 'LA6573-5' } }]),
    fc.integer({ min: -5, max: 500 }).map((n) => [{ valueInteger: n }]),
    fc.constant<undefined>(undefined),
  );
  return fc.array(
    fc.record({ linkId, answer }).map(({ linkId: id, answer: a }): QuestionnaireResponseItem => (a ? { linkId: id, answer: a } : { linkId: id, text: 'display' })),
    { maxLength: 4 },
  );
}

/** Nest items in groups: each run of items goes into a group, some groups inside others. */
function nest(items: QuestionnaireResponseItem[], cuts: readonly number[]): QuestionnaireResponseItem[] {
  if (cuts.length === 0 || items.length < 2) return items;
  const at = 1 + (cuts[0]! % (items.length - 1));
  const [head, tail] = [items.slice(0, at), items.slice(at)];
  return [{ linkId: `group-${cuts.length}`, text: 'Group', item: head }, ...nest(tail, cuts.slice(1)).map((item, i) => (i === 0 && cuts.length % 2 === 0 ? { linkId: `deep-${cuts.length}`, item: [item] } : item))];
}

function shuffle<T>(list: readonly T[], keys: readonly number[]): T[] {
  return list.map((item, i) => [keys[i % keys.length]! + i / 1000, item] as const).sort((a, b) => a[0] - b[0]).map(([, item]) => item);
}

describe('the shape of a response never changes its score', () => {
  it.each(instruments.map((def) => [def.id, def] as const))('%s', (_id, def) => {
    const q = toQuestionnaire(def);
    fc.assert(
      fc.property(
        answersArb(def),
        fc.boolean(),
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        unrelatedArb(def),
        (answers, loincForm, order, cuts, unrelated) => {
          // A response that answers none of the instrument's items but answers others is refused
          // (its linkIds were not understood); see errors.test.ts.
          fc.pre(Object.values(answers).some((v) => v !== null) || unrelated.every((u) => u.answer === undefined));
          const expected = score(def, answers);
          const qr = fill(q, def, answers);
          let items = (qr.item ?? []).map((item) => {
            const loinc = def.items.find((i) => i.id === item.linkId)?.loinc;
            return loincForm && loinc ? { ...item, linkId: `/${loinc}` } : item;
          });
          items = nest(shuffle([...items, ...unrelated], order), cuts);
          const reshaped: QuestionnaireResponse = { ...qr, item: items };
          expect(core(scoreQuestionnaireResponse(reshaped, { instrument: def }))).toEqual(expected);
        },
      ),
      fcRuns(25),
    );
  });

  it('any linkIds, with a Questionnaire that codes the items (every all-LOINC instrument)', () => {
    for (const def of instruments.filter((d) => d.items.every((i) => i.loinc))) {
      const q = toQuestionnaire(def);
      fc.assert(
        fc.property(answersArb(def), fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), (answers, order) => {
          const rename = (linkId: string) => `q${def.items.findIndex((i) => i.id === linkId) + 1}`;
          const theirs: Questionnaire = { ...q, url: 'https://forms.example.org/Questionnaire/x', item: q.item!.filter((i) => !i.readOnly).map((i) => ({ ...i, linkId: rename(i.linkId) })) };
          const qr = fill(q, def, answers);
          const reshaped: QuestionnaireResponse = { ...qr, questionnaire: theirs.url!, item: shuffle((qr.item ?? []).map((i) => ({ ...i, linkId: rename(i.linkId) })), order) };
          const result = scoreQuestionnaireResponse(reshaped, { instrument: def, questionnaire: theirs });
          expect(core(result)).toEqual(score(def, answers));
          expect(result.matched.every((m) => m.by === 'questionnaire-code')).toBe(true);
        }),
        fcRuns(10),
      );
    }
  });
});
