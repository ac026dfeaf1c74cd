/** Test helpers: run a function that must throw a PromkitError, and return what it reported. */
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
