import { registerEnumType } from '@nestjs/graphql';
import {
  GENDERS,
  INSTITUTION_TYPES,
  LANGUAGES,
  NEED_STATUSES,
  ORGANIZATION_KINDS,
  PROFILE_STATUSES,
  PROJECT_TYPES,
  REFERENCE_KINDS,
  RESEARCH_AREAS,
  RESEARCH_EXPERIENCE,
  SIZE_CLASSES,
  THEMES,
} from '@brobygger/persistence/enums';

/**
 * GraphQL enums built from the stored value lists (one source of truth: the persistence enums, which reuse the
 * engine's exchange-format values). Each object maps a value to itself, as registerEnumType wants.
 */
function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

export const OrganizationKindEnum = enumObject(ORGANIZATION_KINDS);
export const ResearchExperienceEnum = enumObject(RESEARCH_EXPERIENCE);
export const InstitutionTypeEnum = enumObject(INSTITUTION_TYPES);
export const ProjectTypeEnum = enumObject(PROJECT_TYPES);
export const LanguageEnum = enumObject(LANGUAGES);
export const ThemeEnum = enumObject(THEMES);
export const ResearchAreaEnum = enumObject(RESEARCH_AREAS);
export const NeedStatusEnum = enumObject(NEED_STATUSES);
export const ProfileStatusEnum = enumObject(PROFILE_STATUSES);
export const SizeClassEnum = enumObject(SIZE_CLASSES);
export const ReferenceKindEnum = enumObject(REFERENCE_KINDS);
export const GenderEnum = enumObject(GENDERS);

registerEnumType(OrganizationKindEnum, { name: 'OrganizationKind' });
registerEnumType(ResearchExperienceEnum, { name: 'ResearchExperience' });
registerEnumType(InstitutionTypeEnum, { name: 'InstitutionType' });
registerEnumType(ProjectTypeEnum, { name: 'ProjectType' });
registerEnumType(LanguageEnum, {
  name: 'Language',
  description: 'nb = Norwegian bokmål, nn = nynorsk, en = English',
});
registerEnumType(ThemeEnum, { name: 'Theme' });
registerEnumType(ResearchAreaEnum, { name: 'ResearchArea' });
registerEnumType(NeedStatusEnum, { name: 'NeedStatus' });
registerEnumType(ProfileStatusEnum, { name: 'ProfileStatus' });
registerEnumType(SizeClassEnum, {
  name: 'SizeClass',
  description: 'SMALL < 5,000 inhabitants, MEDIUM < 20,000, LARGE otherwise',
});
registerEnumType(ReferenceKindEnum, { name: 'ReferenceKind' });
registerEnumType(GenderEnum, { name: 'Gender' });
