export * from './reference-data.repository';
export * from './organization.repository';
export * from './mobilization-arena.repository';
export * from './knowledge-need.repository';
export * from './competence-profile.repository';
export * from './contact-person.repository';
export { inTransaction, managerOf } from './repository-support';
export type { Db } from './repository-support';
