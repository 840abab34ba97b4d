import { localize } from '@/schema/localized-text';
import type { FieldRendererProps } from '../field-definition';
import type { ContentConfig } from './content.config';

/** Paragraphs of plain text: rendered as React text, never as HTML. */
function Paragraphs({ text }: { text: string }) {
  const paragraphs = text.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean);
  return paragraphs.map((paragraph, index) => <p key={index}>{paragraph}</p>);
}

export function ContentRenderer({ config, locale, label, t }: FieldRendererProps<ContentConfig, undefined>) {
  const body = config.body ? <Paragraphs text={localize(config.body, locale)} /> : null;
  switch (config.variant) {
    case 'heading':
      return (
        <>
          <h2>{label}</h2>
          {body}
        </>
      );
    case 'warning':
      return (
        <div className="warning-text">
          <span className="warning-text__icon" aria-hidden="true">
            !
          </span>
          <div>
            <span className="visually-hidden">{t('content.warning')}: </span>
            <Paragraphs text={label} />
            {body}
          </div>
        </div>
      );
    case 'inset':
      return (
        <div className="notice">
          <Paragraphs text={label} />
          {body}
        </div>
      );
    default:
      return (
        <>
          <Paragraphs text={label} />
          {body}
        </>
      );
  }
}
