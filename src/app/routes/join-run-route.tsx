import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from '@/lib/navigation';
import { registerMetricsMessages } from '@/metrics/messages';
import { rememberRun } from '@/session-timing/run';

registerMetricsMessages();

/**
 * `/tham-gia?lan=<run>&ma=<participant>&bieu-mau=<form>`: a usability-test participant's link.
 * Ties this tab's sessions to the run and code, says what is recorded, and opens the form.
 */
export default function JoinRunRoute() {
  const [search] = useSearchParams();
  const { t } = useTranslation('metrics');
  const runId = search.get('lan') ?? '';
  const participant = search.get('ma') ?? '';
  const formId = search.get('bieu-mau') ?? '';
  const valid = runId !== '' && participant !== '' && formId !== '';
  useEffect(() => {
    if (valid) rememberRun({ runId, participant });
  }, [valid, runId, participant]);
  return (
    <div className="layout-narrow">
      <h1>{t('joinTitle')}</h1>
      {valid ? (
        <>
          <p>{t('joinLead', { run: runId, participant })}</p>
          <Link className="button" to={`/bieu-mau/${encodeURIComponent(formId)}`}>
            {t('joinStart')}
          </Link>
        </>
      ) : (
        <p>{t('loadError')}</p>
      )}
    </div>
  );
}
