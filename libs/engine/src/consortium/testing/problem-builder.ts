/** Factories for small exchange-format problems used by the consortium specs. */
import {
  DeepPartial,
  Problem,
  ProblemNeed,
  ProblemOrganization,
  ProblemProfile,
  PROBLEM_FORMAT,
  ProjectType,
  ResearchExperience,
  Settings,
  Theme,
} from '../../exchange/types';

export function municipality(
  id: string,
  name: string,
  countyNumber: string,
  population: number,
  researchExperience: ResearchExperience = 'SOME',
): ProblemOrganization {
  return { id, kind: 'MUNICIPALITY', name, countyNumber, population, researchExperience };
}

export function researchGroup(
  id: string,
  name: string,
  institution: string,
  countyNumber: string,
  internationalPartners = false,
): ProblemOrganization {
  return { id, kind: 'RESEARCH_GROUP', name, institution, countyNumber, internationalPartners };
}

export function need(
  id: string,
  organizationId: string,
  title: string,
  themes: Theme[] = [],
  projectType?: ProjectType,
): ProblemNeed {
  return { id, organizationId, title, themes, ...(projectType ? { projectType } : {}) };
}

export function profile(
  id: string,
  organizationId: string,
  title: string,
  themes: Theme[] = [],
  extra: Partial<ProblemProfile> = {},
): ProblemProfile {
  return { id, organizationId, title, themes, capacity: 1, ...extra };
}

export function problem(
  organizations: ProblemOrganization[],
  needs: ProblemNeed[],
  profiles: ProblemProfile[],
  settings: DeepPartial<Settings> = {},
  exclusions: Problem['exclusions'] = [],
): Problem {
  return { format: PROBLEM_FORMAT, organizations, needs, profiles, exclusions, settings };
}

const WELFARE = 'velferdsteknologi hjemmetjenesten digitalt tilsyn eldre';
const PROCUREMENT = 'innovative anskaffelser leverandørdialog innkjøp';

/**
 * A western-Norway arena: five municipalities with a shared welfare-technology need, two with a procurement need,
 * research groups from three institutions (one with international partners), one serving only Nordland.
 */
export function westernArena(settings: DeepPartial<Settings> = {}): Problem {
  return problem(
    [
      municipality('m-bergen', 'Bergen', '46', 291940, 'EXTENSIVE'),
      municipality('m-voss', 'Voss', '46', 16000, 'SOME'),
      municipality('m-ulvik', 'Ulvik', '46', 1100, 'NONE'),
      municipality('m-askoy', 'Askøy', '46', 30000, 'SOME'),
      municipality('m-kvam', 'Kvam', '46', 8500, 'NONE'),
      municipality('m-bodo', 'Bodø', '18', 53000, 'SOME'),
      researchGroup('r-velferd', 'Velferd og helse', 'Nordlandsforskning', '18', true),
      researchGroup('r-digital', 'Digitale tjenester', 'NTNU', '50'),
      researchGroup('r-innkjop', 'Innkjøp og marked', 'Høgskulen på Vestlandet', '46'),
      researchGroup('r-nord', 'Nordlige studier', 'Nord universitet', '18'),
    ],
    [
      need('n1', 'm-bergen', `Velferdsteknologi i hjemmetjenesten: ${WELFARE}`, [
        'HEALTH_AND_CARE',
        'DIGITALISATION',
      ]),
      need('n2', 'm-voss', `Digitalt tilsyn for eldre: ${WELFARE}`, ['HEALTH_AND_CARE']),
      need('n3', 'm-ulvik', `Trygghet hjemme med ${WELFARE}`, ['HEALTH_AND_CARE']),
      need('n4', 'm-askoy', `Innovative anskaffelser av omsorgsteknologi: ${PROCUREMENT}`, [
        'PUBLIC_PROCUREMENT',
      ]),
      need('n5', 'm-kvam', `Leverandørdialog: ${PROCUREMENT}`, ['PUBLIC_PROCUREMENT']),
      need(
        'n6',
        'm-bodo',
        'Kulturhus og frivillighet i sentrum',
        ['CULTURE_AND_COMMUNITY'],
        'INNOVATION_PROJECT',
      ),
    ],
    [
      profile('p1', 'r-velferd', 'Følgeforskning på velferdsteknologi', ['HEALTH_AND_CARE'], {
        keywords: ['velferdsteknologi', 'hjemmetjenesten', 'eldre'],
        capacity: 2,
      }),
      profile(
        'p2',
        'r-digital',
        'Digitalt tilsyn og sensorer',
        ['DIGITALISATION', 'HEALTH_AND_CARE'],
        {
          keywords: ['digitalt', 'tilsyn', 'trygghet'],
          capacity: 2,
        },
      ),
      profile('p3', 'r-innkjop', 'Innovative anskaffelser i kommunene', ['PUBLIC_PROCUREMENT'], {
        keywords: ['anskaffelser', 'leverandørdialog', 'innkjøp'],
        capacity: 2,
      }),
      profile('p4', 'r-nord', 'Offentlig innkjøp og marked', ['PUBLIC_PROCUREMENT'], {
        keywords: ['innkjøp', 'anskaffelser'],
        countyNumbers: ['18'],
      }),
    ],
    settings,
  );
}
