// Data shared by the PROMIS short-form definitions: the HealthMeasures terms and the sources
// several forms cite. Plain constants (no logic): each definition stays data.

/** HealthMeasures terms of use for PROMIS measures. */
export const promisLicence = {
  status: 'free-for-noncommercial',
  verbatimText: false,
  holder: 'PROMIS Health Organization; distributed by HealthMeasures (Northwestern University)',
  note: 'PROMIS measures are copyrighted. HealthMeasures makes the English and Spanish measures available without licence or royalty fees for one\'s own research, clinical practice, educational assessment or other individual application; commercial users must ask permission to use, reproduce or distribute them, and integrating a measure into proprietary technology (including electronic administration) needs written permission from HealthMeasures. promkit therefore ships item codes, short neutral labels, response anchors and the scoring table, not the item wording or the form layout: obtain the official form from HealthMeasures and supply the item text yourself under your own permission.',
  url: 'https://www.healthmeasures.net/explore-measurement-systems/promis/obtain-administer-measures',
} as const;

export const citeBuysse2010 = {
  key: 'buysse2010',
  text: 'Buysse DJ, Yu L, Moul DE, et al. Development and validation of patient-reported outcome measures for sleep disturbance and sleep-related impairments. Sleep. 2010;33(6):781-792.',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2880437',
};

export const citeCamrprojects = {
  key: 'camrprojects',
  text: 'rettopnivek/camrprojects (R package), data/lst_promis29_scoring.RData, \'PROMIS-29 Scoring Tables\' (raw score, T-score and SE per domain), commit 48e4534b9aecee5ad83a8619d0b025f84abfdf14.',
  url: 'https://github.com/rettopnivek/camrprojects',
};

export const citeCella2010 = {
  key: 'cella2010',
  text: 'Cella D, Riley W, Stone A, et al. The Patient-Reported Outcomes Measurement Information System (PROMIS) developed and tested its first wave of adult self-reported health outcome item banks: 2005-2008. J Clin Epidemiol. 2010;63(11):1179-1194.',
  doi: '10.1016/j.jclinepi.2010.04.011',
};

export const citeChen2018 = {
  key: 'chen2018',
  text: 'Chen CX, Kroenke K, Stump TE, Kean J, Carpenter JS, Krebs EE, Bair MJ, Damush TM, Monahan PO. Estimating minimally important differences for the PROMIS pain interference scales: results from 3 randomized clinical trials. Pain. 2018.',
  url: 'https://experts.umn.edu/en/publications/estimating-minimally-important-differences-for-the-promis-pain-in',
};

export const citeChoir = {
  key: 'choir',
  text: 'chamtrain/choir-d (Stanford CHOIR), src/main/java/edu/stanford/survey/server/promis/*.java: item banks generated from PROMIS Assessment Center form OIDs (item order, response values, GRM parameters), commit 408fec1c21f6682473a72aa8b36ec95240b3cf68.',
  url: 'https://github.com/chamtrain/choir-d',
};

export const citeDepManual2017 = {
  key: 'depManual2017',
  text: 'HealthMeasures. PROMIS Depression Scoring Manual (dated 02/22/2017), short-form conversion tables; the Short Form v1.0 Depression 8a page is reprinted with permission as UpToDate Graphic 112642 (\'PROMIS Depression Short Form 8a\', (c) 2008-2017 PROMIS Health Organization).',
  url: 'http://www.healthmeasures.net/administrator/components/com_instruments/uploads/PROMIS%20Depression%20Scoring%20Manual%2002222017.pdf',
};

export const citeHays2015 = {
  key: 'hays2015',
  text: 'Hays RD, Spritzer KL, Fries JF, Krishnan E. Responsiveness and minimally important difference for the patient-reported outcomes measurement information system (PROMIS) 20-item physical functioning short form in a prospective observational study of rheumatoid arthritis. Ann Rheum Dis. 2015;74(1):104-107.',
  doi: '10.1136/annrheumdis-2013-204053',
};

export const citeHmCutPoints = {
  key: 'hmCutPoints',
  text: 'HealthMeasures. PROMIS Score Cut Points (adult figures \'WNL Symptoms\' and \'WNL Fx\', Jan 2023).',
  url: 'https://www.healthmeasures.net/score-and-interpret/interpret-scores/promis/promis-score-cut-points',
};

export const citeHmObtain = {
  key: 'hmObtain',
  text: 'HealthMeasures. PROMIS: Obtain & Administer Measures (copyright, terms of use, permission for electronic administration).',
  url: 'https://www.healthmeasures.net/explore-measurement-systems/promis/obtain-administer-measures',
};

export const citeHmProfileManual = {
  key: 'hmProfileManual',
  text: 'HealthMeasures. PROMIS Adult Profile Scoring Manual: raw-score to T-score (and SE) conversion tables of the PROMIS-29/43/57 v2.1 short forms (current edition dated 16 Sept 2024).',
  url: 'https://www.healthmeasures.net/images/PROMIS/manuals/Scoring_Manual_Only/PROMIS_Adult_Profile_Scoring_Manual_16Sept2024.pdf',
};

export const citeHmScoring = {
  key: 'hmScoring',
  text: 'HealthMeasures (Northwestern University). Scoring Instructions: how to get HealthMeasures scores on their proper metric (Scoring Service, Assessment Center API, hand scoring with the Scoring Manuals).',
  url: 'https://www.healthmeasures.net/score-and-interpret/calculate-scores/scoring-instructions',
};

export const citeKroenke2020 = {
  key: 'kroenke2020',
  text: 'Kroenke K, Stump TE, Chen CX, Kean J, Bair MJ, Damush TM, Krebs EE, Monahan PO. Minimally important differences and severity thresholds are estimated for the PROMIS depression scales from three randomized clinical trials. J Affect Disord. 2020;266:100-108.',
  doi: '10.1016/j.jad.2020.01.101',
};

export const citeMii = {
  key: 'mii',
  text: 'Medizininformatik-Initiative, MII IG PRO (kerndatensatzmodul-proms): Questionnaire mii-qst-pro-promis-29 (PROMIS-29 v2.1) item table with LOINC item codes, LOINC answer codes and ordinal values, and Questionnaire mii-qst-pro-promis-depression-sf4a.',
  url: 'https://github.com/medizininformatik-initiative/kerndatensatzmodul-proms',
};

export const citePackDAMipd = {
  key: 'packDAMipd',
  text: 'sheejamk/packDAMipd (CRAN package packDAMipd), data-raw/promis3a_scoring.csv (documented as the promis 3a scoring table, created 8 April 2021) and data-raw/Promis-8a-scoring-table.csv; files added in commit 8880004c58f71823ad996d19fe87f47d8b988442.',
  url: 'https://github.com/sheejamk/packDAMipd',
};

export const citeTerwee2021 = {
  key: 'terwee2021',
  text: 'Terwee CB, Peipert JD, Chapman R, Lai JS, Terluin B, Cella D, Griffiths P, Mokkink LB. Minimal important change (MIC): a conceptual clarification and systematic review of MIC estimates of PROMIS measures. Qual Life Res. 2021;30(10):2729-2754.',
  doi: '10.1007/s11136-021-02925-y',
};

export const citeVbt = {
  key: 'vbt',
  text: 'SarahDarnell/VBT-Predictive-Factors, \'R files/VBT Predictive Factors Part 1.R\', lines 1165-1330: lookup tables of T-scores and SE \'from promis manual\' for the PROMIS-29+2 v2.1 domains, commit 5496ae27af5e1cb8ad66b9c68760e27d178af75e.',
  url: 'https://github.com/SarahDarnell/VBT-Predictive-Factors',
};

/** Source of the HealthMeasures symptom severity bands on the T-score (promis-anx-4a, promis-anx-8a, promis-dep-4a, promis-dep-8a, promis-pi-4a, promis-pi-6a, promis-pi-8a, promis-pint-3a, promis-sd-4a, promis-sd-8b). */
export const symptomBandSource = {
  ref: 'hmCutPoints',
  locator: 'figure \'WNL Symptoms\' and example text',
  note: 'within normal limits < 55, mild 55-59.9, moderate 60-69.9, severe >= 70 (T-score)',
};

/** Note on rounding for every PROMIS short form. */
export const wholeNumbersNote =
  'HealthMeasures recommends reporting T-scores and SEs as whole numbers; promkit returns the table values (one decimal) unrounded.';

/** Note on response coding and item labels for every PROMIS short form. */
export const scoredCodesNote =
  'Response values are the PROMIS scored codes (as in the Assessment Center form definitions and the numbers on the HealthMeasures form); item labels are promkit paraphrases, not PROMIS item text. Map answers by item code, not by position: other platforms order the items differently.';

/** The pain-interference MCID of Chen et al. 2018, estimated for the 4a, 6a and 8a forms (promis-pi-4a, promis-pi-6a, promis-pi-8a). */
export const painInterferenceMcid = {
  value: 2,
  unit: 'points',
  population: 'adults with chronic back or hip/knee osteoarthritis pain in 2 randomized trials; estimated for the PROMIS pain interference 4a, 6a and 8a forms',
  method: 'anchor- and distribution-based; estimates ranged 2-3 T-score points (lower bound shown); 3.5-4.5 in a post-stroke sample of the same study',
  source: { ref: 'chen2018', locator: 'Abstract' },
} as const;

/** The depression MID of Kroenke et al. 2020, stated for the fixed-length PROMIS depression short forms (promis-dep-4a, promis-dep-8a). */
export const depressionMcid = {
  value: 3,
  unit: 'points',
  population: 'adults in 3 randomized trials (N=651), mostly veterans with chronic pain or after stroke; stated to apply to the fixed-length PROMIS depression short forms',
  method: 'anchor- and distribution-based; MID 3-4 T-score points (lower bound shown)',
  source: { ref: 'kroenke2020', locator: 'Abstract' },
} as const;

/** The generic PROMIS MIC of Terwee et al. 2021 as used for the anxiety short forms (promis-anx-4a, promis-anx-8a). */
export const anxietyMcid = {
  value: 2,
  unit: 'points',
  population: 'generic across PROMIS measures (systematic review); no anxiety short-form estimate found',
  method: 'systematic review of MIC estimates: \'a MIC value of 2-6 T-score points ... reasonable\' (lower bound shown)',
  source: { ref: 'terwee2021', locator: 'Abstract' },
} as const;

/** The generic PROMIS MIC of Terwee et al. 2021 as used for the sleep-disturbance short forms (promis-sd-4a, promis-sd-8b). */
export const sleepMcid = {
  value: 2,
  unit: 'points',
  population: 'generic across PROMIS measures (systematic review); no sleep-specific estimate found',
  method: 'systematic review of MIC estimates: \'a MIC value of 2-6 T-score points ... reasonable\' (lower bound shown)',
  source: { ref: 'terwee2021', locator: 'Abstract' },
} as const;

/** Source of the HealthMeasures function bands on the T-score (promis-pf-4a, promis-pf-6b). */
export const functionBandSource = {
  ref: 'hmCutPoints',
  locator: 'figure \'WNL Fx\'',
  note: 'within normal limits >= 45, mild 40-44.9, moderate 30-39.9, severe < 30 (T-score; higher is better)',
};

/** The function-band 'Severity band boundaries' discrepancy (promis-pf-4a, promis-pf-6b). */
export const functionBandBoundariesDiscrepancy = {
  topic: 'Severity band boundaries',
  decision: 'The function figure (\'WNL Fx\') mirrors the symptom cut points around the mean; its exact boundary ownership is not stated in text. promkit uses within normal limits >= 45, mild 40-44.9, moderate 30-39.9, severe < 30 (boundary in the better band, the mirror of the symptom choice).',
  refs: ['hmCutPoints'],
};

/** Why promkit requires every item of a PROMIS short form whose own scoring manual could not be read (all but the depression forms). */
export const promisRequiredReason =
  'HealthMeasures conversion tables convert the raw sum of a completed short form, and HealthMeasures sends short forms with unanswered items to response-pattern scoring (HealthMeasures Scoring Service or Assessment Center API). The explicit sentence \'All questions must be answered to produce a valid raw score\' was read only in the PROMIS Depression Scoring Manual (02/22/2017), not in this domain\'s manual, so promkit marks the rule as its own conservative choice.';

/** The older hand-scoring proration rule and why it is not the default (every PROMIS short form); followed by how to opt in. */
export const promisProrationNote =
  'Older PROMIS scoring manuals are reported to have allowed hand-scoring a short form with missing answers when at least half of the items were answered: raw sum x number of items / number answered, rounded up to a whole number, then the table. That wording could not be found in any source readable here (manual PDFs were not reachable), so it is not the default;';

/** Source of the PROMIS missing-item rule where the domain's manual was not read. */
export const promisMissingSource = {
  ref: 'hmScoring',
  note: 'scoring manuals convert the raw sum; use the Scoring Service when not all questions were answered',
};

/** The 'Missing items' discrepancy (promis-anx-4a, promis-anx-8a, promis-pf-4a, promis-pf-6b, promis-pi-4a, promis-pi-6a, promis-pi-8a, promis-pint-3a, promis-sd-4a, promis-sd-8b). */
export const missingItemsDiscrepancy = {
  topic: 'Missing items',
  decision: 'promkit requires every item (complete-case raw sum), as the 2017 Depression Scoring Manual states for its short-form tables and as HealthMeasures\' advice to score incomplete short forms by response pattern implies. The older hand-scoring rule (prorate when at least 50% of items are answered: sum x items / answered, rounded up) was searched for and not found in a readable source; it stays available as a caller policy { missing: { minAnswered: half the items, rounded up } }, with rounding \'up\' configured for that case. The HealthMeasures Scoring Service rule \'at least 4 items in measures that include 4 or more items\' is for response-pattern scoring, not for the raw-sum table.',
  refs: ['hmScoring', 'depManual2017'],
};

/** The 'Severity band boundaries' discrepancy (promis-anx-4a, promis-anx-8a, promis-dep-4a, promis-dep-8a, promis-pi-4a, promis-pi-6a, promis-pint-3a, promis-sd-4a, promis-sd-8b). */
export const symptomBandBoundariesDiscrepancy = {
  topic: 'Severity band boundaries',
  decision: 'HealthMeasures\' text reads \'scores less than or equal to 55 ... within normal limits. Scores between 55 and 60 ... mild whereas scores 60-70 ... moderate and scores above 70 ... severe\', which leaves 55.0, 60.0 and 70.0 each claimed by two bands or by none. promkit uses half-open bands with the boundary in the worse band: within normal limits < 55, mild 55-59.9, moderate 60-69.9, severe >= 70. A reader of the \'<= 55\' wording would call T = 55.0 within normal limits.',
  refs: ['hmCutPoints'],
};

/** The US general-population T-score reference (mean 50, SD 10) (promis-anx-4a, promis-anx-8a, promis-dep-4a, promis-dep-8a, promis-pf-4a, promis-pf-6b, promis-pi-4a, promis-pi-6a, promis-pi-8a). */
export const usGeneralPopulationReference = {
  mean: 50,
  sd: 10,
  population: 'US general population: PROMIS wave-1 calibration, T-scores centred on a census-matched subsample (mean 50, SD 10)',
  source: { ref: 'cella2010', locator: 'Table 3 note' },
};

/** The sleep-disturbance calibration sample as T-score reference (mean 50, SD 10) (promis-sd-4a, promis-sd-8b). */
export const sleepCalibrationReference = {
  mean: 50,
  sd: 10,
  population: 'PROMIS sleep disturbance calibration sample (1,993 internet-panel adults and 259 sleep-clinic patients); whether the sleep T metric is census-matched like the emotional-distress banks was not verified',
  source: { ref: 'buysse2010', locator: 'Methods' },
};

export const citeCmsAccess = {
  key: 'cmsAccess',
  text: 'CMS Innovation Center, ACCESS Model FHIR Implementation Guide v0.9.12 (DSACMS/cmmi-access-model): MSK track data requirements (PROMIS Physical Function Short Form 6b, LOINC 76804-4; PROMIS Pain Interference Short Form 6a, LOINC 90973-9) and Bundle-MSKReportDataBundleExample.json (example QuestionnaireResponses with raw score and T-score), commit f63227603a1f93124ce271880d9243f18b269d81.',
  url: 'https://dsacms.github.io/cmmi-access-model/',
};

export const citeLordWingersky1984 = {
  key: 'lordWingersky1984',
  text: 'Lord FM, Wingersky MS. Comparison of IRT true-score and equipercentile observed-score "equatings". Applied Psychological Measurement. 1984;8(4):453-461.',
  doi: '10.1177/014662168400800409',
};

export const citeThissen1995 = {
  key: 'thissen1995',
  text: 'Thissen D, Pommerich M, Billeaud K, Williams VSL. Item response theory for scores on tests including polytomous items with ordered responses. Applied Psychological Measurement. 1995;19(1):39-49.',
  doi: '10.1177/014662169501900105',
};

/**
 * How promkit computes a short-form table column where no verifiable copy of the published table
 * was found (promis-pi-6a, promis-pf-6b, promis-sd-6a; the SE columns of promis-anx-8a and promis-sd-8b).
 */
export const summedScoreEapMethod =
  'summed-score expected a posteriori (EAP) scoring: the Lord-Wingersky recursion gives the likelihood of each raw sum under the graded response model (logistic, no scaling constant) with the Assessment Center item calibrations; T = 50 + 10 x posterior mean of theta and SE = 10 x posterior SD, under a standard normal prior evaluated on theta = -4.5 to 4.5 in steps of 0.1; rounded to one decimal.';

/** How the computation was checked against the published tables promkit transcribes. */
export const summedScoreEapValidation =
  'the same computation, run on the same source\'s calibrations for the ten short forms whose published tables promkit transcribes (promis-anx-4a, -anx-8a, -dep-4a, -dep-8a, -fat-4a, -pi-4a, -pi-8a, -sd-4a, -sd-8b, -sra-4a) and for the retired Physical Function 4a v1.0 (the PROMIS-29 v2.0 table, one public copy), reproduces all 251 published T-scores and 167 of the 168 published SEs to the printed decimal; the exception is promis-dep-4a raw 20, where both published copies print SE 2.6 and the computation gives 3.6 (see that definition). A wider theta grid moves only the first or last row of some tables, by 0.1. It does not reproduce the promis-pint-3a table, whose published copies rest on another calibration. test/promis-derivation.test.ts repeats this check on every run.';

export const citeHays2009 = {
  key: 'hays2009',
  text: 'Hays RD, Bjorner JB, Revicki DA, Spritzer KL, Cella D. Development of physical and mental health summary scores from the patient-reported outcomes measurement information system (PROMIS) global items. Qual Life Res. 2009;18(7):873-880 (not opened here; its working documents are cited as haysGph and haysGmh).',
  doi: '10.1007/s11136-009-9496-9',
};

export const citeHaysGph = {
  key: 'haysGph',
  text: 'Hays RD (UCLA). Steps to Produce Raw Score to Theta Estimates for Global Physical Health Items, 6/19/2009: raw score 4-20 to T-score and SD table of GLOBAL03, GLOBAL06, GLOBAL07R, GLOBAL08R (GLOBAL07R and GLOBAL08R reverse scored, GLOBAL07R with categories collapsed), MULTILOG GRM parameters, T metric from the general-population cases matching the 2000 US census.',
  url: 'http://gim.med.ucla.edu/FacultyPages/Hays/ph4-summary-061909.doc',
};

export const citeHaysGmh = {
  key: 'haysGmh',
  text: 'Hays RD (UCLA). Steps to Produce Raw Score to Theta Estimates for Global Mental Health Items, 6/22/2009: raw score 4-20 to T-score and SD table of GLOBAL02, GLOBAL04, GLOBAL05, GLOBAL10R (GLOBAL10R reverse scored), MULTILOG GRM parameters, T metric from the general-population cases matching the 2000 US census.',
  url: 'http://gim.med.ucla.edu/FacultyPages/Hays/mh4-summary-062209.doc',
};

export const citeChoirGlobal = {
  key: 'choirGlobal',
  text: 'chamtrain/choir-d (Stanford CHOIR), src/main/java/edu/stanford/registry/shared/GlobalHealthScore.java (raw-score to T-score and SE arrays of Global Physical and Global Mental Health, \'see http://www.assessmentcenter.net/documents/Scoring PROMIS Global short form.pdf\'; Global07 recode) and src/main/resources/default/xml/globalHealth.xml (scored codes of the 10 items), commit 408fec1c21f6682473a72aa8b36ec95240b3cf68.',
  url: 'https://github.com/chamtrain/choir-d',
};

export const citeAwellScore = {
  key: 'awellScore',
  text: 'awell-health/awell-score (ISC licence), src/scores/promis_10/: definition/t_score_tables.ts, definition/promis_10_inputs.ts, promis_10.ts (Q07 recode table) and promis_10.test.ts with __testdata__/promis_10_responses.ts (test vectors), commit c37843e505763f1767d22d0250ee1920eccddb21.',
  url: 'https://github.com/awell-health/awell-score',
};

export const citePacioPromis10 = {
  key: 'pacioPromis10',
  text: 'PACIO Sample Data Depot IG (paciowg/sample-data-fsh): Questionnaire questionnaire-PROMIS10 and QuestionnaireResponses promis-10-assessment-betsy-september, -november, -january, -march and -may (answers with ordinal values, raw scores and \'PROMIS Global Physical/Mental Health v1.2 T-Score\'); FSH source read through a code index (file id 58565848487, path not identified).',
  url: 'https://build.fhir.org/ig/paciowg/sample-data-fsh/',
};

export const citeCodeGlobalVersions = {
  key: 'codeGlobalVersions',
  text: 'CODE Technology. PROMIS Global Health Versions (30 Jul 2024): v1.2 renames Global07, Global08, Global10 to Global07r, Global08r, Global10r, reverses the score values of Global08r and Global10r (5 = None / Never ... 1) so that users need not reverse them, and converts 0-10 answers of Global07r to 1-5.',
  url: 'https://codetechnology.com/blog/promis-global-health-versions',
};

export const citePcorMii = {
  key: 'pcorMii',
  text: 'PCOR-MII IG page on PROMIS-16 (comparison with PROMIS-29; LOINC T-score codes at bank level and PROMIS-29-specific level, stated as checked on 2026-09-30 against LOINC 2.83); read through a code index (file id 70711887720, repository not identified).',
};

export const citeLhcPint = {
  key: 'lhcPint',
  text: 'LHC-Forms definition of LOINC panel 75259-2 \'PROMIS short form - pain intensity 3a - version 1.0\' (lformsVersion 28.0.0: items 75262-6, 75261-8, 75260-0 with LOINC answer codes, raw score 77825-8 computed as TOTALSCORE), embedded in a public application\'s constants; read through a code index (file id 30247826939, repository not identified).',
  url: 'https://loinc.org/75259-2/',
};

/** The generic PROMIS MIC of Terwee et al. 2021 as used for the fatigue short form (promis-fat-4a). */
export const fatigueMcid = {
  value: 2,
  unit: 'points',
  population: 'generic across PROMIS measures (systematic review); no fatigue 4a estimate found',
  method: 'systematic review of MIC estimates: \'a MIC value of 2-6 T-score points ... reasonable\' (lower bound shown)',
  source: { ref: 'terwee2021', locator: 'Abstract' },
} as const;

/** The generic PROMIS MIC of Terwee et al. 2021 as used for the social-roles short form (promis-sra-4a). */
export const socialRolesMcid = {
  value: 2,
  unit: 'points',
  population: 'generic across PROMIS measures (systematic review); no Ability to Participate in Social Roles and Activities estimate found',
  method: 'systematic review of MIC estimates: \'a MIC value of 2-6 T-score points ... reasonable\' (lower bound shown)',
  source: { ref: 'terwee2021', locator: 'Abstract' },
} as const;
