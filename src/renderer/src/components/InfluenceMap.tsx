// The product's headline picture: every person's influence (y) against their audience (x, log
// scale), split at the network's medians into stars, experts, megaphones and peers. The whole width
// of the page; the quadrant captions sit outside the plot (never under a point), a legend of the
// role colours above it, and the leaders' names beside their points (map-labels.ts).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../shared/domain';
import type { PersonScores } from '../../../shared/scores';
import { formatCount, formatDecimal } from '../format';
import { ROLE_COLOURS } from '../roles';
import { placeMapLabels } from './map-labels';

const W = 1200;
const H = 600;
const PAD = { left: 70, right: 30, top: 44, bottom: 96 };
/** Leaders named on the map: the most influential, then the largest audiences. */
const NAMED_BY_INFLUENCE = 8;
const NAMED_BY_AUDIENCE = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0 ? 0 : sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function InfluenceMap({ people, onSelect, selected }: { people: PersonScores[]; onSelect: (id: number) => void; selected: number | null }) {
  const { t, i18n } = useTranslation();
  const [hover, setHover] = useState<PersonScores | null>(null);
  const geometry = useMemo(() => {
    // log10(audience + 1) so that people with no known audience sit on the left edge.
    const lx = (a: number) => Math.log10(Math.max(0, a) + 1);
    const maxX = Math.max(1, ...people.map((p) => lx(p.audience)));
    const x = (a: number) => PAD.left + (lx(a) / maxX) * (W - PAD.left - PAD.right);
    const y = (v: number) => H - PAD.bottom - (v / 100) * (H - PAD.top - PAD.bottom);
    const ticks: number[] = [];
    for (let p = 0; p <= Math.ceil(maxX); p++) ticks.push(10 ** p);
    return { x, y, ticks: ticks.filter((tk) => lx(tk) <= maxX + 1e-9), audienceMedian: median(people.map((p) => p.audience)), influenceMedian: median(people.map((p) => p.influence)) };
  }, [people]);
  const { x, y } = geometry;
  const mx = x(geometry.audienceMedian);
  const my = y(geometry.influenceMedian);
  // Captions in the margins, pointing at their corner of the plot.
  const label = (key: 'star' | 'expert' | 'megaphone' | 'peer', lx: number, ly: number, anchor: 'start' | 'end', arrow: string) => (
    <text x={lx} y={ly} textAnchor={anchor} className="quadrant-label" data-quadrant={key}>
      {anchor === 'start' && `${arrow} `}
      <tspan className="quadrant-name">{t(`scores.quadrants.${key}`)}</tspan> — {t(`scores.quadrantHelp.${key}`)}
      {anchor === 'end' && ` ${arrow}`}
    </text>
  );
  const plot = { x1: PAD.left, y1: PAD.top, x2: W - PAD.right, y2: H - PAD.bottom };
  const names = useMemo(() => {
    const byInfluence = [...people].sort((a, b) => b.influence - a.influence).slice(0, NAMED_BY_INFLUENCE);
    const byAudience = [...people].filter((p) => !byInfluence.includes(p)).sort((a, b) => b.audience - a.audience).slice(0, NAMED_BY_AUDIENCE);
    return placeMapLabels([...byInfluence, ...byAudience].map((p) => ({ id: p.personId, name: p.name, x: x(p.audience), y: y(p.influence) })), plot, [], NAMED_BY_INFLUENCE + NAMED_BY_AUDIENCE);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- plot is constant
  }, [people, x, y]);
  const roles = ROLES.filter((r) => people.some((p) => p.role === r));

  return (
    <div className="influence-map">
      <div className="map-legend" data-testid="map-legend">
        <span className="muted">{t('mapView.legendRoles')}</span>
        {roles.map((r) => (
          <span key={r} className="legend-item"><span className="swatch" style={{ background: ROLE_COLOURS[r] }} />{t(`roles.${r}`)}</span>
        ))}
        <span className="legend-item"><span className="median-swatch" />{t('mapView.median')}</span>
        <span className="muted">{t('mapView.legendSize')}</span>
      </div>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('scores.mapTitle')} data-testid="influence-map">
        <line x1={mx} x2={mx} y1={PAD.top} y2={H - PAD.bottom} className="median" />
        <line x1={PAD.left} x2={W - PAD.right} y1={my} y2={my} className="median" />
        {label('expert', PAD.left, PAD.top - 16, 'start', '↖')}
        {label('star', W - PAD.right, PAD.top - 16, 'end', '↗')}
        {label('peer', PAD.left, H - PAD.bottom + 46, 'start', '↙')}
        {label('megaphone', W - PAD.right, H - PAD.bottom + 46, 'end', '↘')}
        <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} className="axis" />
        <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={H - PAD.bottom} className="axis" />
        {geometry.ticks.map((tk) => (
          <text key={tk} x={x(tk)} y={H - PAD.bottom + 16} textAnchor="middle" className="tick">{formatCount(tk, i18n.language)}</text>
        ))}
        {[0, 25, 50, 75, 100].map((v) => (
          <text key={v} x={PAD.left - 8} y={y(v) + 4} textAnchor="end" className="tick">{v}</text>
        ))}
        <text x={(W + PAD.left) / 2} y={H - 14} textAnchor="middle" className="axis-title">{t('scores.mapAudience')}</text>
        <text x={16} y={(H - PAD.bottom + PAD.top) / 2} textAnchor="middle" className="axis-title" transform={`rotate(-90 16 ${(H - PAD.bottom + PAD.top) / 2})`}>{t('scores.mapInfluence')}</text>
        {people.map((p) => (
          <circle
            key={p.personId}
            data-person={p.personId}
            cx={x(p.audience)}
            cy={y(p.influence)}
            r={p.personId === selected ? 7 : 4.5}
            fill={ROLE_COLOURS[p.role]}
            className={p.personId === selected ? 'point selected' : 'point'}
            onMouseEnter={() => setHover(p)}
            onMouseLeave={() => setHover(null)}
            onClick={() => onSelect(p.personId)}
          >
            <title>{p.name}</title>
          </circle>
        ))}
        {names.map((n) => (
          <text key={n.id} x={n.x} y={n.y} textAnchor={n.anchor} className="leader-label" data-person={n.id} onClick={() => onSelect(n.id)}>{n.text}</text>
        ))}
      </svg>
      <p className="map-hover" data-testid="map-hover">
        {hover
          ? `${hover.name} · ${t(`roles.${hover.role}`)}${hover.organisation ? ` · ${hover.organisation}` : ''} — ${t('scores.names.influence')} ${formatDecimal(hover.influence, i18n.language, 1)}, ${t('scores.names.audience')} ${formatCount(hover.audience, i18n.language)}${hover.quadrant ? ` (${t(`scores.quadrants.${hover.quadrant}`)})` : ''}`
          : t('scores.mapHint')}
      </p>
    </div>
  );
}
