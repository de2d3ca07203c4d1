import fc from 'fast-check';

// Property tests run from one fixed seed by default, so that `npm test` and CI are reproducible.
// `npm run test:explore` sets FC_SEED=random and FC_RUNS=2000 to search new inputs; a failure prints
// its seed, and FC_SEED=<seed> replays it.
const seedText = process.env.FC_SEED ?? '20261127';
const runs = Number(process.env.FC_RUNS ?? 100);
fc.configureGlobal({
  ...(seedText === 'random' ? {} : { seed: Number(seedText) }),
  numRuns: Number.isInteger(runs) && runs > 0 ? runs : 100,
});
