export { classify, MIN_CLASSES, MAX_CLASSES } from './classify';
export { classIndex } from './classIndex';
export type { ClassMethod, ClassifyOptions, ClassificationResult, IntervalClosure } from './types';
