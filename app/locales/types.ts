type PluralCategory = "zero" | "two" | "few" | "many";

/**
 * Plural forms Dutch does not have: a language may add them next to a counted key ("placesLeft_one" in Dutch lets
 * Arabic also say "placesLeft_two", "placesLeft_few"...). i18next picks them with Intl.PluralRules.
 */
type ExtraPluralForms<T> = {
  [K in keyof T as K extends `${infer Base}_one` ? `${Base}_${PluralCategory}` : never]?: string;
};

/** Every language has the keys of the Dutch original (and may add plural forms); the compiler checks it. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> } & ExtraPluralForms<T>;
