import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { useFormContext } from 'react-hook-form';
import type { PublishedFormDocument } from '@mocks/data/forms/published-form';
import { defaultAnswers } from '@/engine/default-answers';
import { parseFormSchema } from '@/engine/parse-form-schema';
import { submissionAnswers } from '@/engine/submission-answers';
import { validateForm, type AnswerError } from '@/engine/validate';
import type { DossierReceipt } from '@/lib/api-contract/dossiers';
import { computeOrigins } from '@/prefill/origins';
import type { PrefillEntries } from '@/prefill/prefill-entry';
import { PrefillProvider, usePrefillModel } from '@/prefill/prefill-provider';
import { EFormProvider } from '@/renderer/eform-provider';
import type { FormSchema } from '@/schema/create-form-schema';
import { submitDossier } from '@/submission/api/submit-dossier';
import { buildSubmission } from '@/submission/build-submission';
import { recordEffort } from './effort-recorder';
import { createTestQueryClient } from './render-form-page';
import { signIn } from './sign-in';

interface Probe {
  values(): Record<string, unknown>;
  set(path: string, value: unknown): void;
  entries: PrefillEntries;
}

function ProbeReporter({ onChange }: { onChange(probe: Probe): void }) {
  const { getValues, setValue } = useFormContext();
  const { entries } = usePrefillModel();
  useEffect(() => {
    onChange({ values: () => getValues(), set: (path, value) => setValue(path, value), entries });
  });
  return null;
}

export interface PersonaCompletion {
  schema: FormSchema;
  /** Answers that would be filed (visible fields only). */
  answers: Record<string, unknown>;
  /** Whole-form validation errors by field path (empty when the dossier can be filed). */
  errors: Map<string, AnswerError[]>;
  /** Answer paths by origin kind. */
  prefilled: string[];
  typed: string[];
  /** Files the dossier through the real submissions API (mocked backend) and returns its receipt. */
  submit(): Promise<DossierReceipt>;
}

export interface PersonaScript {
  /**
   * Answers given first, before waiting for the registries (a related person's số định danh and
   * their consent): they trigger the lookups that fill the rest.
   */
  first?: Record<string, unknown>;
  /** Answer paths that must have been pre-filled before the citizen types the rest. */
  awaitPrefilled: readonly string[];
  /** What only the citizen can say: set after the registries answered, never overwriting a fill. */
  typed: Record<string, unknown>;
}

/**
 * A persona fills a published form the way the app fills it: signed in over the mock identity
 * provider, pre-filled from the mocked registries through the real prefill model, then typing
 * only what the databases cannot know. Use it to prove a procedure can be completed and to
 * measure how much of it the state already knew.
 */
export async function completeAsPersona(
  form: PublishedFormDocument,
  persona: string,
  script: PersonaScript,
): Promise<PersonaCompletion> {
  const parsed = parseFormSchema(form);
  if (!parsed.ok) throw new Error(`the form "${form.id}" is invalid: ${JSON.stringify(parsed.issues)}`);
  const schema = parsed.schema;
  await signIn(persona);
  let probe: Probe | undefined;
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <EFormProvider schema={schema} defaultValues={defaultAnswers(schema)}>
        <PrefillProvider schema={schema}>
          <ProbeReporter
            onChange={(next) => {
              probe = next;
            }}
          />
        </PrefillProvider>
      </EFormProvider>
    </QueryClientProvider>,
  );
  const current = () => {
    if (!probe) throw new Error('not rendered');
    return probe;
  };
  await waitFor(() => expect(current()).toBeDefined());
  if (script.first) {
    const first = script.first;
    act(() => Object.entries(first).forEach(([path, value]) => current().set(path, value)));
  }
  await waitFor(() => expect(Object.keys(current().entries)).toEqual(expect.arrayContaining([...script.awaitPrefilled])));
  act(() => Object.entries(script.typed).forEach(([path, value]) => current().set(path, value)));

  const values = current().values();
  const answers = submissionAnswers(schema, values);
  const origins = computeOrigins(answers, current().entries);
  const byKind = (kind: string) => Object.keys(origins).filter((path) => origins[path]?.kind === kind);
  recordEffort(schema, persona, answers, byKind('prefilled'));
  return {
    schema,
    answers,
    errors: validateForm(schema, values),
    prefilled: byKind('prefilled'),
    typed: byKind('typed'),
    submit: () =>
      submitDossier({
        request: buildSubmission({ formId: schema.id, formVersion: schema.version, answers, origins, now: new Date() }),
        idempotencyKey: crypto.randomUUID(),
      }),
  };
}
