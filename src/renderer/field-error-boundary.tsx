import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldErrorBoundaryProps {
  /** The field's localised label, named in the message. */
  label: string;
  /** The answer's path, so the message sits where the field was. */
  path: string;
  children: ReactNode;
}

/** The message in place of a field that failed to render, with a way to try again. */
function FieldFailed({ label, path, onRetry }: { label: string; path: string; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <div className="form-group form-group--error" role="alert" data-field-failed={path}>
      <p className="error-message">{t('fields:common.failed', { label })}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t('fields:common.failedRetry')}
      </button>
    </div>
  );
}

/**
 * One field's bug (a renderer throwing on an unexpected answer shape, a broken config that slipped
 * through) must not blank the whole page: the rest of the page stays usable, and the answers live
 * in the form state above this boundary, so nothing typed is lost.
 */
export class FieldErrorBoundary extends Component<FieldErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // The error and the component stack only: never the answers (personal data stays out of logs).
    console.error(`Field "${this.props.path}" failed to render`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <FieldFailed label={this.props.label} path={this.props.path} onRetry={() => this.setState({ failed: false })} />;
  }
}
