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

/**
 * Anxiety items of the 4a and 8a forms (the first four are the PROMIS-29 Anxiety block). LOINC item
 * codes for the four PROMIS-29 items as listed by the MII IG; none verified for the others.
 */
export const anxietyItems = {
  EDANX01: { id: 'EDANX01', label: 'Felt fearful', options: frequencyOptions, loinc: '61923-9' },
  EDANX40: { id: 'EDANX40', label: 'Hard to focus on anything but anxiety', options: frequencyOptions, loinc: '61941-1' },
  EDANX41: { id: 'EDANX41', label: 'Overwhelmed by worries', options: frequencyOptions, loinc: '61942-9' },
  EDANX53: { id: 'EDANX53', label: 'Felt uneasy', options: frequencyOptions, loinc: '61949-4' },
  EDANX46: { id: 'EDANX46', label: 'Felt nervous', options: frequencyOptions },
  EDANX07: { id: 'EDANX07', label: 'Needed help for anxiety', options: frequencyOptions },
  EDANX05: { id: 'EDANX05', label: 'Felt anxious', options: frequencyOptions },
  EDANX54: { id: 'EDANX54', label: 'Felt tense', options: frequencyOptions },
};

/**
 * Depression items of the 4a and 8a forms (the first four are the PROMIS-29 Depression block). LOINC
 * item codes for the four PROMIS-29 items as listed by the MII IG; none verified for the others.
 */
export const depressionItems = {
  EDDEP04: { id: 'EDDEP04', label: 'Felt worthless', options: frequencyOptions, loinc: '61953-6' },
  EDDEP06: { id: 'EDDEP06', label: 'Felt helpless', options: frequencyOptions, loinc: '61955-1' },
  EDDEP29: { id: 'EDDEP29', label: 'Felt depressed', options: frequencyOptions, loinc: '61967-6' },
  EDDEP41: { id: 'EDDEP41', label: 'Felt hopeless', options: frequencyOptions, loinc: '61973-4' },
  EDDEP22: { id: 'EDDEP22', label: 'Felt like a failure', options: frequencyOptions },
  EDDEP36: { id: 'EDDEP36', label: 'Felt unhappy', options: frequencyOptions },
  EDDEP05: { id: 'EDDEP05', label: 'Nothing to look forward to', options: frequencyOptions },
  EDDEP09: { id: 'EDDEP09', label: 'Nothing could cheer me up', options: frequencyOptions },
};

/**
 * Sleep Disturbance items of the 4a, 6a and 8b forms. The reverse-worded items (Sleep109, Sleep110,
 * Sleep115, Sleep116) carry the reversal in their scored codes. LOINC item codes for the four
 * PROMIS-29 items (Sleep109, Sleep116, Sleep20, Sleep44) as listed by the MII IG; none verified for
 * the others.
 */
export const sleepDisturbanceItems = {
  Sleep109: { id: 'Sleep109', label: 'Sleep quality', options: sleepQualityOptions, loinc: '61987-4' },
  Sleep116: { id: 'Sleep116', label: 'Sleep was refreshing', options: sleepRefreshingOptions, loinc: '61986-6' },
  Sleep20: { id: 'Sleep20', label: 'Had a problem with sleep', options: interferenceOptions, loinc: '61998-1' },
  Sleep44: { id: 'Sleep44', label: 'Difficulty falling asleep', options: interferenceOptions, loinc: '61999-9' },
  Sleep108: { id: 'Sleep108', label: 'Sleep was restless', options: interferenceOptions },
  Sleep72: { id: 'Sleep72', label: 'Tried hard to get to sleep', options: interferenceOptions },
  Sleep115: { id: 'Sleep115', label: 'Satisfied with sleep', options: sleepRefreshingOptions },
  Sleep87: { id: 'Sleep87', label: 'Trouble staying asleep', options: frequencyOptions },
  Sleep90: { id: 'Sleep90', label: 'Trouble sleeping', options: frequencyOptions },
  Sleep110: { id: 'Sleep110', label: 'Got enough sleep', options: frequencyReversedOptions },
};

/**
 * Fatigue items of the 4a form (the PROMIS-29 Fatigue block), coded 1-5 'Not at all' ... 'Very much'
 * as in the Assessment Center form definition. No item LOINC code was verified, so none is given.
 */
export const fatigueItems = {
  HI7: { id: 'HI7', label: 'Felt fatigued', options: interferenceOptions },
  AN3: { id: 'AN3', label: 'Trouble starting things because tired', options: interferenceOptions },
  FATEXP41: { id: 'FATEXP41', label: 'How run-down on average', options: interferenceOptions },
  FATEXP40: { id: 'FATEXP40', label: 'How fatigued on average', options: interferenceOptions },
};

/**
 * 'Never' ... 'Always' scored 5-1 with 'Usually' as the fourth anchor (Ability to Participate in
 * Social Roles and Activities v2.0): the items are worded as trouble, and the reversal is carried in
 * the scored codes. LOINC answer codes for Never, Rarely, Sometimes and Always as the MII PROMIS-29
 * Questionnaire codes these options of these items (the same codes as the PROMIS frequency options
 * above). 'Usually' has none: the MII Questionnaire puts 'Often' (LA10044-8) in its place, which is
 * not the PROMIS anchor, and no LOINC answer code for 'Usually' on these items was verified.
 */
export const socialRolesOptions = [
  { value: 5, label: 'Never', loinc: 'LA6270-8' },
  { value: 4, label: 'Rarely', loinc: 'LA10066-1' },
  { value: 3, label: 'Sometimes', loinc: 'LA10082-8' },
  { value: 2, label: 'Usually' },
  { value: 1, label: 'Always', loinc: 'LA9933-8' },
];

/**
 * Ability to Participate in Social Roles and Activities v2.0 items of the 4a form (the PROMIS-29
 * Social Roles block). LOINC item codes as listed by the MII PROMIS-29 Questionnaire (LOINC names
 * "I have trouble doing all of ... [PROMIS]"); 75417-6 also as mapped by a PCORnet common-data-model
 * export of the leisure item.
 */
export const socialRolesItems = {
  SRPPER11_CaPS: { id: 'SRPPER11_CaPS', label: 'Trouble with regular leisure activities with others', options: socialRolesOptions, loinc: '75417-6' },
  SRPPER18_CaPS: { id: 'SRPPER18_CaPS', label: 'Trouble with family activities', options: socialRolesOptions, loinc: '76708-7' },
  SRPPER23_CaPS: { id: 'SRPPER23_CaPS', label: 'Trouble with usual work, including at home', options: socialRolesOptions, loinc: '76709-5' },
  SRPPER46_CaPS: { id: 'SRPPER46_CaPS', label: 'Trouble with activities with friends', options: socialRolesOptions, loinc: '76712-9' },
};
