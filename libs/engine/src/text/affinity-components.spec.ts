import { DEFAULT_SETTINGS } from '../exchange/settings';
import { ProblemNeed } from '../exchange/types';
import {
  calibrateText,
  NEUTRAL,
  projectTypeFit,
  regionFit,
  themeMask,
  themeOverlap,
} from './affinity-components';

const need = (projectType?: ProblemNeed['projectType']): ProblemNeed => ({
  id: 'n',
  organizationId: 'm',
  title: 't',
  projectType,
});

describe('themeOverlap', () => {
  it('is the overlap coefficient of the theme sets', () => {
    const a = themeMask(['HEALTH_AND_CARE']);
    const b = themeMask(['HEALTH_AND_CARE', 'DIGITALISATION', 'PUBLIC_PROCUREMENT']);
    expect(themeOverlap(a, b)).toBe(1);
    expect(
      themeOverlap(
        themeMask(['HEALTH_AND_CARE', 'DIGITALISATION']),
        themeMask(['DIGITALISATION', 'CIRCULAR_ECONOMY']),
      ),
    ).toBe(0.5);
    expect(themeOverlap(themeMask(['HEALTH_AND_CARE']), themeMask(['CIRCULAR_ECONOMY']))).toBe(0);
  });

  it('is neutral when either side has no themes', () => {
    expect(themeOverlap(0, themeMask(['HEALTH_AND_CARE']))).toBe(NEUTRAL);
    expect(themeOverlap(themeMask([]), 0)).toBe(NEUTRAL);
  });
});

describe('regionFit', () => {
  it('is 1 for national groups and groups serving the county, 0 otherwise', () => {
    expect(regionFit('18', null)).toBe(1);
    expect(regionFit('18', new Set(['18', '55']))).toBe(1);
    expect(regionFit('46', new Set(['18', '55']))).toBe(0);
  });

  it('is neutral when the need owner has no county', () => {
    expect(regionFit(undefined, new Set(['18']))).toBe(NEUTRAL);
  });
});

describe('projectTypeFit', () => {
  const intl = { id: 'r', kind: 'RESEARCH_GROUP' as const, internationalPartners: true };
  const local = { id: 'r', kind: 'RESEARCH_GROUP' as const, internationalPartners: false };
  const unknown = { id: 'r', kind: 'RESEARCH_GROUP' as const };

  it('accepts any group for pre-projects, innovation projects and untyped needs', () => {
    expect(projectTypeFit(need('PRE_PROJECT'), local, DEFAULT_SETTINGS)).toBe(1);
    expect(projectTypeFit(need('INNOVATION_PROJECT'), local, DEFAULT_SETTINGS)).toBe(1);
    expect(projectTypeFit(need(undefined), local, DEFAULT_SETTINGS)).toBe(1);
  });

  it('wants international partners for competence projects (1 / 0.5 / 0)', () => {
    expect(projectTypeFit(need('COMPETENCE_PROJECT'), intl, DEFAULT_SETTINGS)).toBe(1);
    expect(projectTypeFit(need('COMPETENCE_PROJECT'), unknown, DEFAULT_SETTINGS)).toBe(NEUTRAL);
    expect(projectTypeFit(need('COMPETENCE_PROJECT'), local, DEFAULT_SETTINGS)).toBe(0);
  });

  it('follows requireInternationalPartnersForCompetenceProjects and rejects non-research leads', () => {
    const relaxed = {
      ...DEFAULT_SETTINGS,
      requireInternationalPartnersForCompetenceProjects: false,
    };
    expect(projectTypeFit(need('COMPETENCE_PROJECT'), local, relaxed)).toBe(1);
    expect(projectTypeFit(need('COMPETENCE_PROJECT'), { id: 'b', kind: 'BUSINESS' }, relaxed)).toBe(
      0,
    );
  });
});

describe('calibrateText', () => {
  it('is the monotone square root of the cosine, clamped to [0, 1]', () => {
    expect(calibrateText(0)).toBe(0);
    expect(calibrateText(0.25)).toBe(0.5);
    expect(calibrateText(1.0000001)).toBe(1);
    expect(calibrateText(0.1)).toBeLessThan(calibrateText(0.2));
  });
});
