import { klm } from '@/klm/estimate';
import type { FileConfig } from './file.config';

/**
 * Per file the citizen expects to attach (one when required): decide which document (M), click
 * "choose" (P B), find the file in the dialog (M), open it (P B B: a double click).
 */
export const estimateFileKlm = (config: FileConfig) =>
  config.required ? klm('M', 'P', 'B', 'M', 'P', 'B', 'B') : klm('M');
