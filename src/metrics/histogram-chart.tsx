import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface HistogramProps {
  /** Sessions per whole minute; the last bin is open-ended. */
  bins: readonly number[];
  /** Target lines, in minutes. */
  targets: readonly number[];
}

const width = 640;
const height = 220;
const pad = { left: 36, right: 12, top: 16, bottom: 32 };

/**
 * Hand-written SVG bar chart (no chart library in the bundle): bars per minute, the targets as
 * labelled vertical lines, and the same figures as a table for screen readers and copying.
 */
export function HistogramChart({ bins, targets }: HistogramProps) {
  const { t } = useTranslation('metrics');
  const titleId = useId();
  const max = Math.max(1, ...bins);
  const plotWidth = width - pad.left - pad.right;
  const plotHeight = height - pad.top - pad.bottom;
  const barWidth = plotWidth / bins.length;
  const x = (minute: number) => pad.left + minute * barWidth;
  const y = (count: number) => pad.top + plotHeight - (count / max) * plotHeight;
  const label = (index: number) =>
    index === bins.length - 1 ? t('minuteLast', { from: index }) : t('minuteBin', { from: index, to: index + 1 });

  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId} className="chart__svg">
        <title id={titleId}>{t('distributionDesc')}</title>
        <line x1={pad.left} x2={width - pad.right} y1={y(0)} y2={y(0)} className="chart__axis" />
        {bins.map((count, index) => (
          <rect key={index} x={x(index) + 1} y={y(count)} width={Math.max(1, barWidth - 2)} height={y(0) - y(count)} className="chart__bar" />
        ))}
        {bins.map((_, index) =>
          index % 2 === 0 ? (
            <text key={index} x={x(index)} y={height - pad.bottom + 16} className="chart__tick">
              {index}
            </text>
          ) : null,
        )}
        <text x={pad.left - 6} y={pad.top + 4} className="chart__tick" textAnchor="end">
          {max}
        </text>
        {targets.map((minute) => (
          <g key={minute} className="chart__target">
            <line x1={x(minute)} x2={x(minute)} y1={pad.top - 6} y2={y(0)} />
            <text x={x(minute) + 4} y={pad.top + 4}>
              {t('target', { value: `${minute}′` })}
            </text>
          </g>
        ))}
        <text x={width - pad.right} y={height - 4} className="chart__tick" textAnchor="end">
          {t('minutes')}
        </text>
      </svg>
      <details className="chart__data">
        <summary>{t('distributionTitle')}</summary>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('minutes')}</th>
              <th scope="col">{t('count')}</th>
            </tr>
          </thead>
          <tbody>
            {bins.map((count, index) => (
              <tr key={index}>
                <th scope="row">{label(index)}</th>
                <td>{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** A share on a 0–100 % bar with the target lines (90 %, 95 %), described in words as well. */
export function ShareMeter({ share, targets, label }: { share: number; targets: readonly number[]; label: string }) {
  const { t } = useTranslation('metrics');
  const percent = Math.round(share * 1000) / 10;
  return (
    <div className="meter">
      <svg viewBox="0 0 400 36" role="img" aria-label={`${label}: ${percent} %`} className="meter__svg">
        <rect x="0" y="8" width="400" height="20" className="meter__track" />
        <rect x="0" y="8" width={4 * percent} height="20" className="meter__fill" />
        {targets.map((target) => (
          <g key={target} className="chart__target">
            <line x1={target * 400} x2={target * 400} y1="2" y2="34" />
          </g>
        ))}
      </svg>
      <p className="meter__legend">
        {label}: <strong>{percent} %</strong>
        {targets.length > 0 ? ` — ${targets.map((target) => t('target', { value: `${Math.round(target * 100)} %` })).join(', ')}` : ''}
      </p>
    </div>
  );
}
