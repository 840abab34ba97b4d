import { createContext, useContext, type ReactNode } from 'react';
import type { FormSchema } from '@/schema/create-form-schema';
import type { PrefillSnapshot } from './prefill-store';
import { usePrefill, type PrefillModel, type PreviewAccess } from './use-prefill';

const PrefillContext = createContext<PrefillModel | null>(null);

export function usePrefillModel(): PrefillModel {
  const model = useContext(PrefillContext);
  if (!model) throw new Error('usePrefillModel must be used inside <PrefillProvider>');
  return model;
}

interface PrefillProviderProps {
  schema: FormSchema;
  /** How long a source may take before the citizen is told to type instead. */
  timeoutMs?: number;
  /** A resumed draft's provenance: pre-filled answers stay pre-filled (and locked) after a reload. */
  initial?: PrefillSnapshot | undefined;
  /** The builder's preview: read a test persona's records instead of the signed-in account's. */
  access?: PreviewAccess | undefined;
  children: ReactNode;
}

/**
 * Auto-fill for one form session; goes inside the `EFormProvider` whose answers it fills. Reads
 * nothing while nobody is signed in (there is no one to read records for).
 */
export function PrefillProvider({ schema, timeoutMs, initial, access, children }: PrefillProviderProps) {
  const model = usePrefill(schema, { timeoutMs, initial, access });
  return <PrefillContext.Provider value={model}>{children}</PrefillContext.Provider>;
}
