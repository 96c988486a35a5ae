/** A StreamingInvocation stand-in that records every result a streaming function sets. */
export interface RecordedInvocation<T> {
  readonly invocation: CustomFunctions.StreamingInvocation<T>;
  /** Every value passed to setResult, in order (results or CustomFunctions.Error). */
  readonly results: unknown[];
  /** The last value set. */
  last(): unknown;
  /** Does what Excel does when the formula is removed. */
  cancel(): void;
}

/** Creates a recording invocation. */
export function fakeInvocation<T>(): RecordedInvocation<T> {
  const results: unknown[] = [];
  const invocation = {
    address: "Sheet1!A1",
    setResult: (value: unknown) => results.push(value),
    onCanceled: undefined as (() => void) | undefined,
  };
  return {
    invocation: invocation as unknown as CustomFunctions.StreamingInvocation<T>,
    results,
    last: () => results[results.length - 1],
    cancel: () => invocation.onCanceled?.(),
  };
}

/** Lets pending promise callbacks (the store's workbook read) run. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}
