import { useState, type ChangeEvent } from 'react';
import type { Attachment } from '@/lib/api-contract/attachments';
import { useSignInGeneration } from '@/lib/get-personal-documents';
import type { FieldRendererProps } from '../field-definition';
import { describedByIds } from '../shared/text-input';
import type { FileConfig } from './file.config';
import { StoredDocuments } from './file.reuse';
import { checkFile, describeAccept, formatFileSize, type FileProblem } from './file.rules';
import { useUploads } from './file.uploads';
import './file.css';

interface Rejection {
  problem: FileProblem | 'tooManyNamed';
  name: string;
}

/**
 * A native file input (keyboard, screen readers and phone cameras work out of the box). Files are
 * checked before upload and each rejection names its file; uploads are announced politely; a
 * failed upload can be retried or dismissed while the other files stay. When the field reuses
 * document kinds and the citizen is signed in, their electronic documents of those kinds are
 * offered first: choosing one attaches it without any upload.
 */
export function FileRenderer({
  config, name, value, onChange, onBlur, inputId, describedBy, invalid, readOnly, locale, t,
}: FieldRendererProps<FileConfig, Attachment[]>) {
  const files = value ?? [];
  const uploads = useUploads(files, onChange);
  const [rejections, setRejections] = useState<Rejection[]>([]);
  const types = describeAccept(config.accept);
  const rulesId = `${inputId}-rules`;
  const signedIn = useSignInGeneration() >= 0;
  const offerReuse = !readOnly && signedIn && config.reuse.length > 0;

  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const picked = Array.from(event.target.files ?? []);
    event.target.value = '';
    let room = config.maxFiles - files.length - uploads.pending.length;
    const problems: Rejection[] = [];
    const accepted: File[] = [];
    for (const file of picked) {
      const problem = checkFile(file, config);
      if (problem) problems.push({ problem, name: file.name });
      else if (room <= 0) problems.push({ problem: 'tooManyNamed', name: file.name });
      else {
        accepted.push(file);
        room -= 1;
      }
    }
    setRejections(problems);
    uploads.start(accepted);
    onBlur();
  };

  const rejectionText = ({ problem, name: fileName }: Rejection) =>
    t(`file.errors.${problem}`, { name: fileName, types, max: problem === 'tooManyNamed' ? config.maxFiles : config.maxSizeMb });

  return (
    <>
      {offerReuse ? (
        <StoredDocuments
          config={config}
          files={files}
          locale={locale}
          idPrefix={inputId}
          hasRoom={files.length + uploads.pending.length < config.maxFiles}
          onChoose={(attachment, title) => {
            setRejections([]);
            uploads.choose(attachment, title, config.maxFiles === 1);
            onBlur();
          }}
          onRemove={uploads.remove}
          onFull={(title) => setRejections([{ problem: 'tooManyNamed', name: title }])}
        />
      ) : null}
      <p className="hint" id={rulesId}>
        {t('file.rules', { types, max: config.maxSizeMb })}
        {config.maxFiles > 1 ? ` ${t('file.rulesCount', { count: config.maxFiles })}` : ''}
      </p>
      {readOnly ? null : (
        <input
          id={inputId}
          name={name}
          type="file"
          className={invalid ? 'input--error' : undefined}
          accept={config.accept.join(',')}
          multiple={config.maxFiles > 1}
          onChange={pick}
          aria-describedby={describedByIds(describedBy, rulesId)}
          aria-invalid={invalid || undefined}
        />
      )}
      {rejections.length > 0 ? (
        <div className="error-message" role="alert">
          <ul className="file-rejections">
            {rejections.map((rejection, index) => (
              <li key={index}>{rejectionText(rejection)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {files.length > 0 || uploads.pending.length > 0 ? (
        <ul className="file-list" aria-label={t('file.listLabel')} id={readOnly ? inputId : undefined} tabIndex={readOnly ? -1 : undefined}>
          {files.map((file) => (
            <li key={file.id}>
              <span>
                {file.name} <span className="file-list__size">({formatFileSize(file.size, locale)})</span>
                {file.reusedFrom ? <span className="file-list__reused"><span className="tag tag--online">{t('file.reuse.tag')}</span></span> : null}
              </span>
              {readOnly ? null : (
                <button type="button" className="button button--link" aria-label={t('file.removeNamed', { name: file.name })} onClick={() => uploads.remove(file.id)}>
                  {t('file.remove')}
                </button>
              )}
            </li>
          ))}
          {uploads.pending.map((upload) => (
            <li key={upload.key} className={upload.status === 'failed' ? 'file-list__item--failed' : undefined}>
              <span>
                {upload.file.name} —{' '}
                {upload.status === 'uploading' ? t('file.uploading') : <strong className="error-message">{t('file.uploadFailed')}</strong>}
              </span>
              {upload.status === 'failed' ? (
                <span className="file-list__actions">
                  <button type="button" className="button button--link" aria-label={t('file.retryNamed', { name: upload.file.name })} onClick={() => uploads.retry(upload.key)}>
                    {t('file.retry')}
                  </button>
                  <button type="button" className="button button--link" aria-label={t('file.dismissNamed', { name: upload.file.name })} onClick={() => uploads.dismiss(upload.key)}>
                    {t('file.dismiss')}
                  </button>
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {uploads.announcement ? t(`file.${uploads.announcement.key}`, { name: uploads.announcement.name }) : ''}
      </p>
    </>
  );
}
