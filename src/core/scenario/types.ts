/** Shared shapes of the spend-response definition (scenario/). */

/** The two settings that define "current spend" and "response"; every consumer takes the same defaults. */
export interface SpendResponseOptions {
  /** Last weeks of the model's stored history whose mean is current weekly spend. @defaultValue 13 */
  readonly currentSpendWeeks?: number;
  /** Weeks after the data over which weekly revenue is averaged. @defaultValue 52 */
  readonly horizonWeeks?: number;
}

/** What a spend response means, as data and in one plain sentence (every output that shows a plan states it). */
export interface SpendResponseWindow {
  /** Weeks averaged for current spend (fewer when the model stores fewer). */
  readonly currentSpendWeeks: number;
  /** Weeks of the forward projection whose mean weekly revenue is the response. */
  readonly horizonWeeks: number;
  /** The mediator column, or null for a single-stage model. */
  readonly mediator: string | null;
  /** "follows": the mediator moves with social spend as stage 1 predicts; "none": single stage. */
  readonly mediatorTreatment: "follows" | "none";
  /** e.g. "Current spend = mean of the last 13 weeks; revenue = mean weekly revenue over the next 52 weeks; …". */
  readonly statement: string;
}
