/* global setTimeout, globalThis */
import { describe, expect, it } from "@jest/globals";
import { yieldToEventLoop } from "../../../src/core/uncertainty/yieldToEventLoop";

describe("yieldToEventLoop", () => {
  it("lets a queued macrotask run before it resolves", async () => {
    let ran = false;
    setTimeout(() => {
      ran = true;
    }, 0);
    await yieldToEventLoop();
    expect(ran).toBe(true);
  });
  it("falls back to a resolved promise in a runtime without timers", async () => {
    const host = globalThis as { setTimeout?: unknown };
    const saved = host.setTimeout;
    host.setTimeout = undefined;
    try {
      await expect(yieldToEventLoop()).resolves.toBeUndefined();
    } finally {
      host.setTimeout = saved;
    }
  });
});
