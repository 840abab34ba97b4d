import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { FormSchema } from '@/schema/create-form-schema';
import { createFormResolver, type FormValues, type ValidationScope } from './form-resolver';

interface EFormSession {
  schema: FormSchema;
  /** Sets what the next validation covers (a page on "continue", everything on "submit"). */
  setScope(scope: ValidationScope): void;
}

const EFormContext = createContext<EFormSession | null>(null);

export function useEForm(): EFormSession {
  const session = useContext(EFormContext);
  if (!session) throw new Error('useEForm must be used inside <EFormProvider>');
  return session;
}

interface EFormProviderProps {
  schema: FormSchema;
  defaultValues: FormValues;
  children: ReactNode;
}

/**
 * One react-hook-form instance holds the answers of every page, so moving between pages and to
 * "check your answers" loses nothing; validation is scoped to the page being continued.
 */
export function EFormProvider({ schema, defaultValues, children }: EFormProviderProps) {
  // The scope lives with the resolver that reads it; both are made once per schema.
  const { resolver, session } = useMemo(() => {
    const holder: { scope: ValidationScope } = { scope: 'all' };
    const setScope = (next: ValidationScope) => {
      holder.scope = next;
    };
    return { resolver: createFormResolver(schema, () => holder.scope), session: { schema, setScope } satisfies EFormSession };
  }, [schema]);
  const methods = useForm<FormValues>({
    defaultValues,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });
  return (
    <FormProvider {...methods}>
      <EFormContext.Provider value={session}>{children}</EFormContext.Provider>
    </FormProvider>
  );
}
