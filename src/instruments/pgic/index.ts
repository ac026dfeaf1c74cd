import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

/**
 * PGIC, the 7-point Patient Global Impression of Change, coded 1 = very much improved …
 * 4 = no change … 7 = very much worse (Farrar 2001 / PhenX; the CGI-Improvement coding).
 * One item `pgic_1`; `total` is that code, 1–7, so a LOWER value is better.
 *
 * Flags: `improved` (1–3, minimally improved or better; the IMMPACT "minimally important"
 * level) and `muchImproved` (1–2, much or very much improved; the Farrar 2001 responder
 * definition). Missing data: a single item, so an unanswered `pgic_1` gives no score and both
 * flags are null.
 */
export const pgic: Instrument = /* @__PURE__ */ shipped({
  id: 'pgic',
  title: 'Patient Global Impression of Change',
  shortTitle: 'PGIC',
  version: '7-point PGIC as used in chronic-pain trials (Farrar 2001; PhenX protocol 860801), coded 1 = very much improved, 2 = much improved, 3 = minimally improved, 4 = no change, 5 = minimally worse, 6 = much worse, 7 = very much worse (lower is better).',
  domain: 'global-change',
  recallPeriod: 'Since a stated reference point (e.g. the start of treatment)',
  citations: [
    {
      key: 'farrar2001',
      text: 'Farrar JT, Young JP Jr, LaMoreaux L, Werth JL, Poole RM. Clinical importance of changes in chronic pain intensity measured on an 11-point numerical pain rating scale. Pain. 2001;94(2):149-158.',
      doi: '10.1016/S0304-3959(01)00349-9',
      url: 'https://pubmed.ncbi.nlm.nih.gov/11690728/',
    },
    {
      key: 'phenx',
      text: 'PhenX Toolkit. Protocol 860801: Patient Global Impression of Change (source: Farrar et al. 2001).',
      url: 'https://phenx.org/protocols/view/860801',
    },
    {
      key: 'dworkin2008',
      text: 'Dworkin RH, Turk DC, Wyrwich KW, Beaton D, Cleeland CS, Farrar JT, et al. Interpreting the clinical importance of treatment outcomes in chronic pain clinical trials: IMMPACT recommendations. J Pain. 2008;9(2):105-121.',
      doi: '10.1016/j.jpain.2007.09.005',
    },
    {
      key: 'camcops',
      text: 'CamCOPS documentation, docs/source/tasks/pgic.rst (ucam-department-of-psychiatry/camcops, commit d7e65c6cf98477ee7bbf1e01af8611dc4525f34c): scores range from 1 (very much improved) to 7 (very much worse); "Public domain and developed by the National Institute of Mental Health (NIMH)".',
      url: 'https://github.com/ucam-department-of-psychiatry/camcops/blob/d7e65c6cf98477ee7bbf1e01af8611dc4525f34c/docs/source/tasks/pgic.rst',
    },
    {
      key: 'hurst2004',
      text: 'Hurst H, Bolton J. Assessing the clinical significance of change scores recorded on subjective outcome measures. J Manipulative Physiol Ther. 2004;27(1):26-35.',
      doi: '10.1016/j.jmpt.2003.11.003',
    },
  ],
  licence: {
    status: 'public-domain',
    verbatimText: true,
    holder: 'US National Institute of Mental Health (derived from the Clinical Global Impression scale)',
    note: 'Public domain (CamCOPS: developed by the NIMH). No single standard wording exists; the PhenX protocol words the stem "Since the start of the study, my overall status is:". State the reference point you ask about.',
    url: 'https://phenx.org/protocols/view/860801',
  },
  items: [
    {
      id: 'pgic_1',
      label: 'Overall change since the reference point',
      options: [
        { value: 1, label: 'Very much improved' },
        { value: 2, label: 'Much improved' },
        { value: 3, label: 'Minimally improved' },
        { value: 4, label: 'No change' },
        { value: 5, label: 'Minimally worse' },
        { value: 6, label: 'Much worse' },
        { value: 7, label: 'Very much worse' },
      ],
    },
  ],
  scores: [
    {
      name: 'total',
      label: 'PGIC rating (1 = very much improved … 7 = very much worse)',
      items: ['pgic_1'],
      method: 'sum',
      range: [1, 7],
      missing: {
        minAnswered: 1,
        rounding: 'none',
        official: false,
        text: 'A single item: no published missing-data rule exists, so an unanswered rating gives no score.',
        source: { ref: 'phenx', note: 'no missing-data rule published for a single-item scale' },
      },
      direction: 'higher-is-worse',
    },
  ],
  flags: [
    {
      name: 'improved',
      label: 'Minimally improved or better (1–3): the IMMPACT "minimally important" level of global improvement',
      when: { item: 'pgic_1', atMost: 3 },
      source: { ref: 'dworkin2008', locator: 'Table 1 (global rating of improvement, PGIC): minimally important = "minimally improved"' },
    },
    {
      name: 'muchImproved',
      label: 'Much or very much improved (1–2): the Farrar 2001 clinically important improvement (responder)',
      when: { item: 'pgic_1', atMost: 2 },
      source: { ref: 'farrar2001', locator: 'Abstract: categories of "much improved" and "very much improved" were used as determinants of a clinically important difference' },
    },
  ],
  discrepancies: [
    {
      topic: 'Coding direction',
      decision: 'promkit codes 1 = very much improved … 7 = very much worse, as in Farrar 2001 as operationalised by PhenX, CamCOPS and the CGI-Improvement item. A differently worded PGIC attributed to Hurst & Bolton 2004 is widely reproduced with the reverse direction (1 = no change or worse … 7 = a great deal better, improvement usually taken as 5–7); that version was seen only in secondary reproductions. Recode such data (and check the wording) before scoring; store the label with the number.',
      refs: ['farrar2001', 'phenx', 'camcops', 'hurst2004'],
    },
    {
      topic: 'Responder definition',
      decision: 'Both are offered: muchImproved (≤ 2, Farrar 2001) and improved (≤ 3, IMMPACT minimally important). IMMPACT\'s "moderately important" level appears as "moderately improved" in a reproduction of its table; there is no such PGIC category, so promkit reads it as "much improved", which is the muchImproved flag.',
      refs: ['farrar2001', 'dworkin2008'],
    },
  ],
  notes: [
    'No outside reference case was found for this instrument (no worked example in the sources read, and none in other scoring tools\' test vectors: awell-score, the qhs R package, CamCOPS, public code and web search); its reference cases are worked by hand from the published rule (see the reference-case counts above).',
    'Lower is better: direction is "higher-is-worse" because 7 = very much worse.',
    'Some CGI implementations use 0 for "not assessed"; 0 is not a PGIC answer and is rejected (use null for a missing rating).',
    'PGIC is a single retrospective transition rating; it is mainly used as the anchor for the NRS, VAS, PEG and BPI clinically important differences, so no reliability or MCID is given for it.',
  ],
});
