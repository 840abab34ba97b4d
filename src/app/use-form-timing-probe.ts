import { useMemo } from 'react';
import { matchPath, useLocation } from '@/lib/navigation';
import { useSession } from '@/identity/use-session';
import { usePrefillModel } from '@/prefill/prefill-provider';
import { useEForm } from '@/renderer/eform-provider';
import { useFormTiming } from '@/session-timing/use-form-timing';
import { submitDossier } from '@/submission/api/submit-dossier';

/** Check your answers counts as a page of its own in the timing. */
const checkAnswersPageId = 'kiem-tra';

/**
 * Composes session timing with what only the app knows: the sign-in time (identity), what was
 * pre-filled (prefill), the page in the URL and which mutation files the dossier (submission).
 * Called once inside the form session's providers.
 */
export function useFormTimingProbe(): void {
  const { schema } = useEForm();
  const session = useSession();
  const { entries } = usePrefillModel();
  const { pathname } = useLocation();
  const prefilledPaths = useMemo(() => Object.keys(entries), [entries]);
  const pageId =
    matchPath('/bieu-mau/:formId/buoc/:pageId', pathname)?.pageId ??
    (matchPath('/bieu-mau/:formId/kiem-tra', pathname) ? checkAnswersPageId : undefined);
  useFormTiming({
    schema,
    signedInAt: session?.issuedAt ?? '',
    pageId,
    prefilledPaths,
    isSubmission: isDossierSubmission,
  });
}

const isDossierSubmission = (mutation: { options: { mutationFn?: unknown } }): boolean => mutation.options.mutationFn === submitDossier;
