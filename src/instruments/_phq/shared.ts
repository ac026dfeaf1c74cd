// Data the PHQ and GAD family share (PHQ-9, PHQ-8, PHQ-2, PHQ-4, PHQ-15, GAD-7, GAD-2). Plain constants:
// each definition stays data.

/** 'Over the last 2 weeks, how often…': 0-3 with their LOINC answer codes. */
export const phqFrequencyOptions = [
  { value: 0, label: 'Not at all', loinc: 'LA6568-5' },
  { value: 1, label: 'Several days', loinc: 'LA6569-3' },
  { value: 2, label: 'More than half the days', loinc: 'LA6570-1' },
  { value: 3, label: 'Nearly every day', loinc: 'LA6571-9' },
];

/** The PHQ screeners' terms with the Pfizer attribution request, the same for all seven (phq-9, phq-8, phq-2, phq-4, phq-15, gad-7, gad-2). */
export const phqLicence = {
  status: 'public-domain',
  verbatimText: true,
  holder: 'Pfizer Inc.',
  note: 'Developed by Drs Spitzer, Williams, Kroenke and colleagues with an educational grant from Pfizer Inc. No permission is required to reproduce, translate, display or distribute; keep the Pfizer attribution with the item text.',
  url: 'https://www.phqscreeners.com/',
} as const;
