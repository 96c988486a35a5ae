import { topBudgetMove } from "../../../src/taskpane/sheets/topBudgetMove";
import { SAMPLE_BUDGET } from "../fixtures/sampleResult";

describe("topBudgetMove", () => {
  it("names the largest move with its share, the revenue change and the change net of induced google spend", () => {
    expect(topBudgetMove(SAMPLE_BUDGET)).toBe(
      "facebook_spend +$400/week (+40%); revenue +$300/week, net of induced google spend +$270/week"
    );
  });

  it("gives the revenue change alone for a single-stage model (nothing is induced)", () => {
    expect(topBudgetMove({ ...SAMPLE_BUDGET, mediator: null })).toBe(
      "facebook_spend +$400/week (+40%); revenue +$300/week"
    );
  });

  it("says nothing when no channel moves by a whole unit", () => {
    const still = {
      ...SAMPLE_BUDGET,
      channels: SAMPLE_BUDGET.channels.map((line) => ({ ...line, recommended: line.current })),
    };
    expect(topBudgetMove(still)).toBeNull();
  });
});
