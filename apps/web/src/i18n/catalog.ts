import type { Messages } from './nb';

/** The shape of every message catalogue: the keys of the bokmål one, each a string. */
export type Catalog<T = Messages> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };
