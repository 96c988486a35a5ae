/**
 * The sample-data simulator with known true effects: `simulateMmmData(options)` returns a sheet-shaped grid, the
 * truth (total, direct and mediated effects per channel, google's effect, price elasticity, promotion lift, the
 * true transform parameters and an `expectedRevenue` function) and the options used. `SIMULATION_SCENARIOS` lists
 * the accuracy benchmark's set-ups.
 *
 * To add a scenario: append to `simulationScenarios.ts` with a new seed and a stable name. To change the
 * equations: edit `structuralModel.ts` and the module comment of `simulateMmmData.ts`, then rerun the truth tests.
 */
export { simulateMmmData, type SimulatedData } from "./simulateMmmData";
export { simulateLiftTest, type SimulateLiftTestOptions } from "./simulateLiftTest";
export {
  type SimulationOptions,
  type ChannelSimulationOptions,
  type GoogleSimulationOptions,
  type ResolvedSimulationOptions,
  type ResolvedChannelOptions,
} from "./simulationOptions";
export { resolveSimulationOptions, FIXED_COLUMNS } from "./resolveSimulationOptions";
export { DEFAULT_CHANNELS, DEFAULT_GOOGLE } from "./defaultChannels";
export {
  type SimulationTruth,
  type ChannelTruth,
  type GoogleTruth,
  type ExpectedRevenue,
  type WeekWindow,
} from "./simulationTruth";
export { SIMULATION_SCENARIOS, type SimulationScenario } from "./simulationScenarios";
