import { useDeferredValue, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewProps } from '@/builder/ui/builder-context';
import { defaultAnswers } from '@/engine/default-answers';
import { pagePosition } from '@/engine/journey';
import { PrefillProvider } from '@/prefill/prefill-provider';
import { PrefillBanner } from '@/prefill/ui/prefill-banner';
import { usePrefillServices } from '@/prefill/use-prefill-services';
import { EFormProvider } from '@/renderer/eform-provider';
import { FormPage } from '@/renderer/form-page';
import { RendererServicesProvider } from '@/renderer/renderer-context';

/**
 * The builder's live preview: the citizen's own renderer and auto-fill, composed here because the
 * builder and prefill are features that do not know each other. Answers typed in the preview live
 * only in this component; nothing is saved or filed.
 */
export function BuilderPreview({ schema: live, access, pageId, onPageChange }: PreviewProps) {
  const { t } = useTranslation();
  // The preview follows the editor a beat behind, so typing a label never waits for it.
  const schema = useDeferredValue(live);
  // A changed document is a new form: its defaults and validators are rebuilt from scratch.
  const identity = useMemo(() => JSON.stringify(schema), [schema]);
  const defaults = useMemo(() => defaultAnswers(schema), [schema]);
  const page = schema.pages.find((candidate) => candidate.id === pageId) ?? schema.pages[0];
  if (!page) return null;
  const position = pagePosition(schema, page.id, defaults);
  // A page the default answers hide is still previewed, numbered by its place in the form.
  const step = position.index === -1 ? { index: schema.pages.indexOf(page), total: schema.pages.length } : position;
  return (
    <EFormProvider key={identity} schema={schema} defaultValues={defaults}>
      <PrefillProvider schema={schema} access={access}>
        <PreviewServices>
          <PrefillBanner />
          <FormPage
            key={page.id}
            page={page}
            step={step}
            continueLabel={t('renderer.continue')}
            focusHeading={false}
            onValid={() => {
              const next = schema.pages[schema.pages.indexOf(page) + 1];
              if (next) onPageChange(next.id);
            }}
          />
        </PreviewServices>
      </PrefillProvider>
    </EFormProvider>
  );
}

function PreviewServices({ children }: { children: ReactNode }) {
  return <RendererServicesProvider value={usePrefillServices()}>{children}</RendererServicesProvider>;
}
