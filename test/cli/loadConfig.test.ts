import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { loadRunConfig, parseRunConfig } from "../../src/cli/loadConfig";
import { CliUsageError } from "../../src/cli/parseCliArgs";

function messageOf(text: string): string {
  try {
    parseRunConfig(text, "config.json");
  } catch (error) {
    expect(error).toBeInstanceOf(CliUsageError);
    return (error as Error).message;
  }
  throw new Error("expected the config to be refused");
}

describe("parseRunConfig", () => {
  it("reads a valid config, absent settings as null", () => {
    const config = parseRunConfig(
      JSON.stringify({
        roles: { mediator: null, social: ["tiktok_spend"] },
        dateOrder: "dayFirst",
        fit: { holdoutShare: 0.25, directPaths: false, outliers: { method: "iqr" }, cvFolds: null },
        bootstrap: { replicates: 10 },
        budget: { total: 20000, maxShare: 2 },
      }),
      "config.json"
    );
    expect(config).toEqual({
      roles: { mediator: null, social: ["tiktok_spend"] },
      dateOrder: "dayFirst",
      decimalSeparator: null,
      fit: { holdoutShare: 0.25, directPaths: false, outliers: { method: "iqr" }, cvFolds: null },
      bootstrap: { replicates: 10, tuning: null },
      budget: { total: 20000, maxShare: 2 },
    });
  });

  it("reads a lift test's optional read-out end week and refuses one that is not text", () => {
    const test = {
      channel: "tiktok_spend",
      startWeek: "2024-03-03",
      endWeek: "2024-04-21",
      lift: 5000,
      roas: null,
      standardError: 1000,
      path: "total",
    };
    const read = (extra: object) =>
      parseRunConfig(JSON.stringify({ fit: { liftTests: [{ ...test, ...extra }] } }), "c.json");
    expect(read({ readoutEndWeek: "2024-05-12" }).fit.liftTests).toEqual([
      { ...test, readoutEndWeek: "2024-05-12" },
    ]);
    expect(read({}).fit.liftTests).toEqual([test]);
    expect(
      messageOf(JSON.stringify({ fit: { liftTests: [{ ...test, readoutEndWeek: 3 }] } }))
    ).toMatch(
      /fit\.liftTests\[0\]\.readoutEndWeek is 3; it must be an ISO date on or after endWeek/
    );
  });

  it("reads the decimal separator and refuses any other mark", () => {
    expect(parseRunConfig('{"decimalSeparator": ","}', "c.json").decimalSeparator).toBe(",");
    expect(messageOf('{"decimalSeparator": ";"}')).toMatch(/decimalSeparator/);
  });

  it("refuses a budget setting of the wrong type, naming the key", () => {
    expect(messageOf('{"budget": {"minShare": "half"}}')).toMatch(/budget\.minShare/);
    expect(messageOf('{"budget": {"totl": 5}}')).toMatch(
      /budget\.totl is not a setting; did you mean total\?/
    );
  });

  it("refuses a mistyped key inside fit and bootstrap, suggesting the right one and listing the allowed", () => {
    const message = messageOf('{"fit": {"holdoutShar": 0.2}, "bootstrap": {"replicate": 5}}');
    expect(message).toMatch(
      /fit\.holdoutShar is not a setting; did you mean holdoutShare\? Allowed: form, /
    );
    expect(message).toMatch(
      /bootstrap\.replicate is not a setting; did you mean replicates\? Allowed: replicates, tuning\./
    );
  });

  it('refuses "no" for a true/false setting instead of counting it as true', () => {
    expect(messageOf('{"fit": {"directPaths": "no"}}')).toMatch(
      /fit\.directPaths is "no"; it must be true or false/
    );
  });

  it.each([
    [
      '{"fit": {"holdoutShare": 1}}',
      /fit\.holdoutShare is 1; it must be a share of the weeks from 0/,
    ],
    [
      '{"fit": {"form": "log"}}',
      /fit\.form is "log"; it must be "auto", "additive" or "multiplicative"/,
    ],
    [
      '{"fit": {"cvFolds": 2.5}}',
      /fit\.cvFolds is 2\.5; it must be a whole number, at least 1, or null/,
    ],
    [
      '{"fit": {"controlLags": {"emails": 0}}}',
      /fit\.controlLags\.emails is 0; it must be a whole number of weeks/,
    ],
    [
      '{"fit": {"interactions": [{"left": "a"}]}}',
      /fit\.interactions\[0\]\.right is missing; it must be a column header/,
    ],
    ['{"fit": {"fitTime": "2026-01-01"}}', /fit\.fitTime is not a setting/],
    [
      '{"bootstrap": {"tuning": "sometimes"}}',
      /bootstrap\.tuning is "sometimes"; it must be "auto", "retuned" or "fixed"/,
    ],
    [
      '{"roles": {"mediator": 3}}',
      /roles\.mediator is 3; it must be a column header \(text\), or null/,
    ],
    ['{"dateOrder": "ymd"}', /dateOrder is "ymd"; it must be "dayFirst" or "monthFirst"/],
    ['{"role": {}}', /role is not a setting; did you mean roles\?/],
  ])("explains %s", (text, pattern) => {
    expect(messageOf(text)).toMatch(pattern);
  });

  it("lists every problem at once", () => {
    const lines = messageOf(
      '{"fit": {"holdoutShar": 0.2, "form": 1}, "bootstrap": {"replicates": -1}}'
    )
      .split("\n")
      .slice(1);
    expect(lines).toHaveLength(3);
  });

  it("refuses text that is not JSON or not an object", () => {
    expect(messageOf("{fit:")).toMatch(/config\.json is not valid JSON/);
    expect(messageOf("[1]")).toMatch(/must hold a JSON object/);
  });
});

describe("loadRunConfig", () => {
  it("says plainly that a --config file is missing", () => {
    const path = join(mkdtempSync(join(tmpdir(), "mmm-config-")), "nope.json");
    expect(() => loadRunConfig(path)).toThrow(CliUsageError);
    expect(() => loadRunConfig(path)).toThrow(
      /Cannot read the --config file .*nope\.json: there is no such file/
    );
  });

  it("reads a file with a byte-order mark", () => {
    const path = join(mkdtempSync(join(tmpdir(), "mmm-config-")), "c.json");
    writeFileSync(path, '\uFEFF{"bootstrap": {"tuning": "fixed"}}');
    expect(loadRunConfig(path).bootstrap.tuning).toBe("fixed");
  });
});
