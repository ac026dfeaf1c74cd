// Response options and items several PROMIS short forms share, with the same labels, scored codes
// and LOINC codes in every form. Plain constants (no logic): each definition stays data. Labels are
// promkit paraphrases, not PROMIS item text (see promisLicence).

/** 'Not at all' ... 'Very much' scored 1-5 (Pain Interference, Sleep20, Sleep44, Sleep108), with LOINC answer codes. */
export const interferenceOptions = [
  { value: 1, label: 'Not at all', loinc: 'LA6568-5' },
  { value: 2, label: 'A little bit', loinc: 'LA13863-8' },
  { value: 3, label: 'Somewhat', loinc: 'LA13909-9' },
  { value: 4, label: 'Quite a bit', loinc: 'LA13902-4' },
  { value: 5, label: 'Very much', loinc: 'LA13914-9' },
];

/** 'Never' ... 'Always' scored 1-5 (Anxiety, Depression, Sleep87, Sleep90), with LOINC answer codes. */
export const frequencyOptions = [
  { value: 1, label: 'Never', loinc: 'LA6270-8' },
  { value: 2, label: 'Rarely', loinc: 'LA10066-1' },
  { value: 3, label: 'Sometimes', loinc: 'LA10082-8' },
  { value: 4, label: 'Often', loinc: 'LA10044-8' },
  { value: 5, label: 'Always', loinc: 'LA9933-8' },
];

/** 'Never' ... 'Always' scored 5-1: the reversal of Sleep110 carried in its scored codes. */
export const frequencyReversedOptions = [
  { value: 5, label: 'Never', loinc: 'LA6270-8' },
  { value: 4, label: 'Rarely', loinc: 'LA10066-1' },
  { value: 3, label: 'Sometimes', loinc: 'LA10082-8' },
  { value: 2, label: 'Often', loinc: 'LA10044-8' },
  { value: 1, label: 'Always', loinc: 'LA9933-8' },
];

/** Sleep109 'Very poor' ... 'Very good' scored 5-1 (reversal carried in the scored codes). */
export const sleepQualityOptions = [
  { value: 5, label: 'Very poor', loinc: 'LA9615-1' },
  { value: 4, label: 'Poor', loinc: 'LA8969-3' },
  { value: 3, label: 'Fair', loinc: 'LA8968-5' },
  { value: 2, label: 'Good', loinc: 'LA8967-7' },
  { value: 1, label: 'Very good', loinc: 'LA13913-1' },
];

/** Sleep115/Sleep116 'Not at all' ... 'Very much' scored 5-1 (reversal carried in the scored codes). */
export const sleepRefreshingOptions = [
  { value: 5, label: 'Not at all', loinc: 'LA6568-5' },
  { value: 4, label: 'A little bit', loinc: 'LA13863-8' },
  { value: 3, label: 'Somewhat', loinc: 'LA13909-9' },
  { value: 2, label: 'Quite a bit', loinc: 'LA13902-4' },
  { value: 1, label: 'Very much', loinc: 'LA13914-9' },
];

/**
 * Pain Interference items of the 4a, 6a and 8a forms. LOINC item codes for the four PROMIS-29 items
 * as listed by the MII PROMIS-29 Questionnaire; none verified for the others.
 */
export const painInterferenceItems = {
  PAININ9: { id: 'PAININ9', label: 'Pain interfered with daily activities', options: interferenceOptions, loinc: '61758-9' },
  PAININ22: { id: 'PAININ22', label: 'Pain interfered with work around home', options: interferenceOptions, loinc: '61769-6' },
  PAININ31: { id: 'PAININ31', label: 'Pain interfered with social activities', options: interferenceOptions, loinc: '61773-8' },
  PAININ34: { id: 'PAININ34', label: 'Pain interfered with household chores', options: interferenceOptions, loinc: '61775-3' },
  PAININ12: { id: 'PAININ12', label: 'Pain interfered with fun activities', options: interferenceOptions },
  PAININ36: { id: 'PAININ36', label: 'Pain interfered with enjoying social life', options: interferenceOptions },
  PAININ3: { id: 'PAININ3', label: 'Pain interfered with enjoyment of life', options: interferenceOptions },
  PAININ13: { id: 'PAININ13', label: 'Pain interfered with family life', options: interferenceOptions },
};

/** Physical Function difficulty options: PROMIS scored codes (5 = without any difficulty) with LOINC answer codes. */
const difficulty = [
  { value: 5, label: 'Without any difficulty', loinc: 'LA13921-4' },
  { value: 4, label: 'With a little difficulty', loinc: 'LA13918-0' },
  { value: 3, label: 'With some difficulty', loinc: 'LA13920-6' },
  { value: 2, label: 'With much difficulty', loinc: 'LA13919-8' },
  { value: 1, label: 'Unable to do', loinc: 'LA13912-3' },
];

/** Physical Function limitation options: PROMIS scored codes (5 = not at all limited); LOINC answer codes not verified. */
const limitation = [
  { value: 5, label: 'Not at all' },
  { value: 4, label: 'Very little' },
  { value: 3, label: 'Somewhat' },
  { value: 2, label: 'Quite a lot' },
  { value: 1, label: 'Cannot do' },
];

/**
 * Physical Function items of the 4a and 6b forms. LOINC item and answer codes for the four PROMIS-29
 * items as listed by the MII PROMIS-29 Questionnaire; none verified for PFC12 and PFB1.
 */
export const physicalFunctionItems = {
  PFA11: { id: 'PFA11', label: 'Able to do chores like vacuuming', options: difficulty, loinc: '61597-1' },
  PFA21: { id: 'PFA21', label: 'Able to go up and down stairs', options: difficulty, loinc: '61607-8' },
  PFA23: { id: 'PFA23', label: 'Able to walk 15 minutes', options: difficulty, loinc: '61609-4' },
  PFA53: { id: 'PFA53', label: 'Able to run errands and shop', options: difficulty, loinc: '61635-9' },
  PFC12: { id: 'PFC12', label: 'Health limits two hours of physical labour', options: limitation },
  PFB1: { id: 'PFB1', label: 'Health limits moderate housework', options: limitation },
};
