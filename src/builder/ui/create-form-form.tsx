import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from '@/lib/navigation';
import { fieldRegistry } from '@/fields/registry';
import { formIdSchema } from '@/schema/ids';
import type { Locale } from '@/schema/localized-text';
import { procedureSchema, procedureTopics, type ProcedureTopic } from '@/schema/procedure';
import { useCreateForm } from '../api/create-form';

interface Values {
  id: string;
  titleVi: string;
  titleEn: string;
  code: string;
  agency: string;
  topic: ProcedureTopic;
}

type Errors = Partial<Record<keyof Values | 'form', string>>;

function validate(values: Values): Errors {
  const errors: Errors = {};
  if (!formIdSchema.safeParse(values.id).success) errors.id = 'create.errorId';
  if (values.titleVi.trim() === '') errors.titleVi = 'create.errorTitle';
  if (!procedureSchema.shape.code.safeParse(values.code.trim()).success) errors.code = 'create.errorCode';
  if (values.agency.trim() === '') errors.agency = 'create.errorAgency';
  return errors;
}

/** A new form: one page with one question, and the procedure's essentials (the rest is edited in the builder). */
function newDocument(values: Values, legalBasis: string) {
  const title = { vi: values.titleVi.trim(), ...(values.titleEn.trim() ? { en: values.titleEn.trim() } : {}) };
  return {
    schemaVersion: 1,
    id: values.id,
    version: 1,
    title,
    procedure: {
      code: values.code.trim(),
      name: title,
      agency: { vi: values.agency.trim() },
      agencyCode: 'UBND',
      legalBasis: [{ vi: legalBasis }],
      fee: { direct: 0, online: 0 },
      processingTime: { value: 1, unit: 'working-day' },
      identityLevel: 2,
      topic: values.topic,
      fullyOnline: true,
      documents: [],
    },
    pages: [{ id: 'trang-1', title: { vi: 'Trang 1', en: 'Page 1' }, fields: [fieldRegistry.get('text').create('text1')] }],
    rules: [],
  };
}

/** GOV.UK pattern: errors shown on submit, a summary linked to the boxes, nothing typed is lost. */
export function CreateFormForm({ locale }: { locale: Locale }) {
  const { t } = useTranslation('builder');
  const { t: tc } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const create = useCreateForm();
  const summary = useRef<HTMLDivElement>(null);
  const [values, setValues] = useState<Values>({ id: '', titleVi: '', titleEn: '', code: '', agency: '', topic: procedureTopics[0] });
  const [errors, setErrors] = useState<Errors>({});
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return requestAnimationFrame(() => summary.current?.focus());
    const result = await create.mutateAsync(newDocument(values, t('create.legalBasisPlaceholder'))).catch(() => undefined);
    if (result?.status === 'created') return navigate(`/soan-bieu-mau/${result.draft.formId}`);
    setErrors(result?.status === 'exists' ? { id: 'create.exists' } : { form: 'loadFailed' });
    requestAnimationFrame(() => summary.current?.focus());
  };
  const field = (name: Exclude<keyof Values, 'topic'>, label: string, hint?: string) => (
    <div className={errors[name] ? 'form-group form-group--error' : 'form-group'}>
      <label className="label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      {hint ? (
        <div className="hint" id={`${id}-${name}-hint`}>
          {hint}
        </div>
      ) : null}
      {errors[name] ? (
        <p className="error-message" id={`${id}-${name}-error`}>
          {t(errors[name] ?? '')}
        </p>
      ) : null}
      <input
        id={`${id}-${name}`}
        className={errors[name] ? 'input input--error' : 'input'}
        value={values[name]}
        autoComplete="off"
        spellCheck={name === 'id' || name === 'code' ? false : undefined}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={[hint ? `${id}-${name}-hint` : '', errors[name] ? `${id}-${name}-error` : ''].filter(Boolean).join(' ') || undefined}
        onChange={(event) => setValues({ ...values, [name]: event.target.value })}
      />
    </div>
  );
  const listed = Object.entries(errors) as [keyof Errors, string][];
  return (
    <section aria-labelledby={`${id}-title`} className="builder-create">
      <h2 className="section-heading" id={`${id}-title`}>
        {t('create.title')}
      </h2>
      <p>{t('create.lead')}</p>
      {listed.length > 0 ? (
        <div className="error-summary" ref={summary} tabIndex={-1} role="alert" aria-labelledby={`${id}-summary`}>
          <h3 className="error-summary__title" id={`${id}-summary`}>
            {t('create.invalid')}
          </h3>
          <ul>
            {listed.map(([name, key]) => (
              <li key={name}>{name === 'form' ? t(key) : <a href={`#${id}-${name}`}>{t(key)}</a>}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <form noValidate onSubmit={(event) => void onSubmit(event)} lang={locale}>
        {field('id', t('create.id'), t('create.idHint'))}
        {field('titleVi', t('create.titleVi'))}
        {field('titleEn', t('create.titleEn'))}
        {field('code', t('create.code'), t('create.codeHint'))}
        {field('agency', t('create.agency'))}
        <div className="form-group">
          <label className="label" htmlFor={`${id}-topic`}>
            {t('create.topic')}
          </label>
          <select
            id={`${id}-topic`}
            className="input"
            value={values.topic}
            onChange={(event) => setValues({ ...values, topic: procedureTopics.find((topic) => topic === event.target.value) ?? values.topic })}
          >
            {procedureTopics.map((topic) => (
              <option key={topic} value={topic}>
                {tc(`catalogue.topics.${topic}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={create.isPending}>
          {t('create.submit')}
        </button>
      </form>
    </section>
  );
}
