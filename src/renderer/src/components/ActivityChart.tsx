// Interactions per month, sent above the axis and received below, as a small SVG: when a
// relationship was active and when it went quiet.
import { useTranslation } from 'react-i18next';
import type { PersonActivity } from '../../../shared/domain';
import { countOf } from '../counts';
import { formatDate } from '../format';

const HEIGHT = 60;

export function ActivityChart({ monthly }: { monthly: PersonActivity['monthly'] }) {
  const { t, i18n } = useTranslation();
  // "2023-11" as the language writes a month: "nov. 2023", "Nov 2023".
  const month = (m: string) => formatDate(`${m}-15T00:00:00Z`, i18n.language, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  if (monthly.length === 0) return null;
  const max = Math.max(1, ...monthly.map((m) => Math.max(m.sent, m.received)));
  const bar = Math.max(2, Math.min(10, Math.floor(300 / monthly.length)));
  const width = monthly.length * bar;
  const half = HEIGHT / 2;
  const first = month(monthly[0]?.month ?? '');
  const last = month(monthly.at(-1)?.month ?? '');
  return (
    <figure className="activity-chart" data-testid="activity-chart">
      <svg width="100%" viewBox={`0 0 ${width} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={t('person.monthlyLabel', { from: first, to: last })}>
        {monthly.map((m, i) => (
          <g key={m.month}>
            <title>{t('person.monthTip', { month: month(m.month), sent: countOf(t, 'sent', m.sent), received: countOf(t, 'received', m.received) })}</title>
            <rect className="sent" x={i * bar} width={bar - 1} y={half - (half * m.sent) / max} height={(half * m.sent) / max} />
            <rect className="received" x={i * bar} width={bar - 1} y={half} height={(half * m.received) / max} />
          </g>
        ))}
        <line x1={0} x2={width} y1={half} y2={half} className="axis" />
      </svg>
      <figcaption className="muted small">
        {first} — {last} · <span className="sent-key">■</span> {t('person.sent')} · <span className="received-key">■</span> {t('person.received')}
      </figcaption>
    </figure>
  );
}
