import { DataSource } from 'typeorm';
import {
  createArena,
  createMunicipalityOrganization,
  createNeed,
  createProfile,
  createResearchGroup,
} from '../../factories';

export interface ArenaFixture {
  arenaId: string;
  needIds: string[];
  profileIds: string[];
}

const CARE_TEXTS = [
  [
    'Velferdsteknologi i hjemmetjenesten',
    'Vi vil prøve ut digitalt tilsyn og velferdsteknologi i hjemmetjenesten for eldre som bor hjemme.',
  ],
  [
    'Digitalt tilsyn i eldreomsorgen',
    'Kommunen ønsker følgeforskning på digitalt tilsyn, velferdsteknologi og trygghetsskapende teknologi i eldreomsorgen.',
  ],
  [
    'Velferdsteknologi og pårørende',
    'Hvordan kan velferdsteknologi i hjemmetjenesten avlaste pårørende og gi eldre trygghet hjemme?',
  ],
  [
    'Skolefravær og psykisk helse',
    'Vi trenger kunnskap om tiltak mot skolefravær blant ungdom og samarbeid mellom skole og barnevern.',
  ],
] as const;
const GROUPS = [
  [
    'NTNU',
    'Velferdsteknologi og tjenesteinnovasjon',
    'Følgeforskning på velferdsteknologi, digitalt tilsyn og hjemmetjenester i kommunene.',
    ['velferdsteknologi', 'digitalt tilsyn', 'hjemmetjeneste'],
  ],
  [
    'NORCE',
    'Eldreomsorg og digital helse',
    'Forskning på eldreomsorg, velferdsteknologi og trygghet for eldre som bor hjemme.',
    ['eldreomsorg', 'velferdsteknologi', 'digital helse'],
  ],
  [
    'UNI',
    'Skole, fravær og psykisk helse',
    'Forskning på skolefravær, psykisk helse blant ungdom og samarbeid mellom skole og barnevern.',
    ['skolefravær', 'psykisk helse', 'barnevern'],
  ],
] as const;

const FIXTURE_NEED_TITLES = CARE_TEXTS.map(([title]) => title);
const FIXTURE_PROFILE_TITLES = GROUPS.map(([, title]) => title);

/**
 * A small arena in Vestland (46) whose needs and profiles clearly belong together: welfare technology in home
 * care, and school/child welfare. Enough for innovation projects (2+ municipalities, 2+ research groups).
 * The needs and profiles of earlier copies of this fixture in the county are withdrawn and paused first: an arena
 * sees every open need of its counties, and the same texts repeated over many fixtures of one test run would make
 * all their words generic (the engine leaves out words that most texts share), leaving nothing to match.
 */
export async function createMatchableArena(
  ds: DataSource,
  countyNumber = '46',
): Promise<ArenaFixture> {
  await retireEarlierCopies(ds, countyNumber);
  const arena = await createArena(ds, { countyNumbers: [countyNumber] });
  const munis = await ds.query<Array<{ number: string }>>(
    `SELECT number FROM municipalities WHERE county_number = $1 ORDER BY population DESC LIMIT 4`,
    [countyNumber],
  );
  const orgs = [];
  for (const m of munis)
    orgs.push(
      await createMunicipalityOrganization(ds, {
        municipalityNumber: m.number,
        name: `Kommune ${m.number} ${arena.id.slice(0, 6)}`,
      }),
    );
  const needIds: string[] = [];
  for (let i = 0; i < CARE_TEXTS.length; i++) {
    const need = await createNeed(ds, {
      organizationId: orgs[i % orgs.length].id,
      title: CARE_TEXTS[i][0],
      description: CARE_TEXTS[i][1],
      themes: i < 3 ? ['HEALTH_AND_CARE', 'DIGITALISATION'] : ['EDUCATION_AND_CHILDHOOD'],
      projectType: 'INNOVATION_PROJECT',
    });
    needIds.push(need.id);
  }
  const profileIds: string[] = [];
  for (const [inst, title, description, keywords] of GROUPS) {
    let org;
    try {
      org = await createResearchGroup(ds, {
        institutionShortName: inst,
        internationalPartners: true,
      });
    } catch {
      org = await createResearchGroup(ds, { internationalPartners: true });
    }
    const p = await createProfile(ds, {
      organizationId: org.id,
      title,
      description,
      keywords: [...keywords],
      themes: inst === 'UNI' ? ['EDUCATION_AND_CHILDHOOD'] : ['HEALTH_AND_CARE', 'DIGITALISATION'],
      capacity: 3,
      countyNumbers: [countyNumber],
      internationalPartners: ['Aalborg University'],
    });
    profileIds.push(p.id);
  }
  return { arenaId: arena.id, needIds, profileIds };
}

/** What a run of this arena must see (independent SQL): OPEN needs owned in its counties, ACTIVE profiles serving them. */
export async function arenaScope(
  ds: DataSource,
  arenaId: string,
): Promise<{ needIds: Set<string>; profileIds: Set<string> }> {
  const needs = await ds.query<Array<{ id: string }>>(
    `SELECT n.id FROM knowledge_needs n JOIN organizations o ON o.id = n.organization_id
     JOIN mobilization_arena_counties c ON c.county_number = o.county_number AND c.arena_id = $1 WHERE n.status = 'OPEN'`,
    [arenaId],
  );
  const profiles = await ds.query<Array<{ id: string }>>(
    `SELECT p.id FROM competence_profiles p WHERE p.status = 'ACTIVE' AND (cardinality(p.county_numbers) = 0 OR EXISTS (
       SELECT 1 FROM mobilization_arena_counties c WHERE c.arena_id = $1 AND c.county_number::text = ANY(p.county_numbers)))`,
    [arenaId],
  );
  return {
    needIds: new Set(needs.map((r) => r.id)),
    profileIds: new Set(profiles.map((r) => r.id)),
  };
}

/** Withdraws the open needs and pauses the active profiles of earlier copies of this fixture in the county. */
async function retireEarlierCopies(ds: DataSource, countyNumber: string): Promise<void> {
  await ds.query(
    `UPDATE knowledge_needs n SET status = 'WITHDRAWN' FROM organizations o
     WHERE o.id = n.organization_id AND o.county_number = $1 AND n.status = 'OPEN' AND n.title = ANY($2::text[])`,
    [countyNumber, FIXTURE_NEED_TITLES],
  );
  await ds.query(
    `UPDATE competence_profiles SET status = 'PAUSED'
     WHERE status = 'ACTIVE' AND $1 = ANY(county_numbers) AND title = ANY($2::text[])`,
    [countyNumber, FIXTURE_PROFILE_TITLES],
  );
}
