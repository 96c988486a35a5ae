// Property tests draw their cases from a fixed seed, so CI is deterministic (the house rule: a seed for every random
// draw). Set FC_SEED to explore other cases locally; a failure prints the seed and path that reproduce it.
import fc from "fast-check";

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20240611) });
