// "Why this influence": the explanation of a person's score from the latest run, in words —
// who gives them influence, who returns their ties, their community, and influence vs audience.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RANKABLE_SCORES, SCORE_DESCRIPTORS, scoreValue, type InfluenceExplanation, type PersonScores, type RankableScore } from '../../../shared/scores';
import { useClient } from '../api/context';
import { useCommunities } from '../communities';
import { countOf } from '../counts';
import { formatCount, formatDecimal, formatPercent } from '../format';

/** The person panel's "all scores": every score its descriptor lists there, in the descriptors' order, with its decimals, written the language's way. */
const SHOWN: Array<[RankableScore, (s: PersonScores, language: string) => string]> = RANKABLE_SCORES.filter((id) => SCORE_DESCRIPTORS[id].inPanel).map((id) => [
  id,
  (s: PersonScores, language: string) => formatDecimal(scoreValue(s, id), language, SCORE_DESCRIPTORS[id].digits),
]);

export function WhyInfluence({ id, onSelect }: { id: number; onSelect: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  const { name: communityName } = useCommunities();
  const client = useClient();
  const [why, setWhy] = useState<InfluenceExplanation | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    const load = () => client['person:explain']({ id }).then((w) => live && setWhy(w), () => live && setWhy(null));
    void load();
    const off = client.on('scores:changed', () => void load());
    return () => {
      live = false;
      off();
    };
  }, [client, id]);

  if (why === undefined) return null;
  if (why === null) return <p className="muted">{t('scores.noRunForSize')}</p>;
  const s = why.scores;
  const person = (p: { personId: number; name: string }) => (
    <button type="button" className="link" onClick={() => onSelect(p.personId)}>{p.name}</button>
  );
  const list = (items: Array<{ personId: number; name: string }>) =>
    items.slice(0, 5).map((p, i) => (
      <span key={p.personId}>
        {i > 0 && ', '}
        {person(p)}
      </span>
    ));
  const gap = why.audienceGap;
  return (
    <section className="why" data-testid="why-influence">
      <h3>{t('scores.why')}</h3>
      <p>
        <strong>{t('scores.names.influence')} {formatDecimal(s.influence, i18n.language, 1)}</strong>{' '}
        <span className="muted">({why.ranks.influence !== undefined ? t('scores.rankOf', { rank: why.ranks.influence }) : '—'})</span>
      </p>
      <details data-testid="all-scores">
        <summary>{t('scores.allScores')}</summary>
        <table className="score-list">
          <tbody>
            {SHOWN.map(([key, value]) => (
              <tr key={key} title={t(SCORE_DESCRIPTORS[key].meaningKey)}>
                <td>
                  {t(SCORE_DESCRIPTORS[key].labelKey)}
                  <div className="muted small">{t(SCORE_DESCRIPTORS[key].meaningKey)}</div>
                </td>
                <td className="num">{value(s, i18n.language)}</td>
                <td className="num muted">{why.ranks[key] !== undefined ? t('scores.rankOf', { rank: why.ranks[key] }) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {gap.quadrant && (
        <p>
          {t('scores.gap', {
            influence: formatDecimal(gap.influence, i18n.language, 1),
            influenceMedian: formatDecimal(gap.influenceMedian, i18n.language, 1),
            audience: formatCount(gap.audience, i18n.language),
            audienceMedian: formatCount(gap.audienceMedian, i18n.language),
            quadrant: t(`scores.quadrants.${gap.quadrant}`),
            help: t(`scores.quadrantHelp.${gap.quadrant}`),
          })}
        </p>
      )}
      {why.contributors.length > 0 && (
        <>
          <h3>{t('scores.contributors')}</h3>
          <ul>
            {why.contributors.slice(0, 5).map((c) => (
              <li key={c.personId}>
                {person(c)} <span className="share">{t('scores.share', { share: formatPercent(c.share, i18n.language) })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{t('scores.reciprocalCount', { count: why.reciprocal.length })}</p>
      {why.amplifiedBy.length > 0 && <p><span className="muted">{t('scores.amplifiedBy')}:</span> {list(why.amplifiedBy)}</p>}
      {why.amplifies.length > 0 && <p><span className="muted">{t('scores.amplifies')}:</span> {list(why.amplifies)}</p>}
      <p>
        {t('organiser.communityOf', { name: communityName(why.community.id), size: countOf(t, 'people', why.community.size) })}
        {list(why.community.top.filter((m) => m.personId !== id))}
      </p>
      {why.strongestTies.length > 0 && (
        <>
          <h3>{t('scores.strongestTies')}</h3>
          <ul>
            {why.strongestTies.slice(0, 5).map((tie) => (
              <li key={tie.personId}>
                {person(tie)} <span className="share">{formatDecimal(tie.strength, i18n.language, 1)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
