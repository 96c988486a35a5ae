import { fixed2, formatTable } from "./formatTable";
import type { ShapeRecovery } from "./shapeRecovery";
import { median } from "./statistics";

/**
 * Table of how well the product's search recovers the true transforms, per stage and channel: median signed and
 * absolute decay error, median ratio of chosen to true half-saturation (fits with a Hill curve), the share of fits
 * that chose no saturation, median chosen and true Hill shape, and the share of fits with an on/off term.
 *
 * @param shapes - every shape record of the run
 * @returns the table text
 * @example
 * process.stdout.write(shapeReport(shapes));
 */
export function shapeReport(shapes: readonly ShapeRecovery[]): string {
  const keys = [...new Set(shapes.map((s) => `${s.stage} ${s.channel}`))];
  const finite = (values: readonly number[]) => values.filter((value) => Number.isFinite(value));
  return formatTable(
    [
      "stage channel",
      "n",
      "decay chosen − true",
      "|decay error|",
      "half-sat chosen ÷ true",
      "no saturation",
      "shape chosen (true)",
      "on/off",
    ],
    keys.map((key) => {
      const group = shapes.filter((s) => `${s.stage} ${s.channel}` === key);
      const decayErrors = finite(group.map((s) => s.chosenDecay - s.trueDecay));
      return [
        key.replace(/_spend$/, ""),
        String(group.length),
        fixed2(median(decayErrors)),
        fixed2(median(decayErrors.map(Math.abs))),
        `${fixed2(median(finite(group.map((s) => s.chosenHalfSaturation / s.trueHalfSaturation))))}×`,
        `${((100 * group.filter((s) => s.chosenHalfSaturation === Infinity).length) / group.length).toFixed(0)}%`,
        `${fixed2(median(finite(group.map((s) => s.chosenShape))))} (${fixed2(median(group.map((s) => s.trueShape)))})`,
        `${((100 * group.filter((s) => s.onOff).length) / group.length).toFixed(0)}%`,
      ];
    })
  );
}
