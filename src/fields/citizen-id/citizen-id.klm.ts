import { klm } from '@/klm/estimate';

/** Think, point at the box, click, home to the keyboard, type 12 digits. */
export const estimateCitizenIdKlm = () => klm('M', 'P', 'B', 'H', ['K', 12]);
