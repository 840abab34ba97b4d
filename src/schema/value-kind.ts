/**
 * Kinds of value a data source can hand to a field. A field type declares which kinds it
 * accepts for a prefill binding, so the builder offers only compatible attributes.
 */
export const valueKinds = [
  'text', 'long-text', 'number', 'money', 'date', 'boolean', 'code', 'code-list',
  'citizen-id', 'tax-code', 'phone', 'email', 'address', 'document',
] as const;
export type ValueKind = (typeof valueKinds)[number];
