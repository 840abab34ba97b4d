import { OptionalNumberControl } from './number-control';
import type { Locale } from '@/schema/localized-text';

export interface BoundsControlsProps {
  labels: { min: string; max: string; hint?: string | undefined };
  min: number | undefined;
  max: number | undefined;
  /** Both bounds, so a caller can patch them in one go; an emptied box is `undefined`. */
  onChange(bounds: { min: number | undefined; max: number | undefined }): void;
  locale: Locale;
}

/**
 * A pair of optional lower and upper bounds. Bounds out of order are handed on as typed: the
 * builder shows the schema's issue, and the author's numbers stay where they typed them.
 */
export function BoundsControls({ labels, min, max, onChange, locale }: BoundsControlsProps) {
  return (
    <>
      <OptionalNumberControl label={labels.min} hint={labels.hint} value={min} onChange={(next) => onChange({ min: next, max })} locale={locale} />
      <OptionalNumberControl label={labels.max} hint={labels.hint} value={max} onChange={(next) => onChange({ min, max: next })} locale={locale} />
    </>
  );
}
