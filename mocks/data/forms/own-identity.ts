import { fromPopulation } from './bindings';
import { text, type PublishedField } from './published-form';

/**
 * The signed-in citizen's own full name, as nearly every declaration opens: locked from the
 * population database (corrected there, never on the form). `extra` carries what a form words
 * differently (the label of the CT01, a hint).
 */
export const ownFullName = (id: string, extra: Partial<PublishedField> = {}): PublishedField => ({
  id,
  type: 'text',
  label: text('Họ, chữ đệm và tên', 'Full name'),
  required: true,
  maxLength: 100,
  width: 'full',
  autocomplete: 'name',
  expectedLength: 18,
  ...extra,
  ...fromPopulation('hoTen', 'locked'),
});
