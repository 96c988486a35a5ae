import { describe, expect, it } from "@jest/globals";
import { fitOls } from "../../../src/core/regression/fitOls";
import { simpleMediation } from "../../../src/core/regression/simpleMediation";
import { geometricAdstock } from "../../../src/core/transforms/adstock/geometricAdstock";
import { expectClose, scenarioFixture } from "../scenario/_helpers";

const fixture = scenarioFixture();

describe("simpleMediation", () => {
  const result = simpleMediation(fixture.spend, fixture.mediator, fixture.revenue, {
    controls: [fixture.email],
    decay: fixture.decay,
  });

  it("matches the two statsmodels OLS stages and the product-of-coefficients totals", () => {
    // Golden values: statsmodels OLS stage 1 and stage 2 (makeScenarioFixtures.py).
    expectClose(result.treatmentToMediator, fixture.mediation.a);
    expectClose(result.mediatorToOutcome, fixture.mediation.b);
    expectClose(result.treatmentToOutcome, fixture.mediation.cPrime);
    expectClose(result.adstockedTotal, fixture.mediation.adstockedTotal, 1e-12);
    expectClose(result.indirect, fixture.mediation.indirect);
    expectClose(result.direct, fixture.mediation.direct);
    expectClose(result.total, fixture.mediation.total);
    expectClose(result.shareMediated, fixture.mediation.indirect / fixture.mediation.total);
  });

  it("equals the counterfactual totals: treatment to 0 with the mediator re-predicted, and only the mediated path cut", () => {
    const x = geometricAdstock(fixture.spend, { decay: fixture.decay });
    const rows = (m: ArrayLike<number>, xs: ArrayLike<number>) =>
      fixture.email.map((e, t) => [m[t] as number, xs[t] as number, e]);
    const stage1 = fitOls(
      Array.from(x, (v, t) => [v, fixture.email[t] as number]),
      fixture.mediator
    );
    const stage2 = fitOls(rows(fixture.mediator, x), fixture.revenue);
    const predict = (m: ArrayLike<number>, xs: ArrayLike<number>) =>
      rows(m, xs).reduce(
        (s, r) =>
          s +
          stage2.intercept +
          r.reduce((a, v, j) => a + v * (stage2.coefficients[j] as number), 0),
        0
      );
    const a = stage1.coefficients[0] as number;
    const zero = new Float64Array(x.length);
    const mediatorWithoutTreatment = fixture.mediator.map((m, t) => m - a * (x[t] as number));
    const observed = predict(fixture.mediator, x);
    expectClose(result.total, observed - predict(mediatorWithoutTreatment, zero), 1e-9);
    expectClose(result.indirect, observed - predict(mediatorWithoutTreatment, x), 1e-9);
  });

  it("rejects a decay of 1, unequal lengths and a constant treatment", () => {
    const s = [1, 0, 2, 0, 3, 1];
    const m = [3, 1, 5, 2, 7, 3];
    const y = [7, 2, 12, 3, 17, 7];
    expect(() => simpleMediation(s, m, y, { decay: 1 })).toThrow(/decay/);
    expect(() => simpleMediation(s, m.slice(1), y)).toThrow(
      /mediator has 5 values but treatment has 6/
    );
    expect(() => simpleMediation([1, 1, 1, 1, 1, 1], m, y)).toThrow(/treatment does not vary/);
    expect(() => simpleMediation(s.slice(0, 3), m.slice(0, 3), y.slice(0, 3))).toThrow(
      /at least 4 weeks/
    );
  });
});
