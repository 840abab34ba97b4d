import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { FormSchema } from '@/schema/create-form-schema';
import { createAnswerStore, type AnswerState, type AnswerStore } from './answer-store';
import { createFormResolver, type FormValues, type ValidationScope } from './form-resolver';

interface EFormSession {
  schema: FormSchema;
  /** Sets what the next validation covers (a page on "continue", everything on "submit"). */
  setScope(scope: ValidationScope): void;
  /** Per-field subscriptions to the answers; `onInput` tells citizen input from fills. */
  answers: AnswerStore;
}

const EFormContext = createContext<EFormSession | null>(null);

export function useEForm(): EFormSession {
  const session = useContext(EFormContext);
  if (!session) throw new Error('useEForm must be used inside <EFormProvider>');
  return session;
}

/** One answer's value and error; re-renders only when they change. */
export function useAnswer(path: string): AnswerState {
  const { answers } = useEForm();
  const subscribe = useMemo(() => (listener: () => void) => answers.subscribe(path, listener), [answers, path]);
  return useSyncExternalStore(subscribe, () => answers.read(path));
}

interface EFormProviderProps {
  schema: FormSchema;
  defaultValues: FormValues;
  children: ReactNode;
}

/**
 * One react-hook-form instance holds the answers of every page, so moving between pages and to
 * "check your answers" loses nothing; validation is scoped to the page being continued. Fields
 * read their answers through the answer store, never through a form-wide subscription each.
 */
export function EFormProvider({ schema, defaultValues, children }: EFormProviderProps) {
  // The scope lives with the resolver that reads it; both are made once per schema.
  const { resolver, setScope } = useMemo(() => {
    const holder: { scope: ValidationScope } = { scope: 'all' };
    const set = (next: ValidationScope) => {
      holder.scope = next;
    };
    return { resolver: createFormResolver(schema, () => holder.scope), setScope: set };
  }, [schema]);
  const methods = useForm<FormValues>({
    defaultValues,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });
  const { getValues, setValue, subscribe } = methods;
  const answers = useMemo(() => createAnswerStore({ getValues, setValue, subscribe }), [getValues, setValue, subscribe]);
  useEffect(() => answers.connect(), [answers]);
  const session = useMemo(() => ({ schema, setScope, answers }) satisfies EFormSession, [schema, setScope, answers]);
  return (
    <FormProvider {...methods}>
      <EFormContext.Provider value={session}>{children}</EFormContext.Provider>
    </FormProvider>
  );
}
