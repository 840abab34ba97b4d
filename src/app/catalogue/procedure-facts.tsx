import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '@/renderer/use-locale';
import { localize } from '@/schema/localized-text';
import type { Procedure } from '@/schema/procedure';
import { useProcedureFormat } from '../procedure-format';

/** One term and its value: a compact inline pair in the catalogue, a summary row on the procedure page. */
function Fact({ term, detailed, children }: { term: string; detailed: boolean; children: ReactNode }) {
  return detailed ? (
    <div className="summary-list__row">
      <dt className="summary-list__key">{term}</dt>
      <dd className="summary-list__value">{children}</dd>
    </div>
  ) : (
    <div>
      <dt>{term}:</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Code, agency, fees and statutory time: the facts every catalogue entry and procedure page states. */
export function ProcedureFacts({ procedure, detailed = false }: { procedure: Procedure; detailed?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useProcedureFormat();
  const note = (text: Procedure['fee']['note']) =>
    detailed && text ? <span className="procedure-facts__note">{localize(text, locale)}</span> : null;
  return (
    <dl className={detailed ? 'summary-list procedure-facts' : 'meta'}>
      <Fact term={t('catalogue.code')} detailed={detailed}>{procedure.code}</Fact>
      <Fact term={t('catalogue.agency')} detailed={detailed}>{localize(procedure.agency, locale)}</Fact>
      <Fact term={t('catalogue.feeOnline')} detailed={detailed}>
        {format.fee(procedure.fee.online)}
        {procedure.fee.direct !== procedure.fee.online ? (
          <span className="procedure-facts__aside"> {t('catalogue.feeDirect', { fee: format.fee(procedure.fee.direct) })}</span>
        ) : null}
        {note(procedure.fee.note)}
      </Fact>
      <Fact term={t('catalogue.time')} detailed={detailed}>
        {format.time(procedure.processingTime)}
        {note(procedure.processingTime.note)}
      </Fact>
      {detailed ? (
        <Fact term={t('catalogue.identityLevel')} detailed>
          {t('catalogue.identityLevelValue', { level: procedure.identityLevel })}
        </Fact>
      ) : null}
    </dl>
  );
}
