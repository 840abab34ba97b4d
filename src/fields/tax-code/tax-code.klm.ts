import { klm } from '@/klm/estimate';

/** Think (recall or look up the code), point, click, home to the keyboard, type 10 digits. */
export const estimateTaxCodeKlm = () => klm('M', 'P', 'B', 'H', ['K', 10]);
