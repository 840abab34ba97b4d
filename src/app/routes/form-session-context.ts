import { createContext, useContext } from 'react';
import type { FormSchema } from '@/schema/create-form-schema';

export interface FormSession {
  schema: FormSchema;
}

/** The form a session page belongs to; provided by `FormSessionRoute` around its pages. */
export const FormSessionContext = createContext<FormSession | null>(null);

export function useFormSession(): FormSession {
  const session = useContext(FormSessionContext);
  if (!session) throw new Error('useFormSession outside FormSessionRoute');
  return session;
}
