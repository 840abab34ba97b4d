import { useTranslation } from 'react-i18next';
import type { FieldPanelProps } from '../../field-definition';
import { patchConfig } from './config-patch';
import './panel.messages';

/** Keys of a config's optional number properties. */
type NumberKey<T> = { [K in keyof T]-?: T[K] extends number | undefined ? K : never }[keyof T] & string;

/**
 * What every type's panel starts from: `t` in the builder's language, `set` to patch the config
 * (an `undefined` removes the key), and `bind(key)` — the label (`<type>.panel.<key>`), hint
 * (`<type>.panel.<key>Hint`, when there is one), value and change handler of the control for one
 * config property, so a panel is mostly a list of controls.
 */
export function usePanel<TConfig extends object>(type: string, { config, onChange, locale }: FieldPanelProps<TConfig>) {
  const { t, i18n } = useTranslation('fields', { lng: locale });
  const set = (changes: Partial<TConfig>) => onChange(patchConfig(config, changes));
  const bind = <K extends keyof TConfig & string>(key: K) => {
    const hintKey = `${type}.panel.${key}Hint`;
    return {
      label: t(`${type}.panel.${key}`),
      hint: i18n.exists(hintKey, { ns: 'fields', lng: locale }) ? t(hintKey) : undefined,
      value: config[key],
      onChange: (value: TConfig[K]) => {
        const changes: Partial<TConfig> = {};
        changes[key] = value;
        set(changes);
      },
    };
  };
  /** A pair of optional bounds for `BoundsControls`; the shared hint is `<type>.panel.boundsHint`. */
  const bindBounds = (minKey: NumberKey<TConfig>, maxKey: NumberKey<TConfig>) => ({
    labels: { min: t(`${type}.panel.${minKey}`), max: t(`${type}.panel.${maxKey}`), hint: t(`${type}.panel.boundsHint`) },
    min: config[minKey] as number | undefined,
    max: config[maxKey] as number | undefined,
    onChange: ({ min, max }: { min: number | undefined; max: number | undefined }) => {
      const changes: Partial<TConfig> = {};
      changes[minKey] = min as TConfig[NumberKey<TConfig>];
      changes[maxKey] = max as TConfig[NumberKey<TConfig>];
      set(changes);
    },
    locale,
  });
  return { t, set, bind, bindBounds, config, locale };
}
