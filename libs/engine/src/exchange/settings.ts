import { DeepPartial, Settings } from './types';

/** Defaults of every engine setting (documented in the README's exchange-format section). */
export const DEFAULT_SETTINGS: Settings = {
  locale: 'nb',
  timeLimitSeconds: 8,
  sizes: {
    PRE_PROJECT: { minMunicipalities: 1, maxMunicipalities: 3, minResearchGroups: 1, maxResearchGroups: 2 },
    INNOVATION_PROJECT: { minMunicipalities: 2, maxMunicipalities: 6, minResearchGroups: 2, maxResearchGroups: 4 },
    COMPETENCE_PROJECT: { minMunicipalities: 1, maxMunicipalities: 6, minResearchGroups: 1, maxResearchGroups: 4 },
  },
  affinityWeights: { text: 0.6, themes: 0.2, region: 0.1, projectType: 0.1 },
  consortiumWeights: { relevance: 0.4, coverage: 0.3, cohesion: 0.15, diversity: 0.15 },
  minAffinity: 0.05,
  minNeedSimilarity: 0.1,
  requireInternationalPartnersForCompetenceProjects: true,
  enforceRegion: true,
  projectTypes: ['PRE_PROJECT', 'INNOVATION_PROJECT', 'COMPETENCE_PROJECT'],
  pins: [],
  excludeIds: [],
  maxExactCandidates: 20000,
};

/** Merge validated partial settings over the defaults (objects merged per key, arrays replaced). */
export function resolveSettings(partial: DeepPartial<Settings> | undefined): Settings {
  const p = partial ?? {};
  return {
    ...DEFAULT_SETTINGS,
    ...(p as Partial<Settings>),
    sizes: {
      PRE_PROJECT: { ...DEFAULT_SETTINGS.sizes.PRE_PROJECT, ...p.sizes?.PRE_PROJECT },
      INNOVATION_PROJECT: { ...DEFAULT_SETTINGS.sizes.INNOVATION_PROJECT, ...p.sizes?.INNOVATION_PROJECT },
      COMPETENCE_PROJECT: { ...DEFAULT_SETTINGS.sizes.COMPETENCE_PROJECT, ...p.sizes?.COMPETENCE_PROJECT },
    },
    affinityWeights: { ...DEFAULT_SETTINGS.affinityWeights, ...p.affinityWeights },
    consortiumWeights: { ...DEFAULT_SETTINGS.consortiumWeights, ...p.consortiumWeights },
  };
}
