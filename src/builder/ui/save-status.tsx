import { useTranslation } from 'react-i18next';
import type { AuthoringDraft } from '@/lib/api-contract/authoring';
import { formatTime } from '@/lib/format-date';
import type { SaveStatus } from './use-autosave';


/** Where the author's work stands; a conflict asks which draft to keep instead of overwriting. */
export function SaveStatusText({ status, onKeepMine, onTakeTheirs }: { status: SaveStatus; onKeepMine(): void; onTakeTheirs(current: AuthoringDraft | null): void }) {
  const { t, i18n } = useTranslation('builder');
  if (status.kind === 'conflict') {
    return (
      <div className="notice notice--warning builder__conflict" role="alert">
        <p>{t('save.conflict', { revision: status.currentRevision })}</p>
        <div className="button-group">
          <button type="button" className="button button--secondary" onClick={onKeepMine}>
            {t('save.keepMine')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => onTakeTheirs(status.current)}>
            {t('save.takeTheirs')}
          </button>
        </div>
      </div>
    );
  }
  const text =
    status.kind === 'saved' ? t('save.saved', { time: formatTime(status.at, i18n.language === 'en' ? 'en' : 'vi') }) : status.kind === 'idle' ? '' : t(`save.${status.kind}`);
  return (
    <span className="builder__save" role="status">
      {text}
    </span>
  );
}
