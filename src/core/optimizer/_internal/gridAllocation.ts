/** What the grid search needs of a channel: its objective (revenue, less minRoas × spend) and its box. */
export interface GridChannel {
  readonly objective: (spend: number) => number;
  readonly lower: number;
  readonly upper: number;
}

/** The best allocation on the grid, and the size of one grid unit (the width a local polish may move). */
export interface GridSolution {
  readonly spend: Float64Array;
  readonly unit: number;
}

/**
 * Global optimum of Σ objective_c(s_c) over a grid: the budget above the lower bounds is cut into `steps` equal
 * units and a dynamic programme finds the best number of units per channel, exactly, whatever the curves' shape
 * (S-shaped Hill curves included). Spends all units when `atMost` is false, at most all of them otherwise.
 * O(channels · steps²) time, channels · (steps + 1) curve evaluations. Null when no grid point meets the total.
 *
 * @see Bellman (1957), Dynamic Programming, ch. 1 (allocation processes).
 */
export function gridAllocation(
  channels: readonly GridChannel[],
  total: number,
  atMost: boolean,
  steps: number
): GridSolution | null {
  const lowerSum = channels.reduce((sum, c) => sum + c.lower, 0);
  const slack = total - lowerSum;
  if (!(slack > 0)) return { spend: Float64Array.from(channels, (c) => c.lower), unit: 0 };
  const unit = slack / steps;
  // best[j]: highest objective of the channels so far using exactly j units; choices[c][j]: units given to c.
  let best = new Float64Array(steps + 1).fill(-Infinity);
  best[0] = 0;
  const choices: Int32Array[] = [];
  for (const channel of channels) {
    // The 1e-9 keeps a box of exactly k units from losing its last unit to rounding.
    const maxUnits = Math.min(
      steps,
      Math.floor(((channel.upper - channel.lower) / unit) * (1 + 1e-9))
    );
    const values = new Float64Array(maxUnits + 1);
    for (let k = 0; k <= maxUnits; k++) {
      values[k] = channel.objective(Math.min(channel.upper, channel.lower + k * unit));
    }
    const next = new Float64Array(steps + 1).fill(-Infinity);
    const choice = new Int32Array(steps + 1);
    for (let used = 0; used <= steps; used++) {
      const before = best[used] as number;
      if (before === -Infinity) continue;
      for (let k = 0; k <= maxUnits && used + k <= steps; k++) {
        const candidate = before + (values[k] as number);
        if (candidate > (next[used + k] as number)) {
          next[used + k] = candidate;
          choice[used + k] = k;
        }
      }
    }
    choices.push(choice);
    best = next;
  }
  let units = steps;
  if (atMost) {
    for (let j = 0; j < steps; j++) if ((best[j] as number) > (best[units] as number)) units = j;
  }
  if (best[units] === -Infinity) return null;
  const spend = new Float64Array(channels.length);
  for (let c = channels.length - 1; c >= 0; c--) {
    const channel = channels[c] as GridChannel;
    const k = (choices[c] as Int32Array)[units] as number;
    spend[c] = Math.min(channel.upper, channel.lower + k * unit);
    units -= k;
  }
  return { spend, unit };
}
