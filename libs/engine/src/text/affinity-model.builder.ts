/** Builds the text-relevance affinity model of a problem: the corpus (./corpus.ts), then the model on it. */
import { EngineOptions, Problem, Settings } from '../exchange/types';
import { TextCorpus } from './corpus';
import {
  DEFAULT_TEXT_INDEX_OPTIONS,
  TextAffinityModel,
  TextIndexOptions,
} from './text-affinity-model';

/** Build the text-relevance affinity model of a problem (on its `corpus` when already analysed). */
export function buildAffinityModel(
  problem: Problem,
  settings: Settings,
  onProgress?: EngineOptions['onProgress'],
  options: Partial<TextIndexOptions> = {},
  corpus?: TextCorpus,
): TextAffinityModel {
  return new TextAffinityModel(
    problem,
    settings,
    onProgress,
    { ...DEFAULT_TEXT_INDEX_OPTIONS, ...options },
    corpus,
  );
}
