import type { ChannelHyperparameters, FeatureSpec, InteractionOption, StageName } from "../types";

/** A control as it enters a stage. */
export interface ControlPlan {
  readonly column: string;
  readonly transform: "identity" | "log" | "atLeast";
  readonly lag: number;
  /** Cut-off of the "atLeast" transform. */
  readonly threshold?: number;
}

/** Everything that fixes a stage's features except the channels' transforms. */
export interface StagePlan {
  readonly stage: StageName;
  readonly target: string;
  readonly targetTransform: "identity" | "log1p";
  readonly floorAtZero: boolean;
  /** Channels in order (social channels, then the mediator in stage 2). */
  readonly channels: readonly string[];
  readonly controls: readonly ControlPlan[];
  readonly trendPeriods: number;
  readonly fourierOrder: number;
  readonly seasonPeriod: number;
  readonly interactions: readonly InteractionOption[];
  /** Divisor of unsaturated media (mean nonzero spend over all weeks). */
  readonly mediaScales: Readonly<Record<string, number>>;
  readonly nonNegativeMedia: boolean;
}

/** Name of a control feature. */
export function controlName(control: ControlPlan): string {
  const base =
    control.transform === "log"
      ? `log(${control.column})`
      : control.transform === "atLeast"
        ? `${control.column}≥${control.threshold ?? 0}`
        : control.column;
  return control.lag > 0 ? `${base}:lag${control.lag}` : base;
}

/** The fixed features of a stage (controls, trend, seasonality), in order. */
export function fixedFeatures(plan: StagePlan): FeatureSpec[] {
  const specs: FeatureSpec[] = plan.controls.map((control) => ({
    kind: "control",
    name: controlName(control),
    column: control.column,
    transform: control.transform,
    lag: control.lag,
    ...(control.threshold !== undefined ? { threshold: control.threshold } : {}),
  }));
  specs.push({ kind: "trend", name: "trend", periods: plan.trendPeriods });
  for (let harmonic = 1; harmonic <= plan.fourierOrder; harmonic++) {
    for (const fn of ["sin", "cos"] as const) {
      specs.push({
        kind: "fourier",
        name: `${fn}${harmonic}`,
        harmonic,
        fn,
        period: plan.seasonPeriod,
      });
    }
  }
  return specs;
}

/** Media (and on/off) features of one channel. */
export function channelFeatures(plan: StagePlan, channel: ChannelHyperparameters): FeatureSpec[] {
  const specs: FeatureSpec[] = [
    {
      kind: "media",
      name: channel.channel,
      column: channel.channel,
      adstock: channel.adstock,
      saturation: channel.saturation,
      scale: plan.mediaScales[channel.channel] ?? 1,
    },
  ];
  if (channel.onOff)
    specs.push({ kind: "onOff", name: `${channel.channel}:on`, column: channel.channel });
  return specs;
}

/** Interaction features whose two columns are both in the stage (named by their lag-0 feature). */
export function interactionFeatures(plan: StagePlan): FeatureSpec[] {
  const featureOf = (column: string): string | null => {
    if (plan.channels.includes(column)) return column;
    const control = plan.controls.find((entry) => entry.column === column && entry.lag === 0);
    return control ? controlName(control) : null;
  };
  const specs: FeatureSpec[] = [];
  for (const interaction of plan.interactions) {
    const left = featureOf(interaction.left);
    const right = featureOf(interaction.right);
    if (left !== null && right !== null) {
      specs.push({ kind: "interaction", name: `${left}×${right}`, left, right });
    }
  }
  return specs;
}

/** All features of a stage: fixed, then channels, then interactions. */
export function stageFeatures(
  plan: StagePlan,
  channels: readonly ChannelHyperparameters[]
): FeatureSpec[] {
  return [
    ...fixedFeatures(plan),
    ...channels.flatMap((channel) => channelFeatures(plan, channel)),
    ...interactionFeatures(plan),
  ];
}

/** Whether each feature's coefficient is held ≥ 0 (media and on/off, when asked). */
export function nonNegativeFlags(plan: StagePlan, specs: readonly FeatureSpec[]): boolean[] {
  return specs.map(
    (spec) => plan.nonNegativeMedia && (spec.kind === "media" || spec.kind === "onOff")
  );
}
