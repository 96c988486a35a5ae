import { toDataset } from "../src/core/data/toDataset";
import { fitMmm } from "../src/core/attribution/fitMmm";
import { simulateLiftTest } from "../src/core/simulate/simulateLiftTest";
import { simulateMmmData } from "../src/core/simulate/simulateMmmData";
import { SIMULATION_SCENARIOS } from "../src/core/simulate/simulationScenarios";
import { REPLICATE_SEED_STEP } from "./_shared/constants";
import { fitWithFixedHyperparameters } from "../src/core/attribution/fitWithFixedHyperparameters";
import { oracleHyperparameters } from "./_shared/oracleHyperparameters";
import { windowLiftTests } from "../src/core/experiments/windowLiftTests";

async function main() {
  const args = process.argv.slice(2);
  const names = (args.find((a) => a.startsWith("--only="))?.slice(7) ?? "default,five-years,mixed-paths,fully-mediated,long-carryover,strong-saturation").split(",");
  const seeds = Number(args.find((a) => a.startsWith("--seeds="))?.slice(8) ?? 2);
  const rse = Number(args.find((a) => a.startsWith("--rse="))?.slice(6) ?? 0.2);
  const shapes = args.includes("--shapes");
  const rows: string[] = [];
  const iters: number[] = [];
  const oerr: { p: number; c: number; lp: number }[] = [];
  const errs: { sp: number; sc: number; t: number; rr: number; lr: number; p: number; c: number; ap: number[]; ac: number[] }[] = [];
  for (const name of names) {
    const scenario = SIMULATION_SCENARIOS.find((s) => s.name === name)!;
    for (let r = 0; r < seeds; r++) {
      const seed = (scenario.options.seed ?? 0) + r * REPLICATE_SEED_STEP;
      const sim = simulateMmmData({ ...scenario.options, seed });
      const read = toDataset(sim.grid);
      if (!read.ok) throw new Error("ingest");
      const ds = read.dataset;
      const truth = sim.truth;
      const tested = [...truth.channelNames].sort((a, b) => (truth.channels[b]?.spend ?? 0) - (truth.channels[a]?.spend ?? 0))[0]!;
      const start = Math.floor(ds.weeks.length * 0.4);
      const end = start + 7;
      const { test, trueLift } = simulateLiftTest(sim, { channel: tested, start, end, seed, relativeStandardError: rse });
      if (!(test.standardError > 0)) { console.log(`${name}#${r + 1} skipped: zero lift`); continue; }
      const t0 = Date.now();
      const plain = await fitMmm(ds);
      const t1 = Date.now();
      const cal = await fitMmm(ds, { liftTests: [test], ...(shapes ? { liftTestShapes: true } : {}) });
      const t2 = Date.now();
      const w = windowLiftTests([test], ds)[0]!;
      if (args.includes('--oracle')) {
        const oh = oracleHyperparameters(plain.hyperparameters, truth);
        const op = fitWithFixedHyperparameters(ds, oh, {});
        const oc = fitWithFixedHyperparameters(ds, oh, { liftTests: [test] });
        const rr = (e: any) => Math.abs((e.find((x: any) => x.channel === tested).roas - truth.channels[tested]!.roas!) / truth.channels[tested]!.roas!);
        oerr.push({ p: rr(op.effects.channels), c: rr(oc.effects.channels), lp: Math.abs(oc.calibration!.tests[0]!.before / trueLift - 1) });
      }
      const tr = truth.channels[tested]!;
      const roasOf = (res: typeof plain, ch: string) => res.effects.channels.find((e) => e.channel === ch)!;
      const pe = roasOf(plain, tested), ce = roasOf(cal, tested);
      const truthRatio = trueLift / ((tr.roas ?? 0) * w.spend);
      const plainLift = cal.calibration!.tests[0]!.before;
      const calLift = cal.calibration!.tests[0]!.after;
      const chans = truth.channelNames.filter((c) => (truth.channels[c]?.roas ?? 0) !== 0);
      const re = (res: typeof plain, c: string) => Math.abs((roasOf(res, c).roas! - truth.channels[c]!.roas!) / truth.channels[c]!.roas!);
      iters.push(cal.calibration!.iterations);
      errs.push({ sp: Math.abs((pe.shareMediated ?? 0) - (tr.shareMediated ?? 0)), sc: Math.abs((ce.shareMediated ?? 0) - (tr.shareMediated ?? 0)), t: Math.abs(w.lift / trueLift - 1), rr: Math.abs((calLift / (ce.roas! * w.spend)) / truthRatio - 1), lr: Math.abs(calLift / trueLift - 1), p: re(plain, tested), c: re(cal, tested), ap: chans.map((c) => re(plain, c)), ac: chans.map((c) => re(cal, c)) });
      const decayOf = (res: typeof plain) => JSON.stringify(res.hyperparameters.outcome.channels.find((e: any) => e.channel === tested)?.adstock);
      const sat = (res: typeof plain) => JSON.stringify(res.hyperparameters.outcome.channels.find((e: any) => e.channel === tested)?.saturation);
      rows.push(
        `${name}#${r + 1} ${tested} form=${plain.form} trueROAS=${tr.roas!.toFixed(3)} share=${tr.shareMediated?.toFixed(2)} plainROAS=${pe.roas!.toFixed(3)} (sh ${pe.shareMediated?.toFixed(2)}) calROAS=${ce.roas!.toFixed(3)} (sh ${ce.shareMediated?.toFixed(2)})` +
          `\n   trueLift=${trueLift.toFixed(0)} measured=${w.lift.toFixed(0)} se=${w.standardError.toFixed(0)} lift plain=${plainLift.toFixed(0)} cal=${calLift.toFixed(0)}  winRatio truth=${truthRatio.toFixed(3)} plain=${(plainLift / (pe.roas! * w.spend)).toFixed(3)} cal=${(calLift / (ce.roas! * w.spend)).toFixed(3)}` +
          `\n   trueDecay=${tr.decay} hill=${tr.halfSaturationRelative} plainAd=${decayOf(plain)} calAd=${decayOf(cal)} sat=${sat(plain)} err ${(100 * re(plain, tested)).toFixed(1)}%→${(100 * re(cal, tested)).toFixed(1)}% times ${(t1 - t0) / 1000}s ${(t2 - t1) / 1000}s`
      );
      if (!args.includes('--q')) console.log(rows[rows.length - 1]);
    }
  }
  const med = (v: number[]) => { const s = [...v].sort((a, b) => a - b); const m = Math.floor(s.length / 2); return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };
  if (oerr.length) console.log(`oracle tested ${(100 * med(oerr.map((e) => e.p))).toFixed(1)}% -> ${(100 * med(oerr.map((e) => e.c))).toFixed(1)}%, oracle plain lift err ${(100 * med(oerr.map((e) => e.lp))).toFixed(1)}%`);
  console.log(`tested share-mediated abs err ${med(errs.map((e) => e.sp)).toFixed(3)} -> ${med(errs.map((e) => e.sc)).toFixed(3)}; mean ${(errs.reduce((a, e) => a + e.sp, 0) / errs.length).toFixed(3)} -> ${(errs.reduce((a, e) => a + e.sc, 0) / errs.length).toFixed(3)}`);
  console.log(`iterations ${JSON.stringify([...iters].sort((a, b) => a - b))}`);
  console.log(`testOnly ${(100 * med(errs.map((e) => e.t))).toFixed(1)}% calLiftErr ${(100 * med(errs.map((e) => e.lr))).toFixed(1)}% ratioErr ${(100 * med(errs.map((e) => e.rr))).toFixed(1)}%`);
  console.log(`tested median ${(100 * med(errs.map((e) => e.p))).toFixed(1)}% -> ${(100 * med(errs.map((e) => e.c))).toFixed(1)}%; all ${(100 * med(errs.flatMap((e) => e.ap))).toFixed(1)}% -> ${(100 * med(errs.flatMap((e) => e.ac))).toFixed(1)}%`);
}
main();
