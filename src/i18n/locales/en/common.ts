import type { viCommon } from '../vi/common';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** English UI strings; typed against Vietnamese so a missing key fails the type check. */
export const enCommon: Strings<typeof viCommon> = {
  app: {
    name: 'E-forms',
    service: 'Online public services',
    skipLink: 'Skip to main content',
    language: 'Language',
    footer: 'Interactive e-form system for online public services. The data in this trial is synthetic.',
  },
};
