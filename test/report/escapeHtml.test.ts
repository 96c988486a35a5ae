import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { escapeHtml } from "../../src/report/escapeHtml";

describe("escapeHtml", () => {
  it("turns a malicious header into inert text", () => {
    expect(escapeHtml("<img src=x onerror=alert(1)>")).toBe("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("escapes quotes so text cannot leave an attribute value", () => {
    expect(escapeHtml(`a" onmouseover='x'`)).toBe("a&quot; onmouseover=&#39;x&#39;");
  });

  it("escapes the ampersand first, so entities in the data stay visible as typed", () => {
    expect(escapeHtml("&lt; & >")).toBe("&amp;lt; &amp; &gt;");
  });

  it("writes null and undefined as empty text and numbers as their text", () => {
    expect(escapeHtml(null)).toBe("");
    expect(escapeHtml(undefined)).toBe("");
    expect(escapeHtml(12.5)).toBe("12.5");
  });

  it("never leaves a markup character in its output, whatever the input", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(escapeHtml(text)).not.toMatch(/[<>"']/);
      })
    );
  });
});
