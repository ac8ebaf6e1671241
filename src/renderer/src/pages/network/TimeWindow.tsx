// A slider over the months that hold interactions: the network (and its scores) follow it.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  const start = new Date(`${from.slice(0, 7)}-01T00:00:00Z`);
  const end = new Date(`${to.slice(0, 7)}-01T00:00:00Z`);
  for (const d = start; d <= end; d.setUTCMonth(d.getUTCMonth() + 1)) months.push(d.toISOString().slice(0, 7));
  return months;
}

function lastDay(month: string): string {
  const d = new Date(`${month}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
}

export interface Window {
  from?: string;
  to?: string;
}

export function TimeWindow({ span, onChange }: { span: { from: string | null; to: string | null }; onChange: (w: Window) => void }) {
  const { t, i18n } = useTranslation();
  const months = useMemo(() => (span.from && span.to ? monthsBetween(span.from, span.to) : []), [span.from, span.to]);
  const [range, setRange] = useState<[number, number]>([0, Math.max(0, months.length - 1)]);
  if (months.length < 2) return null;
  const [lo, hi] = [Math.min(range[0], months.length - 1), Math.min(range[1], months.length - 1)];
  const label = (m: string) => new Date(`${m}-15T00:00:00Z`).toLocaleDateString(i18n.language, { month: 'short', year: 'numeric' });
  const commit = (next: [number, number]) => {
    const whole = next[0] === 0 && next[1] === months.length - 1;
    onChange(whole ? {} : { from: `${months[next[0]]}-01`, to: lastDay(months[next[1]] as string) });
  };
  return (
    <div className="time-window">
      <span className="muted">{t('network.window')}</span>
      <input type="range" aria-label={t('network.windowFrom')} min={0} max={months.length - 1} value={lo}
        onChange={(e) => setRange([Math.min(Number(e.target.value), hi), hi])}
        onPointerUp={() => commit([lo, hi])} onKeyUp={() => commit([lo, hi])} />
      <input type="range" aria-label={t('network.windowTo')} min={0} max={months.length - 1} value={hi}
        onChange={(e) => setRange([lo, Math.max(Number(e.target.value), lo)])}
        onPointerUp={() => commit([lo, hi])} onKeyUp={() => commit([lo, hi])} />
      <span data-testid="window-label">{label(months[lo] as string)} – {label(months[hi] as string)}</span>
    </div>
  );
}
