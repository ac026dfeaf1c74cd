import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

const activity = { min: 0, max: 10, integer: true, minLabel: 'Unable to do the activity', maxLabel: 'As able as before the problem' };

/**
 * PSFS, Patient-Specific Functional Scale (Stratford, Gill, Westaway & Binkley 1995). The
 * patient names the activities; items `psfs_1` … `psfs_5` hold the 0–10 ability ratings of up
 * to five named activities (unnamed slots are left unanswered). `total` is the mean over the
 * rated activities, 0–10, higher is better; MIDs from Abbott & Schmitt 2014.
 */
export const psfs: Instrument = /* @__PURE__ */ shipped({
  id: 'psfs',
  title: 'Patient-Specific Functional Scale',
  shortTitle: 'PSFS',
  version: 'PSFS (Stratford 1995)',
  domain: 'function',
  recallPeriod: null,
  citations: [
    {
      key: 'stratford1995',
      text: 'Stratford P, Gill C, Westaway M, Binkley J. Assessing disability and change on individual patients: a report of a patient specific measure. Physiotherapy Canada. 1995;47(4):258-263.',
    },
    {
      key: 'psfsForm',
      text: 'Patient-Specific Functional Scale form (Stratford, Gill, Westaway & Binkley 1995; "Reproduced with the permission of the authors"): the clinician asks for "up to three important activities"; rows for activities 1-5 and additional; "Total score = sum of the activity scores/number of activities"; "Minimum detectable change (90%CI) for average score = 2 points"; "Minimum detectable change (90%CI) for single activity score = 3 points". As reproduced by Precision Physio.',
      url: 'https://www.precisionphysio.com.au/the-patient-specific-functional-scale/',
    },
    {
      key: 'abbott2014',
      text: 'Abbott JH, Schmitt JS. Minimum important differences for the Patient-Specific Functional Scale, 4 region-specific outcome measures, and the Numeric Pain Rating Scale. J Orthop Sports Phys Ther. 2014;44(8):560-564.',
      doi: '10.2519/jospt.2014.5248',
    },
    {
      key: 'rehabMeasures',
      text: 'Shirley Ryan AbilityLab Rehabilitation Measures Database: Patient Specific Functional Scale (cost: free; 11-point scale, 0 = unable to perform, 10 = able to perform at prior level).',
      url: 'http://www.rehabmeasures.org/Lists/RehabMeasures/DispForm.aspx?ID=890',
    },
  ],
  licence: {
    status: 'free-with-attribution',
    verbatimText: false,
    holder: 'P. Stratford and co-authors',
    note: 'Free to use clinically (Rehabilitation Measures Database: cost free); printed forms carry "Reproduced with the permission of the authors" and cite Stratford et al. 1995. promkit ships no form text: the activities are named by the patient, and the labels here are promkit’s own.',
  },
  items: [
    { id: 'psfs_1', label: 'Activity 1 (patient-named): ability', numeric: activity },
    { id: 'psfs_2', label: 'Activity 2 (patient-named): ability', numeric: activity },
    { id: 'psfs_3', label: 'Activity 3 (patient-named): ability', numeric: activity },
    { id: 'psfs_4', label: 'Activity 4 (patient-named): ability', numeric: activity },
    { id: 'psfs_5', label: 'Activity 5 (patient-named): ability', numeric: activity },
  ],
  scores: [
    {
      name: 'total',
      label: 'PSFS mean activity score',
      items: ['psfs_1', 'psfs_2', 'psfs_3', 'psfs_4', 'psfs_5'],
      method: 'mean',
      range: [0, 10],
      missing: {
        minAnswered: 1,
        rounding: 'none',
        official: true,
        text: 'The score is the sum of the activity scores divided by the number of activities the patient named (form); the form asks for up to three activities and has rows for five, so any number from one is scored. Slots without a named activity are unanswered, never zero. promkit reports fewer than five rated activities as "prorated" (mean over the rated ones), which for the PSFS is the complete score. To require three activities, as some clinics do, pass { missing: { minAnswered: 3 } }.',
        source: { ref: 'psfsForm', note: '"Total score = sum of the activity scores/number of activities"' },
      },
      direction: 'higher-is-better',
      psychometrics: {
        mcid: [
          {
            value: 1.3,
            unit: 'points',
            population: '1708 consecutive patients with musculoskeletal disorders in 5 physical therapy clinics (small change on the global rating of change)',
            method: 'anchor-based, ROC against global rating of change: small change',
            source: { ref: 'abbott2014', locator: 'Abstract, Results' },
          },
          {
            value: 2.3,
            unit: 'points',
            population: '1708 consecutive patients with musculoskeletal disorders in 5 physical therapy clinics (medium change on the global rating of change)',
            method: 'anchor-based, ROC against global rating of change: medium change',
            source: { ref: 'abbott2014', locator: 'Abstract, Results' },
          },
          {
            value: 2.7,
            unit: 'points',
            population: '1708 consecutive patients with musculoskeletal disorders in 5 physical therapy clinics (large change on the global rating of change)',
            method: 'anchor-based, ROC against global rating of change: large change',
            source: { ref: 'abbott2014', locator: 'Abstract, Results' },
          },
        ],
      },
    },
  ],
  discrepancies: [
    {
      topic: 'Number of activities (minimum answered)',
      decision:
        'The form asks for "up to three important activities" and scores sum / number of activities, so promkit scores from one rated activity (official rule). Secondary descriptions say "3-5 activities"; no primary source promkit found requires at least three. Use { missing: { minAnswered: 3 } } for that local rule.',
      refs: ['psfsForm', 'stratford1995'],
    },
    {
      topic: 'The 2-point / 3-point values',
      decision:
        'The form gives 2 points (average score) and 3 points (single activity) as the minimum detectable change at 90% confidence, not as a minimal important difference; they are recorded in the notes. The MCIDs listed are the anchor-based MIDs of Abbott & Schmitt 2014 (1.3 small, 2.3 medium, 2.7 large).',
      refs: ['psfsForm', 'abbott2014'],
    },
  ],
  notes: [
    'Minimum detectable change (90% confidence): 2 points for the average score, 3 points for a single activity (form).',
    'At follow-up the patient re-rates the same activities named at the first assessment; keep each activity in the same slot (psfs_1 … psfs_5) so that single-activity change can be read item by item.',
    'Each rating: 0 = unable to perform the activity, 10 = able to perform it at the same level as before the problem.',
  ],
});
