/** The shape of a Vietnamese text module with every text a string: what its English twin must fill. */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
