import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

/**
 * VAS, the 100 mm Visual Analogue Scale of pain intensity. One item `vas_1`, the distance in mm
 * from the "no pain" end, any number from 0 to 100 (decimals allowed, e.g. from an electronic
 * slider); `total` is that distance, higher is worse, with the Jensen 2003 bands (0–4 no pain,
 * 5–44 mild, 45–74 moderate, 75–100 severe). A value between two bands (e.g. 4.5 or 44.5)
 * falls in the lower band.
 *
 * Missing data: a single item, so an unanswered `vas_1` gives no score (no published rule).
 */
export const vas: Instrument = /* @__PURE__ */ shipped({
  id: 'vas',
  title: 'Visual Analogue Scale for pain intensity (100 mm)',
  shortTitle: 'VAS',
  version: '100 mm line anchored 0 = no pain; score = distance in mm from the no-pain end, any resolution (decimals allowed). Anchors, orientation and recall period vary by setting.',
  domain: 'pain-intensity',
  recallPeriod: null,
  citations: [
    {
      key: 'jensen2003',
      text: 'Jensen MP, Chen C, Brugger AM. Interpretation of visual analog scale ratings and change scores: a reanalysis of two clinical trials of postoperative pain. J Pain. 2003;4(7):407-414.',
      doi: '10.1016/S1526-5900(03)00716-8',
      url: 'https://pubmed.ncbi.nlm.nih.gov/14622683/',
    },
    {
      key: 'boonstra2014',
      text: 'Boonstra AM, Schiphorst Preuper HR, Balk GA, Stewart RE. Cut-off points for mild, moderate, and severe pain on the visual analogue scale for pain in patients with chronic musculoskeletal pain. Pain. 2014;155(12):2545-2550.',
      doi: '10.1016/j.pain.2014.09.014',
    },
    {
      key: 'myles2017',
      text: 'Myles PS, Myles DB, Galagher W, Boyd D, Chew C, MacDonald N, Dennis A. Measuring acute postoperative pain using the visual analog scale: the minimal clinically important difference and patient acceptable symptom state. Br J Anaesth. 2017;118(3):424-429.',
      doi: '10.1093/bja/aew466',
    },
    {
      key: 'alghadir2018',
      text: 'Alghadir AH, Anwer S, Iqbal A, Iqbal ZA. Test-retest reliability, validity, and minimum detectable change of visual analog, numerical rating, and verbal rating scales for measurement of osteoarthritic knee pain. J Pain Res. 2018;11:851-856.',
      doi: '10.2147/JPR.S158847',
    },
    {
      key: 'bijur2001',
      text: 'Bijur PE, Silver W, Gallagher EJ. Reliability of the visual analog scale for measurement of acute pain. Acad Emerg Med. 2001;8(12):1153-1157.',
      doi: '10.1111/j.1553-2712.2001.tb01132.x',
    },
    {
      key: 'vsacPainTool',
      text: 'Standardized Pain Assessment Tool value set (VSAC OID 2.16.840.1.113883.3.526.3.1028), eCQM Update 2021-05-06 (CMS157): lists LOINC 38214-3 "Pain severity [Score] Visual analog score".',
      url: 'https://vsac.nlm.nih.gov/valueset/2.16.840.1.113883.3.526.3.1028/expansion',
    },
  ],
  licence: {
    status: 'public-domain',
    verbatimText: false,
    note: 'A generic measurement method with no owner or licence holder. There is no canonical wording, so promkit ships no item text: state your own anchors and recall period when you administer it.',
  },
  items: [
    {
      id: 'vas_1',
      label: 'Pain intensity, mm on a 100 mm line',
      numeric: { min: 0, max: 100, integer: false, minLabel: 'No pain', maxLabel: 'Worst imaginable pain' },
      loinc: '38214-3',
    },
  ],
  scores: [
    {
      name: 'total',
      label: 'VAS pain intensity (mm)',
      items: ['vas_1'],
      method: 'sum',
      range: [0, 100],
      missing: {
        minAnswered: 1,
        rounding: 'none',
        official: false,
        text: 'A single item: no published missing-data rule exists, so an unanswered rating gives no score.',
        source: { ref: 'jensen2003', note: 'no missing-data rule published for a single-item scale' },
      },
      bands: [
        { label: 'no pain', min: 0, max: 4 },
        { label: 'mild', min: 5, max: 44 },
        { label: 'moderate', min: 45, max: 74 },
        { label: 'severe', min: 75, max: 100 },
      ],
      bandSource: {
        ref: 'jensen2003',
        locator: 'Abstract: "100-mm VAS ratings of 0 to 4 mm can be considered no pain; 5 to 44 mm, mild pain; 45 to 74 mm, moderate pain; and 75 to 100 mm, severe pain"',
        note: 'Postoperative pain (reanalysis of 2 trials, N = 123 and 125). The bands are in whole mm; promkit places a value between two bands (e.g. 4.5) in the lower one.',
      },
      direction: 'higher-is-worse',
      loinc: '38214-3',
      psychometrics: {
        reliability: {
          value: 0.97,
          kind: 'test-retest',
          population: '121 adults with knee osteoarthritis, two visits 24 h apart (ICC)',
          source: { ref: 'alghadir2018', locator: 'Abstract, Results' },
        },
        mcid: [
          {
            value: 10,
            unit: 'points',
            population: '224 patients recovering from surgery (unit: mm); MCID 9.9 rounded to 10 by the authors',
            method: 'triangulated anchor-based (global rating of change) and distribution-based estimates',
            source: { ref: 'myles2017', locator: 'Abstract' },
          },
          {
            value: 33,
            unit: 'percent',
            population: 'postoperative pain (reanalysis of 2 randomised trials)',
            method: 'anchor-based: "a 33% decrease in pain represents a reasonable standard"',
            source: { ref: 'jensen2003', locator: 'Abstract' },
          },
        ],
      },
    },
  ],
  discrepancies: [
    {
      topic: 'Severity bands',
      decision: 'promkit uses Jensen 2003 (postoperative pain). Boonstra 2014 (456 chronic musculoskeletal pain patients) found ≤ 34 mm mild, 35–74 moderate, ≥ 75 severe by verbal description (≤ 34 / 35–64 / ≥ 65 by interference with functioning) and concluded there are no universally accepted cut-off points.',
      refs: ['jensen2003', 'boonstra2014'],
    },
    {
      topic: 'Values between the published whole-mm bands',
      decision: 'Jensen 2003 states the bands in whole mm and says nothing of fractions. promkit accepts decimals and places a value between two bands in the lower one (4.5 → no pain, 44.5 → mild, 74.5 → moderate), i.e. cut points < 5, < 45, < 75. This is promkit\'s rule, not Jensen\'s.',
      refs: ['jensen2003'],
    },
    {
      topic: 'Clinically important change',
      decision: 'Recorded: Myles 2017 10 mm (postoperative) and Jensen 2003 33 % (postoperative). No chronic-pain VAS MCID was verified; the IMMPACT percent benchmarks are stated for the 0–10 NRS.',
      refs: ['myles2017', 'jensen2003'],
    },
  ],
  notes: [
    'No outside reference case was found for this instrument (no worked example in the sources read, and none in other scoring tools\' test vectors: awell-score, the qhs R package, CamCOPS, public code and web search); its reference cases are worked by hand from the published rule (see the reference-case counts above).',
    'Decimals are allowed (integer: false): an electronic slider or a ruler reading to 0.5 mm gives fractions, and the stored value is not rounded.',
    'A VAS recorded in cm (0–10) must be multiplied by 10 before scoring; a value above 100 is rejected.',
    'LOINC 38214-3 ("Pain severity [Score] Visual analog score") is listed in the eCQM Standardized Pain Assessment Tool value set.',
    'Bijur 2001 (acute pain, emergency departments): paired ratings 1 minute apart had ICC 0.97, with 90 % of pairs within 9 mm.',
    'Myles 2017 also reports a patient acceptable symptom state of 33 mm or less after surgery (postoperative use only).',
  ],
});
