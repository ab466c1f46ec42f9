/** Every language has exactly the keys of the Dutch original; the compiler checks it. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
