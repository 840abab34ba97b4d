import type { MessageStrings } from '../shared/define-messages';
import type { addressMessages } from './address.messages';

/** English of `addressMessages`, loaded when a citizen chooses English. */
export default {
  typeName: 'Address',
  province: 'Province or city',
  ward: 'Commune, ward or special zone',
  street: 'Street address',
  streetHint: 'House number, street, village or residential group',
  chooseProvinceFirst: 'Choose the province or city first.',
  loading: 'Loading the list of communes and wards…',
  loadFailed: 'The list of communes and wards could not be loaded. What you have entered is kept.',
  retry: 'Load the list again',
  noResults: 'No matching results',
  truncated: 'Showing {{shown}} of {{total}} results; type more to narrow them down',
  errors: {
    province: 'Choose the province or city of the {{labelLower}}',
    provinceUnknown: 'The province of the {{labelLower}} is not in the list; choose it again',
    ward: 'Choose the commune, ward or special zone of the {{labelLower}}',
    wardUnknown: 'The commune or ward of the {{labelLower}} is not valid; choose it again',
    wardNotInProvince: 'The commune or ward of the {{labelLower}} is not in the province you chose; choose it again',
    street: 'Enter the house number and street, village or group of the {{labelLower}}',
    streetCharacters: 'The street address contains characters that are not allowed',
    streetEmoji: 'The street address must not contain emoji',
    streetTooLong: 'The street address must be {{max}} characters or fewer',
  },
} satisfies MessageStrings<typeof addressMessages>;
