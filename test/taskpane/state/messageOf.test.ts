import { messageOf } from "../../../src/taskpane/state/messageOf";

describe("messageOf", () => {
  it("gives an Error's message without its name", () => {
    expect(messageOf(new TypeError("The sheet is protected."))).toBe("The sheet is protected.");
  });

  it("shows a rejected value that is not an Error as a string", () => {
    expect(messageOf("busy")).toBe("busy");
    expect(messageOf(404)).toBe("404");
    expect(messageOf(undefined)).toBe("undefined");
  });
});
