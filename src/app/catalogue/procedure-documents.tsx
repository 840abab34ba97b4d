import { useTranslation } from 'react-i18next';
import { sourceName as sourceNameOf } from '@/prefill/catalog/directory';
import { useLocale } from '@/renderer/use-locale';
import { localize } from '@/schema/localized-text';
import type { RequiredDocument } from '@/schema/procedure';

interface ProcedureDocumentsProps {
  documents: readonly RequiredDocument[];
  /** The procedure page explains each document; the catalogue lists names only. */
  detailed?: boolean;
}

/**
 * The dossier's components, split the way a citizen needs them: what to prepare, and what they
 * no longer need to bring because the agency reads it from a national database (once-only).
 */
export function ProcedureDocuments({ documents, detailed = false }: ProcedureDocumentsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const toPrepare = documents.filter((document) => !document.replacedBy);
  const replaced = documents.filter((document) => document.replacedBy);
  const sourceName = (id: string) => {
    const name = sourceNameOf(id);
    return name ? localize(name, locale) : id;
  };
  return (
    <div className="procedure-documents">
      {toPrepare.length > 0 ? (
        <ul className="procedure-documents__list">
          {toPrepare.map((document) => (
            <li key={document.id}>
              {localize(document.name, locale)}
              {document.required ? null : <span className="procedure-documents__optional"> {t('catalogue.ifApplicable')}</span>}
              {document.reuse.length > 0 ? <span className="tag tag--reuse">{t('catalogue.reusable')}</span> : null}
              {detailed && document.note ? <span className="procedure-documents__note">{localize(document.note, locale)}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('catalogue.nothingToPrepare')}</p>
      )}
      {replaced.length > 0 ? (
        <>
          <p className="procedure-documents__replaced-title">{t('catalogue.notNeeded')}</p>
          <ul className="procedure-documents__list procedure-documents__list--replaced">
            {replaced.map((document) => (
              <li key={document.id}>
                {t('catalogue.replacedBy', {
                  document: localize(document.name, locale),
                  source: sourceName(document.replacedBy?.source ?? ''),
                })}
                {detailed && document.note ? <span className="procedure-documents__note">{localize(document.note, locale)}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
