import { TextEncoder } from "util";
import { decodeCsvBytes } from "../../src/cli/decodeCsvBytes";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeCsvBytes", () => {
  it("reads UTF-8 without a warning and drops its byte-order mark", () => {
    expect(decodeCsvBytes(utf8("\uFEFFweek,café\n1,2\n"), "d.csv")).toEqual({
      text: "week,café\n1,2\n",
      warning: null,
    });
  });

  it("reads a Windows-1252 (Latin-1) file as such and says so, naming the first bad line", () => {
    // "week,revenue\n2023-01-01,5\nCafé €,1\n" as Excel's "CSV (Comma delimited)" writes it on Western Windows.
    const bytes = new Uint8Array([
      ...utf8("week,revenue\n2023-01-01,5\nCaf"),
      0xe9,
      0x20,
      0x80,
      ...utf8(",1\n"),
    ]);
    const decoded = decodeCsvBytes(bytes, "d.csv");
    expect(decoded.text).toBe("week,revenue\n2023-01-01,5\nCafé €,1\n");
    expect(decoded.warning).toMatch(
      /d\.csv is not UTF-8 \(first at line 3\).*Windows-1252.*CSV UTF-8/
    );
  });

  it("reads UTF-16 with a byte-order mark (Excel's Unicode Text)", () => {
    const body = "week\trevenue\n";
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < body.length; i++) bytes[2 + 2 * i] = body.charCodeAt(i);
    expect(decodeCsvBytes(bytes, "d.csv")).toEqual({ text: body, warning: null });
  });
});
