import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

const rating = { min: 1, max: 10, integer: true, minLabel: 'Lowest (1)', maxLabel: 'Highest (10)' };

/**
 * COPM scoring: the performance and satisfaction scores of the Canadian Occupational Performance
 * Measure (Law et al. 1990; literature review Carswell et al. 2004). Scoring only: the COPM
 * interview, forms and manual are copyrighted and licensed by their publisher, and promkit
 * ships none of their text. Items `copm_p1` … `copm_p5` are the 1–10 performance ratings and
 * `copm_s1` … `copm_s5` the 1–10 satisfaction ratings of up to five patient-named problems;
 * `performance` and `satisfaction` are each the mean over the rated problems. A change of
 * 2 points or more is taken as clinically important.
 */
export const copm: Instrument = /* @__PURE__ */ shipped({
  id: 'copm',
  title: 'Canadian Occupational Performance Measure (performance and satisfaction scoring)',
  shortTitle: 'COPM',
  version: 'COPM scoring (Law et al. 1990; Carswell et al. 2004)',
  domain: 'occupational performance',
  recallPeriod: null,
  citations: [
    {
      key: 'law1990',
      text: 'Law M, Baptiste S, McColl M, Opzoomer A, Polatajko H, Pollock N. The Canadian occupational performance measure: an outcome measure for occupational therapy. Can J Occup Ther. 1990;57(2):82-87.',
      doi: '10.1177/000841749005700207',
    },
    {
      key: 'carswell2004',
      text: 'Carswell A, McColl MA, Baptiste S, Law M, Polatajko H, Pollock N. The Canadian Occupational Performance Measure: a research and clinical literature review. Can J Occup Ther. 2004;71(4):210-222.',
      doi: '10.1177/000841740407100406',
    },
    {
      key: 'copmManual',
      text: 'Law M, Baptiste S, Carswell A, McColl MA, Polatajko H, Pollock N. Canadian Occupational Performance Measure (manual). Published by CAOT Publications ACE; now distributed by COPM Inc. Sold with a licence to use the measure.',
    },
    {
      key: 'eyssen2011',
      text: 'Eyssen ICJM, Steultjens MPM, Oud TAM, Bolt EM, Maasdam A, Dekker J. Responsiveness of the Canadian Occupational Performance Measure. J Rehabil Res Dev. 2011;48(5):517-528.',
    },
  ],
  licence: {
    status: 'proprietary',
    verbatimText: false,
    holder: 'The COPM authors; published by CAOT Publications ACE / COPM Inc.',
    note: 'The COPM (semi-structured interview, score forms and manual) is copyrighted; administering it requires the manual and licence from its publisher (COPM Inc., formerly CAOT Publications ACE). promkit ships only the published scoring arithmetic (mean of 1-10 ratings over the problems identified, Law et al. 1990) with its own neutral labels, and none of the COPM text. Without a COPM licence, use these items as generic patient-named activity ratings.',
  },
  items: [
    { id: 'copm_p1', label: 'Problem 1: performance rating', numeric: rating },
    { id: 'copm_p2', label: 'Problem 2: performance rating', numeric: rating },
    { id: 'copm_p3', label: 'Problem 3: performance rating', numeric: rating },
    { id: 'copm_p4', label: 'Problem 4: performance rating', numeric: rating },
    { id: 'copm_p5', label: 'Problem 5: performance rating', numeric: rating },
    { id: 'copm_s1', label: 'Problem 1: satisfaction rating', numeric: rating },
    { id: 'copm_s2', label: 'Problem 2: satisfaction rating', numeric: rating },
    { id: 'copm_s3', label: 'Problem 3: satisfaction rating', numeric: rating },
    { id: 'copm_s4', label: 'Problem 4: satisfaction rating', numeric: rating },
    { id: 'copm_s5', label: 'Problem 5: satisfaction rating', numeric: rating },
  ],
  scores: [
    {
      name: 'performance',
      label: 'COPM performance score',
      items: ['copm_p1', 'copm_p2', 'copm_p3', 'copm_p4', 'copm_p5'],
      method: 'mean',
      range: [1, 10],
      missing: {
        minAnswered: 1,
        rounding: 'none',
        official: true,
        text: 'Sum of the performance ratings divided by the number of problems rated (up to five); from one problem up. Fewer than five problems is a complete COPM; promkit labels it "prorated" because the mean is over the rated problems only.',
        source: { ref: 'law1990' },
      },
      direction: 'higher-is-better',
      psychometrics: {
        mcid: [
          {
            value: 2,
            unit: 'points',
            population: 'clients of occupational therapy (COPM guidance, reviewed by Carswell et al. 2004)',
            method: 'change of 2 points or more considered clinically important',
            source: { ref: 'carswell2004' },
          },
        ],
      },
    },
    {
      name: 'satisfaction',
      label: 'COPM satisfaction score',
      items: ['copm_s1', 'copm_s2', 'copm_s3', 'copm_s4', 'copm_s5'],
      method: 'mean',
      range: [1, 10],
      missing: {
        minAnswered: 1,
        rounding: 'none',
        official: true,
        text: 'Sum of the satisfaction ratings divided by the number of problems rated (up to five); from one problem up. Fewer than five problems is a complete COPM; promkit labels it "prorated" because the mean is over the rated problems only.',
        source: { ref: 'law1990' },
      },
      direction: 'higher-is-better',
      psychometrics: {
        mcid: [
          {
            value: 2,
            unit: 'points',
            population: 'clients of occupational therapy (COPM guidance, reviewed by Carswell et al. 2004)',
            method: 'change of 2 points or more considered clinically important',
            source: { ref: 'carswell2004' },
          },
        ],
      },
    },
  ],
  discrepancies: [
    {
      topic: 'Clinically important change',
      decision:
        'promkit uses the 2-point change of the COPM guidance (Carswell et al. 2004). Eyssen et al. 2011 found optimal ROC cut-offs of 0.9 to 1.9 points in 152 outpatients; use those via your own MCID if they fit your population better.',
      refs: ['carswell2004', 'eyssen2011'],
    },
    {
      topic: 'Shipping a copyrighted measure',
      decision:
        'Only the scoring arithmetic (a mean of ratings) is shipped, with neutral labels, as for other licensed instruments in promkit (ODI, PCS); the COPM interview and forms are not reproduced. Users administering the COPM need the publisher’s manual and licence.',
      refs: ['copmManual', 'law1990'],
    },
  ],
  notes: [
    'Pair the items: copm_pN and copm_sN rate the same patient-named problem N; rate satisfaction for every problem rated for performance. promkit does not check the pairing.',
    'The importance ratings (1-10) used to choose the five problems are not scored and are not items here.',
    'At reassessment the patient re-rates the same problems; change = reassessment score - initial score, for performance and satisfaction separately.',
  ],
});
