import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

const frequency = [
  { value: 0, label: 'Never' },
  { value: 1, label: 'Rarely' },
  { value: 2, label: 'Sometimes' },
  { value: 3, label: 'Often' },
  { value: 4, label: 'Always' },
];

const labels = [
  'Unrefreshed on waking',
  'Muscles stiff and achy',
  'Anxiety attacks',
  'Grind or clench teeth',
  'Diarrhoea and/or constipation',
  'Need help with daily activities',
  'Sensitive to bright lights',
  'Tire easily when physically active',
  'Pain all over the body',
  'Headaches',
  'Bladder discomfort or burning on urination',
  'Do not sleep well',
  'Difficulty concentrating',
  'Skin problems (dryness, itch, rashes)',
  'Stress worsens physical symptoms',
  'Sad or depressed',
  'Low energy',
  'Neck and shoulder muscle tension',
  'Jaw pain',
  'Smells cause dizziness or nausea',
  'Urinate frequently',
  'Restless, uncomfortable legs at night',
  'Difficulty remembering things',
  'Trauma as a child',
  'Pelvic pain',
];

const itemIds = labels.map((_, i) => `csi_${i + 1}`);

/**
 * CSI, Central Sensitization Inventory, Part A (Mayer et al. 2012). Items `csi_1` … `csi_25`, each
 * 0 (never) – 4 (always); `total` 0–100 with the Neblett et al. 2017 severity levels (subclinical
 * 0–29, mild 30–39, moderate 40–49, severe 50–59, extreme 60–100) and flag `positiveScreen` for a
 * total of 40 or more (Neblett et al. 2013). Part B (previous diagnoses) is not scored and not
 * included. No item text (no licence statement found).
 */
export const csi: Instrument = /* @__PURE__ */ shipped({
  id: 'csi',
  title: 'Central Sensitization Inventory (Part A)',
  shortTitle: 'CSI',
  version: 'CSI Part A, 25 items, English (Mayer et al. 2012); Part B (diagnoses) not scored.',
  domain: 'central-sensitization',
  recallPeriod: null,
  citations: [
    {
      key: 'mayer2012',
      text: 'Mayer TG, Neblett R, Cohen H, et al. The development and psychometric validation of the central sensitization inventory. Pain Pract. 2012;12(4):276-285.',
      doi: '10.1111/j.1533-2500.2011.00493.x',
    },
    {
      key: 'neblett2013',
      text: 'Neblett R, Cohen H, Choi Y, Hartzell MM, Williams M, Mayer TG, Gatchel RJ. The Central Sensitization Inventory (CSI): establishing clinically significant values for identifying central sensitivity syndromes in an outpatient chronic pain sample. J Pain. 2013;14(5):438-445 (Abstract: "A receiver operating characteristic analysis determined that a CSI score of 40 out of 100 best distinguished between the CSS patient group and a nonpatient comparison sample (N = 129) (area under the curve = .86, sensitivity = 81%, specificity = 75%)"; the CSI "was found to have high reliability and validity (test-retest reliability = .82; Cronbach\'s alpha = .88)").',
      doi: '10.1016/j.jpain.2012.11.012',
      url: 'https://experts.unthsc.edu/en/publications/the-central-sensitization-inventory-csi-establishing-clinically-s',
    },
    {
      key: 'neblettAbility',
      text: 'Neblett R, Hartzell MM, Cohen H, Mayer TG, Williams M, Choi YH, Gatchel RJ. Ability of the central sensitization inventory to identify central sensitivity syndromes in an outpatient chronic pain sample. Clin J Pain. 2015;31(4) (Abstract: CSI scores "using a previously determined cutoff of \'40\' of \'100\'"; sensitivity 82.8%, specificity 54.8% among 161 psychiatric-practice patients; false positives described as "scoring >40", true negatives as "below 40").',
      doi: '10.1097/AJP.0000000000000113',
      url: 'https://experts.unthsc.edu/en/publications/ability-of-the-central-sensitization-inventory-to-identify-centra',
    },
    {
      key: 'neblett2017',
      text: 'Neblett R, Hartzell MM, Mayer TG, Cohen H, Gatchel RJ. Establishing clinically relevant severity levels for the Central Sensitization Inventory. Pain Pract. 2017;17(2):166-175 (online 2016; Abstract, Methods: "subclinical = 0 to 29; mild = 30 to 39; moderate = 40 to 49; severe = 50 to 59; and extreme = 60 to 100").',
      doi: '10.1111/papr.12440',
      url: 'https://pubmed.ncbi.nlm.nih.gov/26989894/',
    },
    {
      key: 'neblett2018',
      text: 'Neblett R. The Central Sensitization Inventory: a user\'s manual. J Appl Biobehav Res. 2018;23:e12123.',
      doi: '10.1111/jabr.12123',
    },
    {
      key: 'awellScore',
      text: 'Awell Health. awell-score (open-source TypeScript score library): src/scores/csi (README.md, csi.ts, definition/csi_inputs.ts, __testdata__/csi_responses.ts, csi.test.ts), commit c37843e505763f1767d22d0250ee1920eccddb21.',
      url: 'https://github.com/awell-health/awell-score',
    },
  ],
  licence: {
    status: 'permission-required',
    verbatimText: false,
    holder: 'The authors (Mayer, Neblett et al.; PRIDE Research Foundation, Dallas)',
    note: 'No licence or permission statement for the CSI was found in the sources read, so promkit treats it conservatively: short neutral labels only, not the item wording. Confirm the terms of use with the authors (PRIDE Research Foundation) before reproducing the questionnaire.',
  },
  items: labels.map((label, i) => ({ id: `csi_${i + 1}`, label, options: frequency })),
  scores: [
    {
      name: 'total',
      label: 'CSI total score (Part A)',
      items: itemIds,
      method: 'sum',
      range: [0, 100],
      missing: {
        minAnswered: 25,
        rounding: 'none',
        official: false,
        source: { ref: 'mayer2012', note: 'no missing-item rule in the sources read; the user manual (Neblett 2018) was not read in full' },
        text: 'No published missing-item rule was found, so promkit requires all 25 items (conservative); awell-score also requires every item. A caller who wants proration can pass { missing: { minAnswered: k } }.',
      },
      bands: [
        { label: 'subclinical', min: 0, max: 29 },
        { label: 'mild', min: 30, max: 39 },
        { label: 'moderate', min: 40, max: 49 },
        { label: 'severe', min: 50, max: 59 },
        { label: 'extreme', min: 60, max: 100 },
      ],
      bandSource: { ref: 'neblett2017', locator: 'Abstract, Methods' },
      direction: 'higher-is-worse',
      psychometrics: {
        reliability: {
          value: 0.82,
          kind: 'test-retest',
          population: 'CSI development study (Mayer 2012), as summarised in the Neblett 2013 abstract',
          source: { ref: 'neblett2013', locator: 'Abstract: "test-retest reliability = .82; Cronbach\'s alpha = .88"' },
        },
      },
    },
  ],
  flags: [
    {
      name: 'positiveScreen',
      label: 'Total of 40 or more: cut-off for identifying patients with a central sensitivity syndrome',
      when: { score: 'total', atLeast: 40 },
      source: {
        ref: 'neblett2013',
        locator: 'Abstract: "a CSI score of 40 out of 100 best distinguished between the CSS patient group and a nonpatient comparison sample"',
        note: 'awell-score (README, csi.ts) also flags a score of 40 or more; 40 is the lower edge of the "moderate" severity level (Neblett 2017)',
      },
    },
  ],
  discrepancies: [
    {
      topic: 'Year of the severity-level paper',
      decision: 'The severity levels come from Neblett et al., "Establishing clinically relevant severity levels for the Central Sensitization Inventory", Pain Practice 2017;17(2):166-175, first published online in 2016 (so also cited with the year of online publication). The levels are the same in every citation found.',
      refs: ['neblett2017'],
    },
    {
      topic: 'Cut-off: "40 or more" or "more than 40"',
      decision: 'Neblett 2013 reports that a score of 40 best separated patients with a central sensitivity syndrome from non-patients; awell-score and the severity levels (moderate from 40) treat 40 itself as positive, and promkit does the same. The follow-up validation describes false positives as "scoring >40" and true negatives as "below 40", which leaves exactly 40 unplaced; only a total of exactly 40 is affected. Other studies proposed other cut-offs for their populations (not built in).',
      refs: ['neblett2013', 'neblettAbility', 'awellScore', 'neblett2017'],
    },
    {
      topic: 'Missing items',
      decision: 'No official rule was found; promkit requires all 25 items. The user manual (Neblett 2018) may give guidance; it was not read in full.',
      refs: ['mayer2012', 'neblett2018', 'awellScore'],
    },
  ],
  notes: [
    'Only Part A (25 symptom items) is scored; Part B asks about previous diagnoses (e.g. fibromyalgia, migraine, irritable bowel syndrome) and has no score (awell-score README; Mayer 2012).',
    'The CSI is a screener for symptoms associated with central sensitization, not a diagnostic test for it.',
    'No LOINC codes for the CSI were found.',
  ],
});
