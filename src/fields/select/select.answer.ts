import { singleChoiceAnswerSchema } from '../shared/choice-answer';
import type { SelectConfig } from './select.config';

/** The value of the chosen option, '' for none. */
export const selectAnswerSchema = (config: SelectConfig) => singleChoiceAnswerSchema(config, 'select');
