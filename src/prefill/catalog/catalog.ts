import { businessSource } from './business';
import { birthRegistrationSource, civilStatusSource } from './civil-status';
import { deathNoticeSource } from './death-notice';
import { birthCertificateSource } from './health';
import { identityAccountSource } from './identity-account';
import { insuranceSource } from './insurance';
import { landSource } from './land';
import { drivingLicenceSource } from './driving-licence';
import { populationSource, relatedPersonSource } from './population';
import type { AnyDataSource, SourceAttribute } from './types';

/**
 * THE list of data sources a prefill binding may name. Adding a source: one file here, one line
 * below; bindings, validation, provenance and degradation follow from it.
 */
export const dataSources: readonly AnyDataSource[] = [
  populationSource,
  relatedPersonSource,
  identityAccountSource,
  civilStatusSource,
  birthRegistrationSource,
  birthCertificateSource,
  deathNoticeSource,
  insuranceSource,
  businessSource,
  landSource,
  drivingLicenceSource,
];

const byId = new Map(dataSources.map((source) => [source.id, source]));

export const findSource = (id: string): AnyDataSource | undefined => byId.get(id);

export const findAttribute = (source: AnyDataSource, id: string): SourceAttribute<unknown> | undefined =>
  source.attributes.find((attribute) => attribute.id === id);
