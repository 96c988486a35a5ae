import type { MmmResult } from "../../../src/core/model/types";
import { SAMPLE_RESULT } from "../../taskpane/fixtures/sampleResult";

/** SAMPLE_RESULT as a single-stage model: no mediator, no stage 1, no predicted variant. */
export const SINGLE_STAGE: MmmResult = {
  ...SAMPLE_RESULT,
  roles: { ...SAMPLE_RESULT.roles, mediator: null },
  effects: { ...SAMPLE_RESULT.effects, mediator: null },
  variants: {
    observed: { effects: { ...SAMPLE_RESULT.effects, mediator: null } },
    predicted: null,
  },
  series: { ...SAMPLE_RESULT.series, stage1: null },
};
