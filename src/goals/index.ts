/**
 * Goal Attainment Scaling and patient-specific goals.
 * @module
 */
export {};
