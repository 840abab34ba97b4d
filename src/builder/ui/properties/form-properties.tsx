import { useTranslation } from 'react-i18next';
import { CheckboxControl } from '@/fields/shared/panel/checkbox-control';
import { LocalizedTextControl, OptionalLocalizedTextControl } from '@/fields/shared/panel/localized-text-control';
import { NumberControl } from '@/fields/shared/panel/number-control';
import { SelectControl } from '@/fields/shared/panel/select-control';
import { TextControl } from '@/fields/shared/panel/text-control';
import type { FormSchema } from '@/schema/create-form-schema';
import type { Locale } from '@/schema/localized-text';
import { procedureTopics, type Procedure } from '@/schema/procedure';
import { useBuilder } from '../builder-context';

/** The form's name and its procedure's record, as the catalogue and procedure page show them. */
export function FormProperties({ locale }: { locale: Locale }) {
  const { t } = useTranslation('builder');
  const { t: tc } = useTranslation();
  const { state, dispatch } = useBuilder();
  const { document } = state;
  const { procedure } = document;
  const setForm = (changes: Partial<FormSchema>, merge?: string) => {
    const next = { ...document, ...changes };
    if (next.description === undefined) delete next.description;
    dispatch({ type: 'update-form', document: next, merge });
  };
  const setProcedure = (changes: Partial<Procedure>, merge?: string) => setForm({ procedure: { ...procedure, ...changes } }, merge);

  return (
    <section aria-labelledby="builder-form-title" className="builder-properties">
      <h2 className="section-heading" id="builder-form-title" tabIndex={-1}>
        {t('form.title')}
      </h2>
      <LocalizedTextControl label={t('form.formTitle')} value={document.title} locale={locale} onChange={(title) => setForm({ title: title }, 'title')} />
      <OptionalLocalizedTextControl
        label={t('form.description')}
        value={document.description}
        multiline
        locale={locale}
        onChange={(description) => setForm({ description }, 'description')}
      />
      <h3 className="section-heading">{t('form.procedure')}</h3>
      <LocalizedTextControl label={t('form.procedureName')} value={procedure.name} locale={locale} onChange={(name) => setProcedure({ name: name }, 'name')} />
      <TextControl label={t('form.code')} value={procedure.code} onChange={(code) => setProcedure({ code: code ?? '' }, 'code')} />
      <LocalizedTextControl label={t('form.agency')} value={procedure.agency} locale={locale} onChange={(agency) => setProcedure({ agency: agency }, 'agency')} />
      <TextControl label={t('form.agencyCode')} value={procedure.agencyCode} onChange={(agencyCode) => setProcedure({ agencyCode: agencyCode ?? '' }, 'agencyCode')} />
      <SelectControl
        label={t('form.topic')}
        value={procedure.topic}
        options={procedureTopics.map((topic) => ({ value: topic, label: tc(`catalogue.topics.${topic}`) }))}
        onChange={(topic) => setProcedure({ topic }, 'topic')}
      />
      <NumberControl label={t('form.feeOnline')} value={procedure.fee.online} locale={locale} onChange={(online) => setProcedure({ fee: { ...procedure.fee, online } }, 'fee.online')} />
      <NumberControl label={t('form.feeDirect')} value={procedure.fee.direct} locale={locale} onChange={(direct) => setProcedure({ fee: { ...procedure.fee, direct } }, 'fee.direct')} />
      <NumberControl
        label={t('form.processing')}
        value={procedure.processingTime.value}
        locale={locale}
        onChange={(value) => setProcedure({ processingTime: { ...procedure.processingTime, value } }, 'processing.value')}
      />
      <SelectControl
        label={t('form.unit')}
        value={procedure.processingTime.unit}
        options={(['working-day', 'day', 'hour'] as const).map((unit) => ({ value: unit, label: t(`form.units.${unit}`) }))}
        onChange={(unit) => setProcedure({ processingTime: { ...procedure.processingTime, unit } }, 'processing.unit')}
      />
      <SelectControl
        label={t('form.identityLevel')}
        value={String(procedure.identityLevel) as '1' | '2'}
        options={(['1', '2'] as const).map((level) => ({ value: level, label: t('form.level', { level }) }))}
        onChange={(level) => setProcedure({ identityLevel: level === '1' ? 1 : 2 }, 'identityLevel')}
      />
      <CheckboxControl label={t('form.fullyOnline')} value={procedure.fullyOnline} onChange={(fullyOnline) => setProcedure({ fullyOnline }, 'fullyOnline')} />
      <LegalBasis procedure={procedure} locale={locale} onChange={(legalBasis, merge) => setProcedure({ legalBasis }, merge)} />
    </section>
  );
}

function LegalBasis({ procedure, locale, onChange }: { procedure: Procedure; locale: Locale; onChange(list: Procedure['legalBasis'], merge?: string): void }) {
  const { t } = useTranslation('builder');
  const list = procedure.legalBasis;
  return (
    <fieldset className="fieldset form-group">
      <legend className="legend">{t('form.legalBasis')}</legend>
      {list.map((basis, index) => (
        <div key={index}>
          <LocalizedTextControl
            label={t('form.legalBasisItem', { number: index + 1 })}
            value={basis}
            locale={locale}
            onChange={(text) => onChange(list.map((item, at) => (at === index ? text : item)), `legal.${index}`)}
          />
          {list.length > 1 ? (
            <button type="button" className="button button--link" onClick={() => onChange(list.filter((_, at) => at !== index))}>
              {t('form.removeLegalBasis', { number: index + 1 })}
            </button>
          ) : null}
        </div>
      ))}
      <button type="button" className="button button--secondary" onClick={() => onChange([...list, { vi: '' }])}>
        {t('form.addLegalBasis')}
      </button>
    </fieldset>
  );
}
