// Says what size, colour and lines mean in the current drawing.
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/domain';
import type { ColourBy, SizeBy } from './appearance';
import { QUADRANT_COLOURS, ROLE_LEGEND } from './style';

/** `lean`: the lean style of large networks (style.ts), where colour, not dashes, tells reciprocal ties. */
export function Legend({ sizeBy, colourBy, lean }: { sizeBy: SizeBy; colourBy: ColourBy; lean: boolean }) {
  const { t } = useTranslation();
  const swatches = (entries: Array<[string, string]>, label: (key: string) => string) => (
    <ul>
      {entries.map(([key, colour]) => (
        <li key={key}>
          <span className="swatch" style={{ background: colour }} />
          {label(key)}
        </li>
      ))}
    </ul>
  );
  return (
    <aside className="legend" aria-label="legend">
      <p>{sizeBy === 'partners' ? t('network.legendSize') : t('scores.legendSize', { score: t(`scores.names.${sizeBy}`) })}</p>
      {colourBy === 'role' && (
        <>
          <p>{t('network.legendColour')}</p>
          {swatches(ROLE_LEGEND, (role) => t(`roles.${role as Role}`))}
        </>
      )}
      {colourBy === 'community' && <p>{t('scores.legendColourCommunity')}</p>}
      {colourBy === 'quadrant' && (
        <>
          <p>{t('scores.legendColourQuadrant')}</p>
          {swatches(Object.entries(QUADRANT_COLOURS), (q) => t(`scores.quadrants.${q}`))}
        </>
      )}
      <p>{t(lean ? 'network.legendEdgesLean' : 'network.legendEdges')}</p>
    </aside>
  );
}
