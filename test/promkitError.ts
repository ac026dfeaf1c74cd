/** Test helpers: run a function that must throw (a PromkitError, or any error), and return what it reported. */
import { expect } from 'vitest';
import { PromkitError, type PromkitIssue } from '../src/errors.js';

/** Every issue of the PromkitError `fn` throws (fails the test when it throws nothing or something else). */
export function issuesOf(fn: () => unknown): readonly PromkitIssue[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PromkitError);
    return (error as PromkitError).issues;
  }
  throw new Error('expected a PromkitError');
}

/** The first issue of the PromkitError `fn` throws. */
export function issue(fn: () => unknown): PromkitIssue {
  return issuesOf(fn)[0] as PromkitIssue;
}

/** Whatever `run` throws, for exact assertions on an error of any class (fails when it throws nothing). */
export function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}
