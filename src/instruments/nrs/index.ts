import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

/**
 * NRS, the 11-point (0–10) Numeric Rating Scale of pain intensity (PI-NRS; anchors as in
 * Farrar 2001). One item `nrs_1`, a whole number 0–10; `total` is that rating, higher is worse,
 * with the Serlin 1995 bands (1–4 mild, 5–6 moderate, 7–10 severe; 0 = no pain).
 *
 * Missing data: a single item, so an unanswered `nrs_1` gives no score (no published rule).
 * MCIDs travel with the score: Farrar 2001 (about 2 points or 30 %) and IMMPACT (Dworkin 2008).
 */
export const nrs: Instrument = /* @__PURE__ */ shipped({
  id: 'nrs',
  title: 'Numeric Rating Scale for pain intensity (0–10)',
  shortTitle: 'NRS',
  version: '11-point 0–10 pain intensity NRS (PI-NRS); anchors 0 = no pain, 10 = worst possible pain (Farrar 2001). Wording and recall period vary by setting; no canonical version exists.',
  domain: 'pain-intensity',
  recallPeriod: null,
  citations: [
    {
      key: 'farrar2001',
      text: 'Farrar JT, Young JP Jr, LaMoreaux L, Werth JL, Poole RM. Clinical importance of changes in chronic pain intensity measured on an 11-point numerical pain rating scale. Pain. 2001;94(2):149-158.',
      doi: '10.1016/S0304-3959(01)00349-9',
      url: 'https://pubmed.ncbi.nlm.nih.gov/11690728/',
    },
    {
      key: 'serlin1995',
      text: 'Serlin RC, Mendoza TR, Nakamura Y, Edwards KR, Cleeland CS. When is cancer pain mild, moderate or severe? Grading pain severity by its interference with function. Pain. 1995;61(2):277-284.',
      doi: '10.1016/0304-3959(94)00178-H',
    },
    {
      key: 'boonstra2016',
      text: 'Boonstra AM, Stewart RE, Köke AJA, Oosterwijk RFA, Swaan JL, Schreurs KMG, Schiphorst Preuper HR. Cut-off points for mild, moderate, and severe pain on the numeric rating scale for pain in patients with chronic musculoskeletal pain: variability and influence of sex and catastrophizing. Front Psychol. 2016;7:1466.',
      doi: '10.3389/fpsyg.2016.01466',
    },
    {
      key: 'paul2005',
      text: 'Paul SM, Zelman DC, Smith M, Miaskowski C. Categorizing the severity of cancer pain: further exploration of the establishment of cutpoints. Pain. 2005;113(1-2):37-44.',
      doi: '10.1016/j.pain.2004.09.014',
    },
    {
      key: 'dworkin2008',
      text: 'Dworkin RH, Turk DC, Wyrwich KW, Beaton D, Cleeland CS, Farrar JT, et al. Interpreting the clinical importance of treatment outcomes in chronic pain clinical trials: IMMPACT recommendations. J Pain. 2008;9(2):105-121.',
      doi: '10.1016/j.jpain.2007.09.005',
    },
    {
      key: 'alghadir2018',
      text: 'Alghadir AH, Anwer S, Iqbal A, Iqbal ZA. Test-retest reliability, validity, and minimum detectable change of visual analog, numerical rating, and verbal rating scales for measurement of osteoarthritic knee pain. J Pain Res. 2018;11:851-856.',
      doi: '10.2147/JPR.S158847',
    },
    {
      key: 'vsacPainTool',
      text: 'Standardized Pain Assessment Tool value set (VSAC OID 2.16.840.1.113883.3.526.3.1028), eCQM Update 2021-05-06 (CMS157): lists LOINC 72514-3 "Pain severity - 0-10 verbal numeric rating [Score] - Reported".',
      url: 'https://vsac.nlm.nih.gov/valueset/2.16.840.1.113883.3.526.3.1028/expansion',
    },
    {
      key: 'hl7bePainScale',
      text: 'HL7 Belgium. Patient Monitoring Outcome FHIR Implementation Guide 0.1.0, ValueSet "Pain severity - 0-10 verbal numeric rating" (pain-scale), pointing to https://loinc.org/72514-3.',
      url: 'https://build.fhir.org/ig/hl7-be/patient-monitoring/ValueSet-pain-scale.html',
    },
  ],
  licence: {
    status: 'public-domain',
    verbatimText: false,
    note: 'A generic rating format with no owner or licence holder. There is no canonical wording, so promkit ships no item text: state your own question, anchors and recall period when you administer it.',
  },
  items: [
    {
      id: 'nrs_1',
      label: 'Pain intensity, 0–10',
      numeric: { min: 0, max: 10, integer: true, minLabel: 'No pain', maxLabel: 'Worst possible pain' },
      loinc: '72514-3',
    },
  ],
  scores: [
    {
      name: 'total',
      label: 'NRS pain intensity',
      items: ['nrs_1'],
      method: 'sum',
      range: [0, 10],
      missing: {
        minAnswered: 1,
        rounding: 'none',
        official: false,
        text: 'A single item: no published missing-data rule exists, so an unanswered rating gives no score.',
        source: { ref: 'farrar2001', note: 'no missing-data rule published for a single-item scale' },
      },
      bands: [
        { label: 'no pain', min: 0, max: 0 },
        { label: 'mild', min: 1, max: 4 },
        { label: 'moderate', min: 5, max: 6 },
        { label: 'severe', min: 7, max: 10 },
      ],
      bandSource: {
        ref: 'serlin1995',
        locator: 'Abstract: "ratings of 1-4 correspond to mild pain, 5-6 to moderate pain, and 7-10 to severe pain"',
        note: 'Derived from worst-pain ratings of cancer patients. 0 is the scale\'s "no pain" anchor (Farrar 2001), not a Serlin category.',
      },
      direction: 'higher-is-worse',
      loinc: '72514-3',
      psychometrics: {
        reliability: {
          value: 0.95,
          kind: 'test-retest',
          population: '121 adults with knee osteoarthritis, two visits 24 h apart (ICC; SEM 0.48, MDC 1.33 points)',
          source: { ref: 'alghadir2018', locator: 'Abstract, Results' },
        },
        mcid: [
          {
            value: 2,
            unit: 'points',
            population: '2724 patients in 10 pregabalin trials (diabetic neuropathy, postherpetic neuralgia, chronic low back pain, fibromyalgia, osteoarthritis); daily-diary PI-NRS',
            method: 'anchor-based: PGIC "much improved" or "very much improved"; "a reduction of approximately two points"',
            source: { ref: 'farrar2001', locator: 'Abstract' },
          },
          {
            value: 30,
            unit: 'percent',
            population: 'same 10 pregabalin trials; the percent change related to PGIC consistently regardless of baseline pain',
            method: 'anchor-based: PGIC "much improved" or "very much improved"; "a reduction of approximately 30%"',
            source: { ref: 'farrar2001', locator: 'Abstract' },
          },
          {
            value: 30,
            unit: 'percent',
            population: 'chronic pain clinical trials (IMMPACT consensus); at least 30 % decrease = moderately important',
            method: 'consensus benchmark (10–20 % minimally important, ≥ 30 % moderately important, ≥ 50 % substantial)',
            source: { ref: 'dworkin2008', locator: 'Table 1 (pain intensity, 0–10 NRS)' },
          },
        ],
      },
    },
  ],
  discrepancies: [
    {
      topic: 'Severity bands',
      decision: 'promkit uses Serlin 1995 (1–4 mild, 5–6 moderate, 7–10 severe; cancer pain, worst-pain ratings), the primary and most-cited scheme. Boonstra 2016 (2854 chronic musculoskeletal pain patients, interference with functioning) found ≤ 5 mild, 6–7 moderate, ≥ 8 severe; Paul 2005 confirmed the mild/moderate boundary at 4 but not the moderate/severe one. Bands are interpretive and depend on population and anchor.',
      refs: ['serlin1995', 'boonstra2016', 'paul2005'],
    },
    {
      topic: 'Clinically important change',
      decision: 'Farrar 2001 (about 2 points or about 30 %, "much improved" anchor) and IMMPACT (10–20 % minimal, ≥ 30 % moderate, ≥ 50 % substantial) are recorded. Farrar writes "approximately"; the IMMPACT wording "at least 30%" makes a change of exactly 30 % count. Raw and percent criteria can disagree for one patient (e.g. 3 → 2 is −33 % but only −1 point).',
      refs: ['farrar2001', 'dworkin2008'],
    },
  ],
  notes: [
    'No outside reference case was found for this instrument (no worked example in the sources read, and none in other scoring tools\' test vectors: awell-score, the qhs R package, CamCOPS, public code and web search); its reference cases are worked by hand from the published rule (see the reference-case counts above).',
    'LOINC 72514-3 ("Pain severity - 0-10 verbal numeric rating [Score] - Reported") is listed in the eCQM Standardized Pain Assessment Tool value set and the HL7 Belgium pain-scale value set.',
    'Farrar 2001 used a daily-diary rating averaged over a week; a single clinic rating is noisier (MDC about 1.3 points in Alghadir 2018), so a 2-point change on one occasion is close to measurement error.',
    'Percent change is undefined when the baseline is 0.',
  ],
});
