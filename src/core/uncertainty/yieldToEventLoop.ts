/**
 * The host's timer, declared here because core compiles without DOM or Node lib files; it may be missing at run
 * time, so it is only called after a `typeof` check.
 */
declare const setTimeout: ((callback: () => void, milliseconds: number) => unknown) | undefined;

/**
 * Hands control back to the event loop for one macrotask, so pending messages (a worker's cancel request, a UI
 * repaint) are handled before long work goes on.
 *
 * Uses `setTimeout(…, 0)` when the runtime has it (Node, browsers, web workers, the custom-functions runtime all
 * do). A resolved promise is only a microtask: it runs before any queued message, so it cannot let a worker see a
 * cancel; it is the fallback only for a runtime without timers, where nothing better exists.
 *
 * @returns a promise that settles after the next macrotask turn (or microtask without timers)
 * @example
 * await yieldToEventLoop(); // => undefined, after pending messages were handled
 * @see https://developer.mozilla.org/docs/Web/JavaScript/Event_loop
 */
export function yieldToEventLoop(): Promise<void> {
  if (typeof setTimeout !== "function") return Promise.resolve();
  const timer = setTimeout;
  return new Promise<void>((resolve) => {
    timer(() => resolve(), 0);
  });
}
