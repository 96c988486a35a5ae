import { describe, expect, it } from "@jest/globals";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { Matrix, solve } from "ml-matrix";
import { breuschPagan } from "../../../src/core/diagnostics/breuschPagan";
import { durbinWatson } from "../../../src/core/diagnostics/durbinWatson";
import type { DiagnosticCheck } from "../../../src/core/diagnostics/checkStatus";
import { residualDiagnostics } from "../../../src/core/diagnostics/residualDiagnostics";
import { InvalidParameterError } from "../../../src/core/errors";
import {
  designFixture,
  type DesignCase,
  expectClose,
  P_VALUE_ABSOLUTE,
  P_VALUE_RELATIVE,
  residualFixture,
  type ResidualCase,
  SHAPIRO_W_SCIPY_RELATIVE,
  STATISTIC_RELATIVE,
} from "./fixtures";

function designCase(name: string) {
  const found = designFixture.cases.find((c) => c.name === name);
  if (!found) throw new Error(`fixture case ${name} missing`);
  return found;
}
function residualCase(name: string) {
  const found = residualFixture.cases.find((c) => c.name === name);
  if (!found) throw new Error(`fixture case ${name} missing`);
  return found;
}
const byId = (checks: readonly DiagnosticCheck[], id: string) => checks.find((c) => c.id === id);

describe("residualDiagnostics", () => {
  const design = designCase("heteroskedastic n=260");
  const checks = residualDiagnostics(design.residuals, design.X, design.names);

  it("returns every check in a fixed order", () => {
    expect(checks.map((c) => c.id)).toEqual([
      "durbinWatson",
      "ljungBox4",
      "ljungBox8",
      "jarqueBera",
      "shapiroWilk",
      "breuschPagan",
      ...design.names.map((name) => `vif:${name}`),
    ]);
  });

  it("reports the same statistics as the individual tests", () => {
    expect(byId(checks, "durbinWatson")?.statistic).toBe(durbinWatson(design.residuals));
    const bp = breuschPagan(design.residuals, design.X);
    expect(byId(checks, "breuschPagan")).toMatchObject({
      statistic: bp.statistic,
      pValue: bp.pValue,
    });
  });

  it("fails heteroskedastic residuals with a sentence about the error size", () => {
    const bp = byId(checks, "breuschPagan");
    expect(bp?.status).toBe("fail");
    expect(bp?.message).toMatch(/size of the model's errors changes/);
  });

  it("fails the overlapping social channels and names the partner", () => {
    const homoskedastic = designCase("homoskedastic n=260");
    const result = residualDiagnostics(
      homoskedastic.residuals,
      homoskedastic.X,
      homoskedastic.names
    );
    const facebook = byId(result, "vif:facebook_spend");
    // VIF 10.61 from statsmodels (designTests.json), above the fail limit 10
    expect(facebook?.status).toBe("fail");
    expect(facebook?.message).toMatch(
      /^Facebook and Tiktok spend move together \(VIF 11\): their separate effects/
    );
    expect(byId(result, "vif:trend")?.status).toBe("pass");
  });

  it("flags autocorrelated residuals with the narrow-intervals warning", () => {
    const ar = residualCase("AR(1) phi=0.8 n=260");
    const X = ar.residuals.map((_, t) => [t, Math.sin(t / 8)]);
    const result = residualDiagnostics(ar.residuals, X, ["week", "season"]);
    expect(byId(result, "durbinWatson")).toMatchObject({ status: "fail" });
    expect(byId(result, "durbinWatson")?.message).toMatch(
      /^Residuals are autocorrelated \(Durbin–Watson 0\.4\): effects' intervals are likely too narrow\./
    );
    expect(byId(result, "ljungBox4")?.status).toBe("fail");
  });

  it("explains residuals that alternate in sign", () => {
    const alternating = Array.from(
      { length: 40 },
      (_, t) => (t % 2 === 0 ? 1 : -1) * (1 + 0.1 * Math.sin(t))
    );
    const result = residualDiagnostics(
      alternating,
      alternating.map((_, t) => [t]),
      ["week"]
    );
    expect(byId(result, "durbinWatson")?.message).toMatch(/swing up and down/);
  });

  it("passes clean residuals with short confirmations", () => {
    const normal = residualCase("normal n=104");
    const X = normal.residuals.map((_, t) => [t]);
    const result = residualDiagnostics(normal.residuals, X, ["week"]);
    for (const id of [
      "durbinWatson",
      "ljungBox4",
      "ljungBox8",
      "jarqueBera",
      "shapiroWilk",
      "vif:week",
    ]) {
      expect(byId(result, id)?.status).toBe("pass");
      expect(byId(result, id)?.message.length).toBeGreaterThan(10);
    }
  });

  it("flags skewed residuals as not bell-shaped", () => {
    const skewed = residualCase("skewed n=104");
    const result = residualDiagnostics(
      skewed.residuals,
      skewed.residuals.map((_, t) => [t]),
      ["week"]
    );
    expect(byId(result, "jarqueBera")).toMatchObject({ status: "fail" });
    expect(byId(result, "shapiroWilk")?.message).toMatch(
      /not bell-shaped \(Shapiro–Wilk p < 0\.001\)/
    );
  });

  it("lets the caller override thresholds and lags", () => {
    const homoskedastic = designCase("homoskedastic n=260");
    const result = residualDiagnostics(
      homoskedastic.residuals,
      homoskedastic.X,
      homoskedastic.names,
      {
        thresholds: { varianceInflation: { kind: "maximum", review: 20, fail: 30 } },
        ljungBoxLags: [2, 500],
        modelDegreesOfFreedom: 1,
      }
    );
    expect(byId(result, "vif:facebook_spend")?.status).toBe("pass");
    expect(result.filter((c) => c.id.startsWith("ljungBox")).map((c) => c.id)).toEqual([
      "ljungBox2",
    ]);
  });

  it("skips Breusch–Pagan and VIF without features and Shapiro–Wilk past 5000 weeks", () => {
    const long = Array.from({ length: 5001 }, (_, t) => Math.sin(t * 1.3));
    const result = residualDiagnostics(
      long,
      long.map(() => []),
      []
    );
    const ids = result.map((c) => c.id);
    expect(ids).not.toContain("shapiroWilk");
    expect(ids).not.toContain("breuschPagan");
    expect(ids.some((id) => id.startsWith("vif:"))).toBe(false);
  });

  it("leaves constant columns (an explicit intercept) out of the VIF checks", () => {
    const normal = residualCase("normal n=30");
    const X = normal.residuals.map((_, t) => [1, t, Math.cos(t)]);
    const ids = residualDiagnostics(normal.residuals, X, ["intercept", "week", "season"]).map(
      (c) => c.id
    );
    expect(ids).toEqual(expect.arrayContaining(["vif:week", "vif:season", "breuschPagan"]));
    expect(ids).not.toContain("vif:intercept");
  });

  it("rejects a design whose rows do not match the residuals", () => {
    expect(() => residualDiagnostics([1, 2, 3, 4], [[1], [2]], ["a"])).toThrow(
      InvalidParameterError
    );
  });

  const csv = join(__dirname, "../../../../shared/data/mmm_weekly_assessment.csv");
  const maybe = existsSync(csv) ? it : it.skip;
  if (!existsSync(csv))
    console.log(`Skipping the real-data diagnostics test: ${csv} is not present.`);
  maybe("matches statsmodels on an OLS fit of the real weekly data", () => {
    // Golden: realData.json from makeDiagnosticsFixtures.py (statsmodels/scipy on the same OLS residuals)
    const golden = JSON.parse(
      readFileSync(join(__dirname, "../../fixtures/diagnostics/realData.json"), "utf8")
    ).case as ResidualCase & Pick<DesignCase, "names" | "breuschPagan" | "vif">;
    const [header, ...lines] = readFileSync(csv, "utf8").trim().split(/\r?\n/);
    const headers = (header ?? "").split(",");
    const rows = lines.map((line) => line.split(","));
    const X = rows.map((row) => golden.names.map((name) => Number(row[headers.indexOf(name)])));
    const y = rows.map((row) => Number(row[headers.indexOf("revenue")]));
    const design = new Matrix(X.map((row) => [1, ...row]));
    const beta = solve(design, Matrix.columnVector(y));
    const residuals = Matrix.columnVector(y).sub(design.mmul(beta)).to1DArray();
    const result = residualDiagnostics(residuals, X, golden.names);
    expectClose(
      byId(result, "durbinWatson")?.statistic ?? NaN,
      golden.durbinWatson,
      STATISTIC_RELATIVE
    );
    for (const lb of golden.ljungBox) {
      expectClose(
        byId(result, `ljungBox${lb.lags}`)?.statistic ?? NaN,
        lb.statistic,
        STATISTIC_RELATIVE
      );
      expectClose(
        byId(result, `ljungBox${lb.lags}`)?.pValue ?? NaN,
        lb.pValue,
        P_VALUE_RELATIVE,
        P_VALUE_ABSOLUTE
      );
    }
    expectClose(
      byId(result, "jarqueBera")?.statistic ?? NaN,
      golden.jarqueBera.statistic,
      STATISTIC_RELATIVE
    );
    expectClose(
      byId(result, "shapiroWilk")?.statistic ?? NaN,
      golden.shapiroWilk.statistic,
      SHAPIRO_W_SCIPY_RELATIVE
    );
    expectClose(
      byId(result, "breuschPagan")?.statistic ?? NaN,
      golden.breuschPagan.statistic,
      STATISTIC_RELATIVE
    );
    golden.names.forEach((name, j) =>
      expectClose(
        byId(result, `vif:${name}`)?.statistic ?? NaN,
        golden.vif[j] as number,
        STATISTIC_RELATIVE
      )
    );
    // OLS on the raw columns leaves autocorrelated, heteroskedastic residuals: the checks must say so.
    expect(byId(result, "ljungBox4")?.status).toBe("fail");
    expect(byId(result, "breuschPagan")?.status).toBe("fail");
  });
});
