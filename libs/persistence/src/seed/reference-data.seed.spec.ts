import { institutionTypeOf, readReferenceData } from './reference-data.seed';
import { sizeClassOf } from '../enums';

describe('institutionTypeOf', () => {
  it('maps the Research Council sectors to the three institution types', () => {
    expect(institutionTypeOf('UoH-sektor / Universiteter')).toBe('UNIVERSITY');
    expect(institutionTypeOf('UoH-sektor / Statlige høyskoler')).toBe('UNIVERSITY_COLLEGE');
    expect(institutionTypeOf('UoH-sektor / Vitenskapelige høyskoler')).toBe('UNIVERSITY_COLLEGE');
    expect(institutionTypeOf('Instituttsektor / Miljøinstitutter')).toBe('RESEARCH_INSTITUTE');
    expect(() => institutionTypeOf('Something else')).toThrow(/unknown kind/);
  });
});

describe('sizeClassOf', () => {
  it('uses the KOSTRA limits 5,000 and 20,000', () => {
    expect(sizeClassOf(219)).toBe('SMALL');
    expect(sizeClassOf(4999)).toBe('SMALL');
    expect(sizeClassOf(5000)).toBe('MEDIUM');
    expect(sizeClassOf(19999)).toBe('MEDIUM');
    expect(sizeClassOf(20000)).toBe('LARGE');
  });
});

describe('readReferenceData', () => {
  it('reads every row of the project copy and never fills empty cells', () => {
    const data = readReferenceData();
    expect(data.counties).toHaveLength(15);
    expect(data.municipalities).toHaveLength(357);
    expect(data.researchInstitutions).toHaveLength(87);
    const tfou = data.researchInstitutions.find((r) => r.short_name === 'TFoU')!;
    expect(tfou).toMatchObject({
      city: null,
      county_number: null,
      org_number: null,
      municipality_number: null,
    });
  });
});
