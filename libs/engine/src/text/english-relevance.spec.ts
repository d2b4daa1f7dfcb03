/**
 * English text relevance: an all-English problem in the shape of reviewer–paper expertise ranking (a profile is a
 * short text and the papers it wrote; a need reads like an abstract). Checks that English is analysed as well as
 * Norwegian: inflections meet (Porter), function words never match, evidence held in references counts, and a
 * profile whose many papers cover a topic is not beaten by a short profile that shares one word of it.
 */
import { resolveSettings } from '../exchange/settings';
import { Problem, ProblemProfile } from '../exchange/types';
import { scoreProblem } from './score';

const reference = (title: string, abstract: string): { title: string; abstract: string } => ({
  title,
  abstract,
});

const profiles: ProblemProfile[] = [
  {
    id: 'p-hydrology',
    organizationId: 'r-1',
    title: 'Hydrology group',
    description: 'We study water in cities and regions.',
    references: [
      reference(
        'Urban flooding after cloudbursts',
        'Heavy rainfall overwhelms stormwater pipes; we model surface runoff and flood risk in towns.',
      ),
      reference(
        'Nature-based stormwater management',
        'Green roofs, rain gardens and open waterways reduce the peak runoff of intense rainfall events.',
      ),
      reference(
        'Climate adaptation in small municipalities',
        'Planning tools for flood risk, landslides and sea level rise where planning staff are few.',
      ),
      reference(
        'Sediment transport in regulated rivers',
        'Field measurements of bed load in hydropower rivers and consequences for fish habitat.',
      ),
    ],
  },
  {
    id: 'p-visualisation',
    organizationId: 'r-2',
    title: 'Rainfall data visualisation',
  },
  {
    id: 'p-ageing',
    organizationId: 'r-3',
    title: 'Ageing and care',
    description: 'Home care services, welfare technology and dementia care in the municipalities.',
    references: [
      reference(
        'Remote monitoring of older adults living at home',
        'Sensors and video consultations in home-based care: what nurses and relatives experience.',
      ),
      reference(
        'Dementia-friendly communities',
        'How local services support people living with dementia and their families.',
      ),
    ],
  },
  {
    id: 'p-schools',
    organizationId: 'r-4',
    title: 'School research',
    description:
      'Absence from school, teachers and pupils, and the transition to upper secondary school.',
  },
];

const problem: Problem = {
  format: 'brobygger.problem/v1',
  organizations: [
    { id: 'm-1', kind: 'MUNICIPALITY' },
    { id: 'r-1', kind: 'RESEARCH_GROUP' },
    { id: 'r-2', kind: 'RESEARCH_GROUP' },
    { id: 'r-3', kind: 'RESEARCH_GROUP' },
    { id: 'r-4', kind: 'RESEARCH_GROUP' },
  ],
  needs: [
    {
      id: 'n-flood',
      organizationId: 'm-1',
      title: 'Flooded streets after heavy rainfall',
      description:
        'Our town needs to plan for cloudbursts and the runoff that our stormwater pipes cannot take.',
    },
    {
      id: 'n-monitoring',
      organizationId: 'm-1',
      title: 'Monitoring older people who live at home',
      description: 'We want to try sensors in home care and learn what the nurses think.',
    },
    {
      id: 'n-absence',
      organizationId: 'm-1',
      title: 'Pupils absent from school',
      description: 'Absence is growing among our pupils; we want to understand why.',
    },
  ],
  profiles,
};

function ranking(needId: string): Array<{ profileId: string; text: number; shared: string[] }> {
  const doc = scoreProblem(problem, resolveSettings({}), { top: profiles.length });
  return doc.scores
    .filter((s) => s.needId === needId)
    .map((s) => ({ profileId: s.profileId, text: s.components.text, shared: s.sharedTerms }));
}

describe('English text relevance (reviewer–paper shape)', () => {
  it('ranks the profile whose papers are about the need first, for every need', () => {
    expect(ranking('n-flood')[0].profileId).toBe('p-hydrology');
    expect(ranking('n-monitoring')[0].profileId).toBe('p-ageing');
    expect(ranking('n-absence')[0].profileId).toBe('p-schools');
  });

  it('meets inflected forms through the English stemmer (flooded/flooding, pupils/pupil, monitoring)', () => {
    const flood = ranking('n-flood').find((r) => r.profileId === 'p-hydrology')!;
    expect(flood.shared).toEqual(expect.arrayContaining(['rainfall', 'runoff', 'stormwater']));
    expect(flood.shared.some((w) => w.startsWith('flood'))).toBe(true);
    const ageing = ranking('n-monitoring').find((r) => r.profileId === 'p-ageing')!;
    expect(ageing.shared.some((w) => w.startsWith('monitor'))).toBe(true);
  });

  it('ranks a profile with many papers on the topic above a short profile sharing one word of it', () => {
    const flood = ranking('n-flood');
    const long = flood.find((r) => r.profileId === 'p-hydrology')!;
    const short = flood.find((r) => r.profileId === 'p-visualisation')!;
    expect(short.shared).toEqual(['rainfall']);
    expect(long.text).toBeGreaterThan(short.text);
  });

  it('never matches on English function words', () => {
    for (const need of problem.needs) {
      for (const r of ranking(need.id)) {
        for (const word of ['the', 'our', 'we', 'and', 'what', 'who', 'after', 'cannot', 'want'])
          expect(r.shared).not.toContain(word);
      }
    }
    // the absence need shares no topic word with the hydrology group
    expect(ranking('n-absence').find((r) => r.profileId === 'p-hydrology')!.text).toBe(0);
  });
});
