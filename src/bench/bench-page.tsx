import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultAnswers } from '@/engine/default-answers';
import { EFormProvider } from '@/renderer/eform-provider';
import { FormPage } from '@/renderer/form-page';
import { fieldsFromSearch, makeBenchSpec } from './bench-spec';
import { toFormSchema } from './to-form-schema';

declare global {
  interface Window {
    /** Set once the generated form is on screen (BENCH-CONTRACT.md). */
    __benchReady?: boolean;
  }
}

/** Generates the shared spec, converts it and parses it into our schema, timed for the benchmark. */
function buildBenchForm(n: number) {
  performance.mark('bench:convert:start');
  const schema = toFormSchema(makeBenchSpec(n));
  const answers = defaultAnswers(schema);
  performance.measure('bench:convert', 'bench:convert:start');
  return { schema, answers };
}

/**
 * `/bench?fields=N` (bench.html): the cross-engine benchmark form, every field on one page, rendered by the
 * normal engine and renderer (the shipped form page: error summary, fieldsets, validate on submit).
 */
export default function BenchPage({ search }: { search: string }) {
  const { t } = useTranslation();
  const n = fieldsFromSearch(search);
  const { schema, answers } = useMemo(() => buildBenchForm(n), [n]);
  const page = schema.pages[0];
  const [sent, setSent] = useState(false);

  useEffect(() => {
    // Children's effects have run: the whole form is committed. Assigned, not defined (contract).
    window.__benchReady = true;
  }, [schema]);

  if (!page) return null;
  return (
    <main className="main" id="main-content">
      <div className="layout-narrow">
        <EFormProvider schema={schema} defaultValues={answers}>
          <FormPage
            page={page}
            step={{ index: 0, total: 1 }}
            continueLabel={t('renderer.submit')}
            focusHeading={false}
            onValid={() => setSent(true)}
          />
        </EFormProvider>
        {sent ? <p role="status">{t('renderer.formValid')}</p> : null}
      </div>
    </main>
  );
}
