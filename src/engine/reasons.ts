import type { ResolvedPolicy } from './policy.js';

// The sentences a score's `reason` is made of. Shared by the engine and the SQL compiler, so a
// score computed in a database explains itself in exactly the words `score()` uses.

/**
 * Why a score is withheld, after "<answered> of <of> items answered; not scored. ".
 * @internal
 */
export function insufficientWhy(rule: string, policy: ResolvedPolicy, of: number, required: number): string {
  if (policy.kind === 'official') return `Rule: ${rule}`;
  if (policy.kind === 'strict') return 'Strict policy: every item must be answered.';
  return required === of && policy.minAnswered !== null && policy.minAnswered < of
    ? `Caller's policy asks for at least ${policy.minAnswered} answered, but this score cannot be prorated (its items differ in range or carry weights), so every item is needed.`
    : `Caller's policy: at least ${required} answered.`;
}

/**
 * Why a score was computed from fewer than all its items, after the count and how it was done.
 * @internal
 */
export function proratedWhy(rule: string, policy: ResolvedPolicy): string {
  return policy.kind === 'official' ? `Rule: ${rule}` : `Caller's policy: at least ${policy.minAnswered} answered.`;
}

/**
 * Why a score whose item weights depend on another item's answer (`weightsBy`) is withheld.
 * @internal
 */
export function unweightedReason(byItem: string): string {
  return `Not scored: the item weights depend on the answer to ${byItem}, which is unanswered.`;
}
