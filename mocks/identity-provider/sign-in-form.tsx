import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '@/lib/api-client';
import { authorizePath, authorizeResponseSchema } from '@/lib/api-contract/identity';
import { mockIdpNamespace } from './messages';
import { PersonaCard } from './persona-card';
import type { ProviderRequest } from './provider-request';
import { withParams } from './redirect-uri';
import { usePersonas } from './use-personas';

interface SignInFormProps {
  request: ProviderRequest;
  /** Leaves for the portal (a full page load, as from a real provider). */
  redirect: (url: string) => void;
}

/** The persona choice and the sign-in: a one-time code, then back to the portal with it. */
export function SignInForm({ request, redirect }: SignInFormProps) {
  const { t } = useTranslation(mockIdpNamespace);
  const { state, retry } = usePersonas();
  const [selected, setSelected] = useState<string>();
  const [problem, setProblem] = useState<'choose' | 'failed'>();
  const [busy, setBusy] = useState(false);
  const firstRadio = useRef<HTMLInputElement>(null);
  const cancelHref = withParams(request.redirectUri, { error: 'access_denied', state: request.state });

  const choose = (id: string) => {
    setSelected(id);
    if (problem === 'choose') setProblem(undefined);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (selected === undefined) {
      setProblem('choose');
      firstRadio.current?.focus();
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const { code, state: returnedState } = await apiRequest(authorizePath, {
        method: 'POST',
        body: { persona: selected, clientId: request.clientId, redirectUri: request.redirectUri, state: request.state },
        schema: authorizeResponseSchema,
      });
      redirect(withParams(request.redirectUri, { code, state: returnedState }));
    } catch {
      setProblem('failed');
      setBusy(false);
    }
  };

  if (state.status === 'loading') return <p role="status">{t('loading')}</p>;
  if (state.status === 'failed') {
    return (
      <div role="alert" className="vneid-error">
        <p>{t('loadFailed')}</p>
        <button type="button" className="vneid-button vneid-button--secondary" onClick={retry}>
          {t('retry')}
        </button>
      </div>
    );
  }
  if (state.personas.length === 0) return <p>{t('empty')}</p>;

  return (
    <form className="vneid-form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset
        className="vneid-fieldset"
        aria-describedby={problem === 'choose' ? 'vneid-hint vneid-choose-error' : 'vneid-hint'}
        aria-invalid={problem === 'choose' || undefined}
      >
        <legend className="vneid-legend">{t('legend')}</legend>
        <p className="vneid-hint" id="vneid-hint">
          {t('hint')}
        </p>
        {problem === 'choose' && (
          <p className="vneid-field-error" id="vneid-choose-error">
            {t('chooseError')}
          </p>
        )}
        <div className="vneid-cards">
          {state.personas.map((persona, index) => (
            <PersonaCard
              key={persona.id}
              persona={persona}
              checked={selected === persona.id}
              onSelect={choose}
              inputRef={index === 0 ? firstRadio : undefined}
            />
          ))}
        </div>
      </fieldset>
      {problem === 'failed' && (
        <p role="alert" className="vneid-error">
          {t('signInFailed')}
        </p>
      )}
      <div className="vneid-actions">
        <button type="submit" className="vneid-button" aria-disabled={busy || undefined}>
          {busy ? t('submitting') : t('submit')}
        </button>
        <a className="vneid-link" href={cancelHref}>
          {t('cancel')}
        </a>
      </div>
    </form>
  );
}
