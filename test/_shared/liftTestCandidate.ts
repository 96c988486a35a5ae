import type { LiftTestCandidate } from "../../src/core/experiments/rankLiftTests";

/** One ranked lift-test candidate for table and report tests: a 50% change for 8 weeks on 1,000 a week. */
export const liftTestCandidate = (channel: string, stake: number | null): LiftTestCandidate => ({
  channel,
  change: 0.5,
  weeks: 8,
  weeklySpend: 1_000,
  expectedLift: 4_000,
  standardError: 1_200,
  relativeSe: 0.3,
  weeksNeeded: 6,
  roasIntervalWidth: stake === null ? null : stake / 1_000,
  revenueAtStake: stake,
});
