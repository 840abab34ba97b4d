import { singleChoiceAnswerSchema } from '../shared/choice-answer';
import type { RadiosConfig } from './radios.config';

/** The value of the chosen option, '' for none. */
export const radiosAnswerSchema = (config: RadiosConfig) => singleChoiceAnswerSchema(config, 'radios');
