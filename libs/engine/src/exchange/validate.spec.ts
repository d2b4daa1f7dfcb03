import { DEFAULT_SETTINGS } from './settings';
import {
  PROBLEM_LIMITS,
  ProblemValidationError,
  parseProblem,
  parseSettings,
  problemTooLargeMessage,
} from './validate';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function validProblem(): Doc {
  return {
    format: 'brobygger.problem/v1',
    organizations: [
      {
        id: 'm-4601',
        kind: 'MUNICIPALITY',
        name: 'Bergen',
        municipalityNumber: '4601',
        countyNumber: '46',
        population: 291940,
        researchExperience: 'EXTENSIVE',
      },
      { id: 'm-4627', kind: 'MUNICIPALITY', name: 'Askøy', countyNumber: '46', population: 30000 },
      {
        id: 'f-46',
        kind: 'COUNTY_MUNICIPALITY',
        name: 'Vestland fylkeskommune',
        countyNumber: '46',
      },
      {
        id: 'r-1',
        kind: 'RESEARCH_GROUP',
        name: 'Velferd',
        institution: 'Nordlandsforskning',
        institutionType: 'RESEARCH_INSTITUTE',
        countyNumber: '18',
        internationalPartners: true,
      },
      { id: 'b-1', kind: 'BUSINESS', name: 'Firma AS' },
    ],
    needs: [
      {
        id: 'n1',
        organizationId: 'm-4601',
        title: 'Velferdsteknologi i hjemmetjenesten',
        description: 'Digitalt tilsyn',
        themes: ['HEALTH_AND_CARE'],
        projectType: 'INNOVATION_PROJECT',
        language: 'nb',
      },
      { id: 'n2', organizationId: 'f-46', title: 'Overvannshåndtering' },
    ],
    profiles: [
      {
        id: 'p1',
        organizationId: 'r-1',
        title: 'Følgeforskning',
        keywords: ['velferdsteknologi'],
        methods: ['følgeforskning'],
        themes: ['HEALTH_AND_CARE'],
        capacity: 2,
        countyNumbers: ['18', '46'],
        references: [
          { title: 'Rapport', abstract: 'Om tilsyn', year: 2023, url: 'https://example.org' },
        ],
        language: 'nb',
      },
    ],
    exclusions: [{ a: 'm-4601', b: 'r-1', reason: 'conflict of interest' }],
    settings: {},
  };
}

function errorOf(doc: unknown): ProblemValidationError {
  try {
    parseProblem(doc);
  } catch (e) {
    if (e instanceof ProblemValidationError) return e;
    throw e;
  }
  throw new Error('expected a ProblemValidationError');
}

function expectError(
  mutate: (d: Doc) => void,
  path: string,
  reason?: string | RegExp,
): ProblemValidationError {
  const doc = validProblem();
  mutate(doc);
  const err = errorOf(doc);
  expect(err.path).toBe(path);
  expect(err.message.startsWith(`${path}: `)).toBe(true);
  if (typeof reason === 'string') expect(err.reason).toBe(reason);
  else if (reason) expect(err.reason).toMatch(reason);
  return err;
}

describe('parseProblem', () => {
  describe('valid documents', () => {
    it('returns the document typed', () => {
      const doc = validProblem();
      const problem = parseProblem(doc);
      expect(problem.needs[0].id).toBe('n1');
      expect(problem.profiles).toHaveLength(1);
    });

    it('accepts the minimal document with only the required fields', () => {
      const problem = parseProblem({
        format: 'brobygger.problem/v1',
        organizations: [{ id: 'o1' }, { id: 'o2' }],
        needs: [{ id: 'n1', organizationId: 'o1', title: 't' }],
        profiles: [{ id: 'p1', organizationId: 'o2', title: 't' }],
      });
      expect(problem.exclusions).toBeUndefined();
    });

    it('accepts empty collections', () => {
      expect(() =>
        parseProblem({
          format: 'brobygger.problem/v1',
          organizations: [],
          needs: [],
          profiles: [],
        }),
      ).not.toThrow();
    });

    it('accepts a full settings object with every known key', () => {
      const doc = validProblem();
      doc.settings = {
        ...JSON.parse(JSON.stringify(DEFAULT_SETTINGS)),
        locale: 'en',
        pins: [{ needIds: ['n1', 'n2'], profileIds: ['p1'] }],
      };
      expect(() => parseProblem(doc)).not.toThrow();
    });

    it('ignores unknown fields outside settings (forward compatibility)', () => {
      const doc = validProblem();
      doc.needs[0].researchArea = 'CONCRETE_INNOVATION';
      expect(() => parseProblem(doc)).not.toThrow();
    });
  });

  describe('document shape', () => {
    it('rejects a non-object document', () => {
      expect(errorOf([]).message).toBe('(root): expected an object, got an array');
      expect(errorOf(null).path).toBe('(root)');
    });

    it('rejects a wrong or missing format', () => {
      expectError(
        (d) => (d.format = 'brobygger.problem/v2'),
        'format',
        /expected "brobygger.problem\/v1"/,
      );
      expectError((d) => delete d.format, 'format', 'expected "brobygger.problem/v1", got nothing');
    });

    it.each(['organizations', 'needs', 'profiles'])('requires the %s array', (key) => {
      expectError((d) => delete d[key], key, 'required: expected an array');
      expectError((d) => (d[key] = {}), key, 'expected an array, got an object');
    });
  });

  describe('ids', () => {
    it('requires non-empty string ids', () => {
      expectError((d) => (d.needs[1].id = ''), 'needs[1].id', 'must not be empty');
      expectError((d) => (d.profiles[0].id = 7), 'profiles[0].id', 'expected a string, got 7');
      expectError((d) => delete d.organizations[2].id, 'organizations[2].id');
    });

    it('rejects duplicate ids within a collection', () => {
      expectError(
        (d) => (d.needs[1].id = 'n1'),
        'needs[1].id',
        'duplicate id "n1" (already used by needs[0])',
      );
      expectError(
        (d) => (d.organizations[4].id = 'r-1'),
        'organizations[4].id',
        /duplicate id "r-1"/,
      );
    });

    it('allows the same id in different collections', () => {
      const doc = validProblem();
      doc.profiles[0].id = 'n1';
      expect(() => parseProblem(doc)).not.toThrow();
    });

    it('rejects an over-long id', () => {
      expectError(
        (d) => (d.needs[0].id = 'x'.repeat(201)),
        'needs[0].id',
        /too long \(201 characters\)/,
      );
    });
  });

  describe('references between collections', () => {
    it('requires needs to belong to an existing organization', () => {
      expectError(
        (d) => (d.needs[0].organizationId = 'm-9999'),
        'needs[0].organizationId',
        'unknown organization "m-9999"',
      );
      expectError(
        (d) => delete d.needs[0].organizationId,
        'needs[0].organizationId',
        /expected a string/,
      );
    });

    it('requires needs to belong to a municipality or county municipality', () => {
      expectError(
        (d) => (d.needs[0].organizationId = 'r-1'),
        'needs[0].organizationId',
        'organization "r-1" is a RESEARCH_GROUP; expected MUNICIPALITY or COUNTY_MUNICIPALITY',
      );
      expectError(
        (d) => (d.needs[1].organizationId = 'b-1'),
        'needs[1].organizationId',
        /is a BUSINESS/,
      );
    });

    it('requires profiles to belong to a research group', () => {
      expectError(
        (d) => (d.profiles[0].organizationId = 'm-4601'),
        'profiles[0].organizationId',
        'organization "m-4601" is a MUNICIPALITY; expected RESEARCH_GROUP',
      );
    });

    it('requires exclusions to name existing, different organizations', () => {
      expectError(
        (d) => (d.exclusions[0].b = 'nope'),
        'exclusions[0].b',
        'unknown organization "nope"',
      );
      expectError((d) => (d.exclusions[0].b = 'm-4601'), 'exclusions[0].b', /excluded from itself/);
      expectError(
        (d) => (d.exclusions = [{ a: 'm-4601' }]),
        'exclusions[0].b',
        /expected a string/,
      );
      expectError((d) => (d.exclusions = 'x'), 'exclusions', /expected an array/);
    });
  });

  describe('enums', () => {
    it('checks projectType with the documented message', () => {
      const err = expectError(
        (d) => (d.needs[1].projectType = 'MAIN_PROJECT'),
        'needs[1].projectType',
      );
      expect(err.message).toBe(
        'needs[1].projectType: expected one of PRE_PROJECT, INNOVATION_PROJECT, COMPETENCE_PROJECT',
      );
    });

    it('checks every enum field', () => {
      expectError(
        (d) => (d.organizations[0].kind = 'CITY'),
        'organizations[0].kind',
        /expected one of MUNICIPALITY/,
      );
      expectError(
        (d) => (d.organizations[0].researchExperience = 'LOTS'),
        'organizations[0].researchExperience',
        'expected one of NONE, SOME, EXTENSIVE',
      );
      expectError(
        (d) => (d.organizations[3].institutionType = 'SCHOOL'),
        'organizations[3].institutionType',
        'expected one of UNIVERSITY, UNIVERSITY_COLLEGE, RESEARCH_INSTITUTE',
      );
      expectError(
        (d) => (d.needs[0].language = 'sv'),
        'needs[0].language',
        'expected one of nb, nn, en',
      );
      expectError(
        (d) => (d.profiles[0].language = 'de'),
        'profiles[0].language',
        'expected one of nb, nn, en',
      );
      expectError(
        (d) => (d.needs[0].themes = ['HEALTH_AND_CARE', 'HEALTH']),
        'needs[0].themes[1]',
        /expected one of HEALTH_AND_CARE, /,
      );
      expectError(
        (d) => (d.profiles[0].themes = 'HEALTH_AND_CARE'),
        'profiles[0].themes',
        /expected an array/,
      );
    });
  });

  describe('numbers and formats', () => {
    it('checks capacity', () => {
      expectError(
        (d) => (d.profiles[0].capacity = -1),
        'profiles[0].capacity',
        'must be ≥ 0, got -1',
      );
      expectError(
        (d) => (d.profiles[0].capacity = 1.5),
        'profiles[0].capacity',
        'expected an integer, got 1.5',
      );
      expectError(
        (d) => (d.profiles[0].capacity = '2'),
        'profiles[0].capacity',
        'expected an integer, got "2"',
      );
    });

    it('accepts capacity 0 (not available)', () => {
      const doc = validProblem();
      doc.profiles[0].capacity = 0;
      expect(() => parseProblem(doc)).not.toThrow();
    });

    it('checks population and reference years', () => {
      expectError(
        (d) => (d.organizations[0].population = -5),
        'organizations[0].population',
        /must be ≥ 0/,
      );
      expectError(
        (d) => (d.profiles[0].references[0].year = 23),
        'profiles[0].references[0].year',
        /must be ≥ 1800/,
      );
      expectError(
        (d) => (d.profiles[0].references[0].year = '2023'),
        'profiles[0].references[0].year',
        /expected an integer/,
      );
    });

    it('checks county and municipality numbers', () => {
      expectError(
        (d) => (d.profiles[0].countyNumbers = ['18', '4']),
        'profiles[0].countyNumbers[1]',
        'expected a two-digit string, got "4"',
      );
      expectError(
        (d) => (d.profiles[0].countyNumbers = [18]),
        'profiles[0].countyNumbers[0]',
        'expected a two-digit string, got 18',
      );
      expectError(
        (d) => (d.organizations[1].countyNumber = '460'),
        'organizations[1].countyNumber',
      );
      expectError(
        (d) => (d.organizations[0].municipalityNumber = '46O1'),
        'organizations[0].municipalityNumber',
        /four-digit/,
      );
    });

    it('checks booleans', () => {
      expectError(
        (d) => (d.organizations[3].internationalPartners = 'yes'),
        'organizations[3].internationalPartners',
        'expected true or false, got "yes"',
      );
    });
  });

  describe('strings', () => {
    it('requires a non-empty title', () => {
      expectError(
        (d) => delete d.needs[0].title,
        'needs[0].title',
        'expected a string, got undefined',
      );
      expectError((d) => (d.profiles[0].title = '   '), 'profiles[0].title', 'must not be empty');
      expectError(
        (d) => (d.profiles[0].references[0] = { abstract: 'x' }),
        'profiles[0].references[0].title',
      );
    });

    it('limits title and description length', () => {
      expectError(
        (d) => (d.needs[0].title = 'a'.repeat(501)),
        'needs[0].title',
        'too long (501 characters); the limit is 500',
      );
      expectError(
        (d) => (d.profiles[0].description = 'a'.repeat(20_001)),
        'profiles[0].description',
        'too long (20001 characters); the limit is 20000',
      );
      const doc = validProblem();
      doc.needs[0].title = 'a'.repeat(500);
      doc.needs[0].description = 'ø'.repeat(20_000);
      expect(() => parseProblem(doc)).not.toThrow();
    });

    it('checks keyword and method lists', () => {
      expectError(
        (d) => (d.profiles[0].keywords = ['ok', 3]),
        'profiles[0].keywords[1]',
        'expected a string, got 3',
      );
      expectError((d) => (d.profiles[0].methods = {}), 'profiles[0].methods', /expected an array/);
    });
  });

  describe('size limits', () => {
    it('rejects too many needs with a clear message', () => {
      const doc = validProblem();
      doc.needs = new Array(PROBLEM_LIMITS.needs + 1).fill(doc.needs[1]);
      const err = errorOf(doc);
      expect(err.message).toBe(
        `needs: too many needs (${PROBLEM_LIMITS.needs + 1}); the limit is 200000`,
      );
    });

    it('rejects too many profiles', () => {
      expectError(
        (d) => (d.profiles = new Array(PROBLEM_LIMITS.profiles + 1).fill(d.profiles[0])),
        'profiles',
        /too many profiles \(50001\); the limit is 50000/,
      );
    });

    it('formats the byte-size message', () => {
      expect(problemTooLargeMessage(300 * 1024 * 1024)).toBe(
        'problem is too large: 300.0 MB (314572800 bytes); the limit is 200.0 MB (209715200 bytes)',
      );
    });
  });

  describe('settings', () => {
    it.each(Object.keys(DEFAULT_SETTINGS))(
      'type-checks the setting %s (every default has a validator)',
      (key) => {
        expectError((d) => (d.settings = { [key]: '%not valid%' }), `settings.${key}`);
      },
    );

    it('rejects unknown keys at any depth', () => {
      expectError((d) => (d.settings = { timelimit: 5 }), 'settings.timelimit', 'unknown setting');
      expectError(
        (d) => (d.settings = { sizes: { INNOVATION_PROJECT: { maxMunicpalities: 3 } } }),
        'settings.sizes.INNOVATION_PROJECT.maxMunicpalities',
        'unknown setting',
      );
      expectError(
        (d) => (d.settings = { sizes: { MAIN_PROJECT: {} } }),
        'settings.sizes.MAIN_PROJECT',
        'unknown setting',
      );
      expectError(
        (d) => (d.settings = { affinityWeights: { txt: 1 } }),
        'settings.affinityWeights.txt',
        'unknown setting',
      );
      expectError(
        (d) => (d.settings = { pins: [{ needIds: ['n1'], leader: 'm-4601' }] }),
        'settings.pins[0].leader',
        'unknown setting',
      );
    });

    it('requires settings to be an object', () => {
      expectError((d) => (d.settings = []), 'settings', 'expected an object, got an array');
    });

    it('checks locale and timeLimitSeconds', () => {
      expectError(
        (d) => (d.settings = { locale: 'se' }),
        'settings.locale',
        'expected one of nb, nn, en',
      );
      for (const locale of ['nb', 'nn', 'en']) {
        const doc = validProblem();
        doc.settings = { locale };
        expect(parseProblem(doc).settings).toEqual({ locale });
      }
      expectError(
        (d) => (d.settings = { timeLimitSeconds: 0 }),
        'settings.timeLimitSeconds',
        'must be > 0 and ≤ 600, got 0',
      );
      expectError(
        (d) => (d.settings = { timeLimitSeconds: 601 }),
        'settings.timeLimitSeconds',
        /≤ 600/,
      );
      expectError(
        (d) => (d.settings = { timeLimitSeconds: '5' }),
        'settings.timeLimitSeconds',
        /expected a number/,
      );
    });

    it('checks sizes: integers, min ≤ max (merged with the defaults)', () => {
      expectError(
        (d) => (d.settings = { sizes: { PRE_PROJECT: { minMunicipalities: 0 } } }),
        'settings.sizes.PRE_PROJECT.minMunicipalities',
        'must be ≥ 1, got 0',
      );
      expectError(
        (d) => (d.settings = { sizes: { INNOVATION_PROJECT: { maxResearchGroups: 1 } } }),
        'settings.sizes.INNOVATION_PROJECT.maxResearchGroups',
        'minResearchGroups (2) must be ≤ maxResearchGroups (1)',
      );
      expectError(
        (d) => (d.settings = { sizes: { INNOVATION_PROJECT: { minMunicipalities: 7 } } }),
        'settings.sizes.INNOVATION_PROJECT.minMunicipalities',
        /minMunicipalities \(7\) must be ≤ maxMunicipalities \(6\)/,
      );
      expectError(
        (d) => (d.settings = { sizes: { PRE_PROJECT: { maxMunicipalities: 2.5 } } }),
        'settings.sizes.PRE_PROJECT.maxMunicipalities',
        /expected an integer/,
      );
    });

    it('checks weights ≥ 0 and fractions in [0, 1]', () => {
      expectError(
        (d) => (d.settings = { consortiumWeights: { diversity: -0.1 } }),
        'settings.consortiumWeights.diversity',
        'must be ≥ 0, got -0.1',
      );
      expectError(
        (d) => (d.settings = { affinityWeights: { text: null } }),
        'settings.affinityWeights.text',
        'expected a number, got null',
      );
      expectError(
        (d) => (d.settings = { minAffinity: 1.5 }),
        'settings.minAffinity',
        /between 0 and 1/,
      );
      expectError(
        (d) => (d.settings = { minNeedSimilarity: -1 }),
        'settings.minNeedSimilarity',
        /between 0 and 1/,
      );
    });

    it('checks booleans, project types and maxExactCandidates', () => {
      expectError(
        (d) => (d.settings = { enforceRegion: 1 }),
        'settings.enforceRegion',
        /true or false/,
      );
      expectError(
        (d) => (d.settings = { projectTypes: [] }),
        'settings.projectTypes',
        /at least one/,
      );
      expectError(
        (d) => (d.settings = { projectTypes: ['PRE_PROJECT', 'PRE_PROJECT'] }),
        'settings.projectTypes[1]',
        'duplicate project type PRE_PROJECT',
      );
      expectError(
        (d) => (d.settings = { maxExactCandidates: -1 }),
        'settings.maxExactCandidates',
        /≥ 0/,
      );
    });

    it('checks that pins and exclusions refer to existing ids', () => {
      expectError(
        (d) => (d.settings = { pins: [{ needIds: ['n1', 'n9'] }] }),
        'settings.pins[0].needIds[1]',
        'unknown need "n9"',
      );
      expectError(
        (d) => (d.settings = { pins: [{ needIds: ['n1'], profileIds: ['p9'] }] }),
        'settings.pins[0].profileIds[0]',
        'unknown profile "p9"',
      );
      expectError(
        (d) => (d.settings = { pins: [{ profileIds: ['p1'] }] }),
        'settings.pins[0].needIds',
        /required/,
      );
      expectError(
        (d) => (d.settings = { pins: [{ needIds: [] }] }),
        'settings.pins[0].needIds',
        /at least one need/,
      );
      expectError(
        (d) => (d.settings = { excludeIds: ['n1', 'zz'] }),
        'settings.excludeIds[1]',
        'unknown need or profile "zz"',
      );
    });

    it('rejects contradictory pins', () => {
      expectError(
        (d) => (d.settings = { pins: [{ needIds: ['n1'] }, { needIds: ['n2', 'n1'] }] }),
        'settings.pins[1].needIds[1]',
        'need "n1" is already pinned by settings.pins[0]',
      );
      expectError(
        (d) =>
          (d.settings = { excludeIds: ['p1'], pins: [{ needIds: ['n1'], profileIds: ['p1'] }] }),
        'settings.pins[0].profileIds[0]',
        'profile "p1" is both pinned and in settings.excludeIds',
      );
    });
  });

  describe('first bad value', () => {
    it('reports the first error in document order', () => {
      const doc = validProblem();
      doc.needs[0].projectType = 'X';
      doc.needs[1].language = 'x';
      doc.settings = { bogus: true };
      expect(errorOf(doc).path).toBe('needs[0].projectType');
    });

    it('reports a bad field before a later duplicate id', () => {
      const doc = validProblem();
      doc.organizations[1].kind = 'TOWN';
      doc.organizations[4].id = 'm-4601';
      expect(errorOf(doc).path).toBe('organizations[1].kind');
    });
  });
});

describe('parseSettings', () => {
  function settingsError(settings: unknown, known?: Parameters<typeof parseSettings>[1]) {
    try {
      parseSettings(settings, known);
    } catch (e) {
      if (e instanceof ProblemValidationError) return e;
      throw e;
    }
    throw new Error('expected a ProblemValidationError');
  }

  it('gives the same path and message as the same settings inside a problem', () => {
    const cases: unknown[] = [
      [],
      { locale: 'se' },
      { timelimit: 5 },
      { sizes: { INNOVATION_PROJECT: { maxResearchGroups: 1 } } },
      { consortiumWeights: { diversity: -0.1 } },
      { projectTypes: ['PRE_PROJECT', 'PRE_PROJECT'] },
      { pins: [{ needIds: ['n1'] }, { needIds: ['n2', 'n1'] }] },
      { excludeIds: ['p1'], pins: [{ needIds: ['n1'], profileIds: ['p1'] }] },
      { pins: [{ needIds: ['n1', 'n9'] }] },
      { excludeIds: ['n1', 'zz'] },
    ];
    const known = { needIds: new Set(['n1', 'n2']), profileIds: new Set(['p1']) };
    for (const settings of cases) {
      const doc = validProblem();
      doc.settings = settings;
      const inProblem = errorOf(doc);
      const alone = settingsError(settings, known);
      expect([alone.path, alone.message]).toEqual([inProblem.path, inProblem.message]);
    }
  });

  it('returns valid settings typed, with ids unchecked when no ids are given', () => {
    const settings = { locale: 'nn', pins: [{ needIds: ['anything'] }], excludeIds: ['x'] };
    expect(parseSettings(settings)).toBe(settings);
    expect(settingsError(settings, { needIds: new Set(), profileIds: new Set() }).path).toBe(
      'settings.excludeIds[0]',
    );
  });
});
