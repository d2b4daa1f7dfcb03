/**
 * Public entry of the matching engine (`@brobygger/engine`). Pure TypeScript: no Nest, TypeORM, BullMQ or
 * file-system imports anywhere below this folder.
 */
export * from './exchange/types';
export * from './exchange/settings';
export * from './exchange/validate';
export * from './model/affinity-model';
export * from './model/interest-evidence';
export * from './model/similar-needs';
export * from './text';
export * from './consortium';
export * from './model/sharded-scoring';
