import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { BaseFieldConfig } from '@/schema/base-field';
import { localize } from '@/schema/localized-text';
import { useFormatContext } from '@/renderer/answer-summary';
import { useEForm } from '@/renderer/eform-provider';
import { inputId } from '@/renderer/dom-ids';
import { useLocale } from '@/renderer/use-locale';
import { findSource } from '../catalog/catalog';
import { deepEqual } from '../deep-equal';
import type { PrefillEntry } from '../prefill-entry';
import { usePrefillModel } from '../prefill-provider';
import { RelatedStatus } from './related-status';

interface ProvenanceNoteProps {
  field: BaseFieldConfig;
  path: string;
  /** Referenced by the control's `aria-describedby`. */
  id: string;
}

/** Beside a bound field: where its value came from, and what the citizen can do about it. */
export function ProvenanceNote({ field, path, id }: ProvenanceNoteProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const model = usePrefillModel();
  const entry = model.entries[path];
  const binding = model.binding(path);
  const related = model.relatedState(path);
  const pending = !entry && binding !== undefined && model.sourceState(binding.source.id) === 'pending';
  return (
    <div className="hint prefill-note" id={id}>
      {entry ? <FilledNote field={field} path={path} entry={entry} /> : null}
      {pending ? <p>{t('prefill.loading', { source: localize(binding.source.name, locale) })}</p> : null}
      {related !== undefined ? <RelatedStatus state={related} /> : null}
    </div>
  );
}

function FilledNote({ field, path, entry }: { field: BaseFieldConfig; path: string; entry: PrefillEntry }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFormatContext();
  const { getFieldState } = useFormContext();
  const { answers } = useEForm();
  const current: unknown = useWatch({ name: path });
  const source = findSource(entry.source);
  const sourceName = source ? localize(source.name, locale) : entry.source;
  const badge = <strong className="tag">{t('prefill.from', { source: sourceName })}</strong>;

  if (entry.locked) {
    // The correction route is the same for every locked field of a source: one short line, the
    // details a tap away, instead of the same paragraph under each field.
    return (
      <>
        <p>
          {badge} {t('prefill.locked')}
        </p>
        {source ? (
          <details className="prefill-note__details">
            <summary>{t('prefill.wrongQuestion')}</summary>
            <p>{localize(source.correction, locale)}</p>
          </details>
        ) : null}
      </>
    );
  }
  if (deepEqual(current, entry.original)) {
    return (
      <p>
        {badge} {t('prefill.editable')}
      </p>
    );
  }
  const original = format.formatField(field, entry.original) || t('prefill.emptyOriginal');
  const restore = () => {
    answers.set(path, entry.original, { shouldValidate: getFieldState(path).invalid });
    // The button goes once the value is back: keep the citizen's place on the field itself.
    document.getElementById(inputId(path))?.focus();
  };
  return (
    <p>
      {t('prefill.overridden', { source: sourceName, original })}{' '}
      <button type="button" className="button button--link" onClick={restore}>
        {t('prefill.useOriginal')}
      </button>
    </p>
  );
}
