import { neutraliseFormula } from "../../../src/core/tables/neutraliseFormula";

describe("neutraliseFormula", () => {
  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x","y")'])(
    "prefixes %j with an apostrophe",
    (text) => expect(neutraliseFormula(text)).toBe(`'${text}`)
  );

  it.each(["facebook_spend", "", "1-2", "a=b", " =x", "'quoted", "−5"])(
    "leaves %j as it is",
    (text) => expect(neutraliseFormula(text)).toBe(text)
  );
});
