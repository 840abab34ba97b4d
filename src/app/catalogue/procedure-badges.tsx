import { useTranslation } from 'react-i18next';
import type { Procedure } from '@/schema/procedure';

/** The topic, and "Toàn trình" when the whole procedure is done online (filed, paid, result returned). */
export function ProcedureBadges({ procedure }: { procedure: Procedure }) {
  const { t } = useTranslation();
  return (
    <p className="procedure-badges">
      <span className="tag tag--neutral">{t(`catalogue.topics.${procedure.topic}`)}</span>
      {procedure.fullyOnline ? (
        <span className="tag tag--online">
          {t('catalogue.fullyOnline')}
        </span>
      ) : null}
    </p>
  );
}
