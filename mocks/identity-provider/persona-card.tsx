import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonaSummary } from '@/lib/api-contract/identity';
import { maskPersonalId } from './mask-id';
import { mockIdpNamespace } from './messages';

interface PersonaCardProps {
  persona: PersonaSummary;
  checked: boolean;
  onSelect: (id: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * One test account as a large radio card: the whole card is the label, the radio is named by
 * the person's name and described by the masked ID, the assurance level and the story.
 */
export function PersonaCard({ persona, checked, onSelect, inputRef }: PersonaCardProps) {
  const { t, i18n } = useTranslation(mockIdpNamespace);
  const id = `vneid-persona-${persona.id}`;
  const { masked, first, last } = maskPersonalId(persona.soDinhDanh);
  const story = i18n.resolvedLanguage === 'en' ? persona.story.en : persona.story.vi;
  return (
    <label className="vneid-card" htmlFor={id}>
      <input
        ref={inputRef}
        className="vneid-card__radio"
        type="radio"
        id={id}
        name="persona"
        value={persona.id}
        checked={checked}
        onChange={() => onSelect(persona.id)}
        aria-labelledby={`${id}-name`}
        aria-describedby={`${id}-details`}
      />
      <span className="vneid-card__body">
        <span className="vneid-card__name" id={`${id}-name`}>
          {persona.hoVaTen}
        </span>
        <span className="vneid-card__details" id={`${id}-details`}>
          <span className="vneid-card__meta">
            <span className="vneid-card__id">
              <span aria-hidden="true">{masked}</span>
              <span className="vneid-visually-hidden">{t('idMasked', { first, last })}.</span>
            </span>
            <span className={`vneid-badge vneid-badge--level-${persona.ial}`}>{t('level', { level: persona.ial })}</span>
          </span>
          <span className="vneid-card__story">{story}</span>
        </span>
      </span>
    </label>
  );
}
