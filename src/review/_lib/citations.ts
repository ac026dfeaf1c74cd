/**
 * @internal The methods a progress review applies, each with the citation the page prints in its
 * footer. Instrument facts (bands, MCIDs, reliabilities, flags) are cited from the definitions.
 */
export interface MethodCitation {
  readonly key: string;
  readonly text: string;
  readonly doi?: string;
  readonly url?: string;
}

/** @internal */
export const METHOD_CITATIONS = {
  jacobson1991: {
    key: 'jacobson1991',
    text: 'Jacobson NS, Truax P. Clinical significance: a statistical approach to defining meaningful change in psychotherapy research. J Consult Clin Psychol. 1991;59(1):12-19.',
    doi: '10.1037/0022-006X.59.1.12',
  },
  bauer2004: {
    key: 'bauer2004',
    text: 'Bauer S, Lambert MJ, Nielsen SL. Clinical significance methods: a comparison of statistical techniques. J Pers Assess. 2004;82(1):60-70.',
  },
  jaeschke1989: {
    key: 'jaeschke1989',
    text: 'Jaeschke R, Singer J, Guyatt GH. Measurement of health status: ascertaining the minimal clinically important difference. Control Clin Trials. 1989;10(4):407-415.',
  },
  dworkin2008: {
    key: 'dworkin2008',
    text: 'Dworkin RH, Turk DC, Wyrwich KW, et al. Interpreting the clinical importance of treatment outcomes in chronic pain clinical trials: IMMPACT recommendations. J Pain. 2008;9(2):105-121.',
    doi: '10.1016/j.jpain.2007.09.005',
  },
  kiresuk1968: {
    key: 'kiresuk1968',
    text: 'Kiresuk TJ, Sherman RE. Goal attainment scaling: a general method for evaluating comprehensive community mental health programs. Community Ment Health J. 1968;4(6):443-453.',
  },
  turnerStokes2009: {
    key: 'turnerStokes2009',
    text: 'Turner-Stokes L. Goal attainment scaling (GAS) in rehabilitation: a practical guide. Clin Rehabil. 2009;23(4):362-370.',
    doi: '10.1177/0269215508101742',
  },
  costa2019: {
    key: 'costa2019',
    text: 'Costa N, Ferreira ML, Setchell J, et al. A definition of "flare" in low back pain: a multiphase process involving perspectives of individuals with low back pain and expert consensus. J Pain. 2019;20(11):1267-1275.',
  },
  costa2021: {
    key: 'costa2021',
    text: 'Costa N, Smits E, Kasza J, et al. ISSLS Prize in Clinical Science 2021: What are the risk factors for low back pain flares and does this depend on how flare is defined? Eur Spine J. 2021;30(5):1089-1097.',
    doi: '10.1007/s00586-021-06730-6',
  },
  diaryMean: {
    key: 'diaryMean',
    text: 'Pfizer. Pregabalin versus placebo in the treatment of neuropathic pain associated with HIV neuropathy (ClinicalTrials.gov NCT01049217), results: "Mean pain score was defined as the mean of the last 7 daily diary pain ratings", each the past 24 hours on the 0–10 numeric rating scale (the daily-diary design of the trials in Farrar et al. 2001).',
    url: 'https://clinicaltrials.gov/study/NCT01049217',
  },
  heapy2014: {
    key: 'heapy2014',
    text: 'Heapy A, Dziura J, Buta E, Goulet J, Kulas JF, Kerns RD. Using multiple daily pain ratings to improve reliability and assay sensitivity: how many is enough? J Pain. 2014 (published online 2 October 2014): one daily rating had ICC 0.65; the mean of five daily ratings had reliability above 0.90.',
  },
  serlin1995: {
    key: 'serlin1995',
    text: 'Serlin RC, Mendoza TR, Nakamura Y, Edwards KR, Cleeland CS. When is cancer pain mild, moderate or severe? Grading pain severity by its interference with function. Pain. 1995;61(2):277-284.',
    doi: '10.1016/0304-3959(94)00178-H',
  },
} as const satisfies Record<string, MethodCitation>;

/** @internal */
export type MethodKey = keyof typeof METHOD_CITATIONS;
