export { wilsonInterval, poissonInterval, type Interval } from './intervals';
export { ebGlobal, ebLocal, type EbGlobalResult, type EbLocalResult } from './empiricalBayes';
