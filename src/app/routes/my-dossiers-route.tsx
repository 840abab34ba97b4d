import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format-date';
import { Link } from '@/lib/navigation';
import { useSession } from '@/identity/use-session';
import { formatVnd } from '@/lib/format-vnd';
import { useLocale } from '@/renderer/use-locale';
import { localize } from '@/schema/localized-text';
import { RateDossierLink } from '@/satisfaction/rate-dossier';
import { deleteDraftRemote, fetchDossierList, fetchDraftList } from '@/submission/drafts/draft-api';
import { localDraftsOf, removeLocalDraft } from '@/submission/drafts/local-drafts';
import { useFormList } from '../queries/form-list';

interface DraftRow {
  formId: string;
  updatedAt: string;
  title: string;
  /** Only on this device: the server has not got it yet (saved offline). */
  deviceOnly: boolean;
}

/** "Hồ sơ của tôi": drafts to continue and dossiers filed, with their status and fee. */
export default function MyDossiersRoute() {
  const { t } = useTranslation();
  const locale = useLocale();
  const owner = useSession()?.user.sub ?? '';
  const queryClient = useQueryClient();
  const forms = useFormList();
  const drafts = useQuery({
    queryKey: ['my-drafts', owner],
    queryFn: async ({ signal }) => {
      const [remote, local] = await Promise.all([fetchDraftList(signal).catch(() => ({ drafts: [] })), localDraftsOf(owner)]);
      return { remote: remote.drafts, local };
    },
    staleTime: 0,
  });
  const dossiers = useQuery({ queryKey: ['my-dossiers', owner], queryFn: ({ signal }) => fetchDossierList(signal), staleTime: 0 });
  const [confirming, setConfirming] = useState<string>();
  const discard = useMutation({
    mutationFn: async (formId: string) => {
      await removeLocalDraft(owner, formId);
      await deleteDraftRemote(formId);
    },
    onSettled: () => {
      setConfirming(undefined);
      void queryClient.invalidateQueries({ queryKey: ['my-drafts', owner] });
    },
  });
  useEffect(() => {
    document.title = `${t('myDossiers.title')} – ${t('app.service')}`;
  }, [t]);

  const titleOf = (formId: string) => {
    const form = forms.data?.forms.find((candidate) => candidate.id === formId);
    return form ? localize(form.procedure.name, locale) : formId;
  };
  const rows: DraftRow[] = [];
  if (drafts.data) {
    const byForm = new Map<string, DraftRow>();
    for (const draft of drafts.data.remote) {
      byForm.set(draft.formId, { formId: draft.formId, updatedAt: draft.updatedAt, title: localize(draft.formTitle, locale), deviceOnly: false });
    }
    for (const draft of drafts.data.local) {
      const known = byForm.get(draft.formId);
      if (!known) byForm.set(draft.formId, { formId: draft.formId, updatedAt: draft.updatedAt, title: titleOf(draft.formId), deviceOnly: true });
      else if (draft.updatedAt > known.updatedAt) known.updatedAt = draft.updatedAt;
    }
    rows.push(...[...byForm.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)));
  }

  return (
    <div className="layout-narrow">
      <h1>{t('myDossiers.title')}</h1>
      <h2>{t('myDossiers.draftsTitle')}</h2>
      {drafts.isPending ? <p role="status">{t('app.loading')}</p> : null}
      {drafts.data && rows.length === 0 ? <p>{t('myDossiers.noDrafts')}</p> : null}
      {rows.length > 0 ? (
        <ul className="card-list">
          {rows.map((row) => (
            <li className="card" key={row.formId}>
              <h3>{row.title}</h3>
              <p className="meta">
                {t('myDossiers.savedAt', { time: formatDateTime(row.updatedAt, locale) })}
                {row.deviceOnly ? ` ${t('myDossiers.deviceOnly')}` : ''}
              </p>
              {confirming === row.formId ? (
                <div className="notice notice--warning" role="alert">
                  <p>{t('myDossiers.confirmDiscard', { title: row.title })}</p>
                  <div className="button-group">
                    <button type="button" className="button button--warning" onClick={() => discard.mutate(row.formId)} disabled={discard.isPending}>
                      {t('myDossiers.discard')}
                    </button>
                    <button type="button" className="button button--secondary" onClick={() => setConfirming(undefined)}>
                      {t('myDossiers.keep')}
                    </button>
                  </div>
                </div>
              ) : (
                <div className="button-group">
                  <Link className="button" to={`/bieu-mau/${row.formId}`} aria-label={t('myDossiers.continueNamed', { title: row.title })}>
                    {t('myDossiers.continue')}
                  </Link>
                  <button type="button" className="button button--secondary" onClick={() => setConfirming(row.formId)} aria-label={t('myDossiers.discardNamed', { title: row.title })}>
                    {t('myDossiers.discardShort')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      ) : null}

      <h2>{t('myDossiers.filedTitle')}</h2>
      {dossiers.isPending ? <p role="status">{t('app.loading')}</p> : null}
      {dossiers.isError ? (
        <div className="notice notice--error" role="alert">
          <p>{t('myDossiers.loadError')}</p>
          <button type="button" className="button button--secondary" onClick={() => void dossiers.refetch()}>
            {t('errors.retry')}
          </button>
        </div>
      ) : null}
      {dossiers.data && dossiers.data.dossiers.length === 0 ? <p>{t('myDossiers.noDossiers')}</p> : null}
      {dossiers.data && dossiers.data.dossiers.length > 0 ? (
        <table className="table">
          <caption className="visually-hidden">{t('myDossiers.filedTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('myDossiers.code')}</th>
              <th scope="col">{t('receipt.procedure')}</th>
              <th scope="col">{t('myDossiers.receivedAt')}</th>
              <th scope="col">{t('myDossiers.status')}</th>
            </tr>
          </thead>
          <tbody>
            {dossiers.data.dossiers.map((dossier) => (
              <tr key={dossier.dossierCode}>
                <td>
                  <Link to={`/ho-so/${encodeURIComponent(dossier.dossierCode)}`}>{dossier.dossierCode}</Link>
                </td>
                <td>{localize(dossier.formTitle, locale)}</td>
                <td>{formatDateTime(dossier.receivedAt, locale)}</td>
                <td>
                  {t('myDossiers.received')}
                  {dossier.payment?.status === 'pending' ? (
                    <>
                      {' · '}
                      <Link to={`/ho-so/${encodeURIComponent(dossier.dossierCode)}/thanh-toan`}>
                        {t('myDossiers.payNow', { amount: formatVnd(dossier.payment.amount, locale) })}
                      </Link>
                    </>
                  ) : null}
                  <span className="my-dossiers__rating">
                    <RateDossierLink dossierCode={dossier.dossierCode} />
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
