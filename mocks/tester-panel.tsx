import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setTokenLifetimeOverride, tokenLifetimeOverride } from './auth/token-lifetime';
import { clearFaults, currentFaults, faultModes, faultSources, setFault, type FaultSource, type Faults } from './faults';
import { mockIdpNamespace } from './identity-provider/messages';
import { registerMockIdpMessages } from './identity-provider/register-messages';
import './tester-panel.css';

registerMockIdpMessages();

/** Session lifetimes a tester may pick (seconds); none = the provider's default. */
const lifetimeChoices = [30, 120, 300] as const;

const modeOf = (value: string) => faultModes.find((mode) => mode === value) ?? 'none';

/**
 * The tester's switches, for mock builds only: a small panel fixed bottom-right, collapsed by
 * default (a native disclosure), to make each mocked system fail and sessions expire early.
 * Changes apply to the next request and survive reloads.
 */
export default function TesterPanel() {
  const { t } = useTranslation(mockIdpNamespace);
  const [faults, setFaults] = useState<Faults>(() => currentFaults());
  const [lifetime, setLifetime] = useState(() => tokenLifetimeOverride());
  const active = Object.keys(faults).length;

  const changeFault = (source: FaultSource, value: string) => {
    setFault(source, modeOf(value));
    setFaults(currentFaults());
  };
  const changeLifetime = (value: string) => {
    const seconds = value === '' ? undefined : Number(value);
    setTokenLifetimeOverride(seconds);
    setLifetime(tokenLifetimeOverride());
  };
  const reset = () => {
    clearFaults();
    setTokenLifetimeOverride(undefined);
    setFaults(currentFaults());
    setLifetime(undefined);
  };
  const lifetimeLabel = (seconds: number) =>
    seconds < 60
      ? t('testerPanel.lifetimeSeconds', { count: seconds })
      : t('testerPanel.lifetimeMinutes', { count: seconds / 60 });

  return (
    <aside className="tester-panel" aria-label={t('testerPanel.title')}>
      <details className="tester-panel__details">
        <summary className="tester-panel__summary">
          {t('testerPanel.title')}
          {active > 0 && <span className="tester-panel__count"> · {t('testerPanel.activeCount', { count: active })}</span>}
        </summary>
        <div className="tester-panel__body">
          <p className="tester-panel__intro">{t('testerPanel.intro')}</p>
          <fieldset className="tester-panel__group">
            <legend>{t('testerPanel.faults')}</legend>
            {faultSources.map((source) => (
              <div className="tester-panel__row" key={source}>
                <label htmlFor={`tester-fault-${source}`}>{t(`testerPanel.sources.${source}`)}</label>
                <select
                  id={`tester-fault-${source}`}
                  value={faults[source] ?? 'none'}
                  onChange={(event) => changeFault(source, event.target.value)}
                >
                  {faultModes.map((mode) => (
                    <option key={mode} value={mode}>
                      {t(`testerPanel.modes.${mode}`)}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </fieldset>
          <div className="tester-panel__row">
            <label htmlFor="tester-token-lifetime">{t('testerPanel.tokenLifetime')}</label>
            <select
              id="tester-token-lifetime"
              aria-describedby="tester-token-lifetime-hint"
              value={lifetime === undefined ? '' : String(lifetime)}
              onChange={(event) => changeLifetime(event.target.value)}
            >
              <option value="">{t('testerPanel.lifetimeDefault')}</option>
              {lifetimeChoices.map((seconds) => (
                <option key={seconds} value={String(seconds)}>
                  {lifetimeLabel(seconds)}
                </option>
              ))}
            </select>
          </div>
          <p className="tester-panel__hint" id="tester-token-lifetime-hint">
            {t('testerPanel.tokenLifetimeHint')}
          </p>
          <button type="button" className="tester-panel__reset" onClick={reset}>
            {t('testerPanel.reset')}
          </button>
        </div>
      </details>
    </aside>
  );
}
