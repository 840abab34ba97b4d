import { useTranslation } from 'react-i18next';
import type { Attachment } from '@/lib/api-contract/attachments';
import type { PersonalDocument } from '@/lib/api-contract/personal-documents';
import { usePersonalDocuments } from '@/lib/get-personal-documents';
import { localize, type Locale } from '@/schema/localized-text';
import type { FileConfig } from './file.config';
import { checkFile } from './file.rules';
import './file.reuse.css';

/** "2025-09-17" → "17/09/2025", as Vietnamese documents write dates. */
export const displayIssuedOn = (isoDate: string): string => isoDate.split('-').reverse().join('/');

/** The document's file as the answer carries it: an attachment that says where it came from. */
export const reusedAttachment = (document: PersonalDocument): Attachment => ({
  ...document.attachment,
  reusedFrom: { documentId: document.id, kind: document.kind },
});

interface StoredDocumentsProps {
  config: FileConfig;
  files: readonly Attachment[];
  locale: Locale;
  idPrefix: string;
  /** Whether another file fits (checkbox mode); a single-file field replaces its file instead. */
  hasRoom: boolean;
  onChoose(attachment: Attachment, title: string): void;
  onRemove(attachmentId: string): void;
  onFull(title: string): void;
}

/**
 * "Use an electronic document you already have": the signed-in citizen's documents of the kinds
 * the field reuses, each with its number, issue date and issuer, offered above the upload. One
 * button per document for a single-file field, checkboxes when several files fit. While the store
 * answers, a quiet status; if it fails, a short note — the upload below works regardless.
 */
export function StoredDocuments({ config, files, locale, idPrefix, hasRoom, onChoose, onRemove, onFull }: StoredDocumentsProps) {
  const { t } = useTranslation('fields');
  const query = usePersonalDocuments(config.reuse);
  // Only what this field would accept from an upload too (a PDF where only images are wanted is not offered).
  const documents = (query.data ?? []).filter((document) => checkFile(document.attachment, config) === undefined);
  const attached = new Set(files.filter((file) => file.reusedFrom).map((file) => file.reusedFrom?.documentId));
  const status = query.isPending ? t('file.reuse.loading') : query.isError ? t('file.reuse.failed') : '';
  const headingId = `${idPrefix}-reuse`;
  const several = config.maxFiles > 1;

  const toggle = (document: PersonalDocument, title: string, checked: boolean) => {
    if (!checked) onRemove(document.attachment.id);
    else if (hasRoom) onChoose(reusedAttachment(document), title);
    else onFull(title);
  };

  return (
    <>
      <p className="hint file-reuse__status" role="status">
        {status}
      </p>
      {documents.length > 0 ? (
        <div className="file-reuse" role="group" aria-labelledby={headingId}>
          <p className="file-reuse__heading" id={headingId}>
            {t('file.reuse.heading')}
          </p>
          <p className="hint">{t('file.reuse.intro')}</p>
          <ul className="file-reuse__list">
            {documents.map((document) => {
              const title = localize(document.title, locale);
              const inUse = attached.has(document.id);
              const controlId = `${idPrefix}-doc-${document.id}`;
              const facts = (
                <dl className="meta file-reuse__facts">
                  <div><dt>{t('file.reuse.number')}:</dt><dd>{document.number}</dd></div>
                  <div><dt>{t('file.reuse.issuedOn')}:</dt><dd>{displayIssuedOn(document.issuedOn)}</dd></div>
                  <div><dt>{t('file.reuse.issuer')}:</dt><dd>{localize(document.issuer, locale)}</dd></div>
                </dl>
              );
              return (
                <li key={document.id} className={inUse ? 'file-reuse__item file-reuse__item--chosen' : 'file-reuse__item'}>
                  {several ? (
                    <div className="choice">
                      <input
                        type="checkbox"
                        id={controlId}
                        checked={inUse}
                        onChange={(event) => toggle(document, title, event.target.checked)}
                        aria-describedby={`${controlId}-facts`}
                      />
                      <label htmlFor={controlId} className="file-reuse__title">{title}</label>
                    </div>
                  ) : (
                    <p className="file-reuse__title">{title}</p>
                  )}
                  <div id={`${controlId}-facts`}>{facts}</div>
                  {several ? null : inUse ? (
                    <p className="file-reuse__in-use"><strong className="tag tag--online">{t('file.reuse.inUse')}</strong></p>
                  ) : (
                    <button
                      type="button"
                      className="button button--secondary file-reuse__use"
                      aria-label={t('file.reuse.useNamed', { title, number: document.number })}
                      onClick={() => onChoose(reusedAttachment(document), title)}
                    >
                      {t('file.reuse.use')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          <p className="file-reuse__or">{t('file.reuse.orUpload')}</p>
        </div>
      ) : null}
    </>
  );
}
