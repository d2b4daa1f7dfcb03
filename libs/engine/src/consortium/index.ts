export { proposeConsortia } from './propose';
export type { ProposeOptions } from './propose';
export { formConsortia } from './form-consortia';
export type { FormationDiagnostics } from './form-consortia';
export { checkProposals } from './check-proposals';
export { solvePacking, greedyPacking, combinatorialBound } from './set-packing';
export type { PackingProblem, PackingResult, PackingItem } from './set-packing';
export { sizeClass } from './candidate-score';
export { preloadHighs } from './highs-loader';
