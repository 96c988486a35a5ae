/**
 * A minimal stand-in for the CustomFunctions global that Excel provides to custom functions, so they can be called
 * as plain functions under jest. Error codes are the strings Excel uses.
 */
export function installCustomFunctionsFake(): void {
  class FakeError extends Error {
    code: string;
    constructor(code: string, message?: string) {
      super(message ?? "");
      this.code = code;
    }
  }
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: FakeError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  };
}
