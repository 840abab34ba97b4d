import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { locales, type Locale, type LocalizedText } from '@/schema/localized-text';
import { editLocalized, settleLocalized } from './localized-text';
import { GroupFieldset } from './group-fieldset';
import { TextBox } from './text-box';
import './panel.css';
import './panel.messages';

interface LanguagesProps<T extends LocalizedText | undefined> {
  label: string;
  hint?: string | undefined;
  value: T;
  onChange(value: T): void;
  multiline?: boolean;
  locale: Locale;
}

/** A text the config must have: emptied, it stays `{ vi: '' }` for the builder to flag. */
export function LocalizedTextControl(props: LanguagesProps<LocalizedText>) {
  return <Languages {...props} onChange={(value) => props.onChange(value ?? { vi: '' })} optional={false} />;
}

/** A text the config may leave out: emptied in both languages, it is removed. */
export function OptionalLocalizedTextControl(props: LanguagesProps<LocalizedText | undefined>) {
  return <Languages {...props} optional />;
}

/** A text citizens read, written in Vietnamese and English side by side. */
function Languages({ label, hint, value, onChange, optional, multiline = false, locale }: LanguagesProps<LocalizedText | undefined> & { optional: boolean }) {
  const { t } = useTranslation('fields', { lng: locale });
  const id = useId();
  const settle = () => {
    const settled = settleLocalized(value, optional);
    if (settled?.vi !== value?.vi || settled?.en !== value?.en) onChange(settled);
  };
  return (
    <GroupFieldset label={label} hint={hint}>
      <div className="panel-languages">
        {locales.map((language) => {
          const inputId = `${id}-${language}`;
          return (
            <div key={language}>
              <label className="label" htmlFor={inputId}>
                {t(`common.panel.languages.${language}`)}
              </label>
              <TextBox
                id={inputId}
                lang={language}
                multiline={multiline}
                value={value?.[language]}
                onChange={(text) => onChange(editLocalized(value, language, text, optional))}
                onBlur={settle}
              />
            </div>
          );
        })}
      </div>
    </GroupFieldset>
  );
}
