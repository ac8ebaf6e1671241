// Organic growth (issue #17 part 1): the owner's X audience snapshot by snapshot — a chart of
// followers and followings over time, a table of what changed with who came and who left, the
// follow-back ratio, and the flags with their reason in words; and the audience itself, listed.
import { Fragment, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AudienceAccounts, AudienceAudit, AudienceFlag, AudienceList, AudienceSide, AudienceSnapshotView } from '../../../../shared/audience';
import { useClient } from '../../api/context';
import { formatDate, formatPercent } from '../../format';

const SOURCE_KEYS = { archive: 'audience.sourceArchive', collection: 'audience.sourceCollection', import: 'audience.sourceImport' } as const;
const CHART_WIDTH = 600;
const CHART_HEIGHT = 140;

function AudienceChart({ snapshots }: { snapshots: AudienceSnapshotView[] }) {
  const { t, i18n } = useTranslation();
  const dated = snapshots.map((s) => ({ ...s, at: Date.parse(s.takenAt) }));
  if (dated.length === 0) return null;
  const first = dated[0]!.at;
  const span = Math.max(1, dated.at(-1)!.at - first);
  const max = Math.max(1, ...dated.map((s) => Math.max(s.followers ?? 0, s.followings ?? 0)));
  const x = (at: number) => (dated.length === 1 ? CHART_WIDTH / 2 : 10 + ((at - first) / span) * (CHART_WIDTH - 20));
  const y = (v: number) => CHART_HEIGHT - 10 - (v / max) * (CHART_HEIGHT - 20);
  const line = (pick: (s: AudienceSnapshotView) => number | null) =>
    dated.flatMap((s) => (pick(s) === null ? [] : [`${x(s.at)},${y(pick(s)!)}`])).join(' ');
  const day = (iso: string) => formatDate(iso, i18n.language);
  return (
    <figure className="audience-chart" data-testid="audience-chart">
      <svg width="100%" viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`} role="img" aria-label={t('audience.chartLabel', { from: day(snapshots[0]!.takenAt), to: day(snapshots.at(-1)!.takenAt) })}>
        <line x1={0} x2={CHART_WIDTH} y1={CHART_HEIGHT - 10} y2={CHART_HEIGHT - 10} className="axis" />
        <polyline className="followers" points={line((s) => s.followers)} />
        <polyline className="followings" points={line((s) => s.followings)} />
        {dated.map((s) => (
          <g key={s.id}>
            <title>{t('audience.pointTip', { date: day(s.takenAt), followers: s.followers ?? 0, followings: s.followings ?? 0 })}</title>
            {s.followers !== null && <circle className="followers" cx={x(s.at)} cy={y(s.followers)} r={4} />}
            {s.followings !== null && <circle className="followings" cx={x(s.at)} cy={y(s.followings)} r={4} />}
          </g>
        ))}
      </svg>
      <div className="audience-chart-dates muted small"><span>{day(snapshots[0]!.takenAt)}</span><span>{day(snapshots.at(-1)!.takenAt)}</span></div>
      <figcaption className="muted small">
        <span className="followers-key">■</span> {t('audience.followers')} · <span className="followings-key">■</span> {t('audience.followings')} · {t('audience.scale', { max })}
      </figcaption>
    </figure>
  );
}

/** One flag's reason in words, with the threshold it crossed. */
function FlagReason({ flag, audit }: { flag: AudienceFlag; audit: AudienceAudit }) {
  const { t, i18n } = useTranslation();
  const th = audit.thresholds;
  const percent = (v: number) => formatPercent(v, i18n.language, 0);
  switch (flag.kind) {
    case 'burst':
      return <>{Number.isFinite(flag.factor)
        ? t('audience.flag.burst', { perDay: flag.gainedPerDay, factor: flag.factor, median: flag.medianPerDay, threshold: th.burstFactor, min: th.burstMinGained })
        : t('audience.flag.burstFromNothing', { perDay: flag.gainedPerDay, min: th.burstMinGained })}</>;
    case 'mass_follow':
      return <>{t('audience.flag.mass_follow', { followings: flag.followings, followers: flag.followers, ratio: percent(flag.followBackRatio), times: th.massFollowRatio, below: percent(th.massFollowBackBelow), min: th.massFollowMinFollowings })}</>;
    case 'silent_followers':
      return <>{t('audience.flag.silent_followers', { silent: flag.silent, followers: flag.followers, share: percent(flag.share), threshold: percent(th.silentShare), min: th.silentMinFollowers })}</>;
  }
}

/** A list of accounts: people of the network as links to their page, the others by their X id. */
function AccountList({ title, accounts, onSelectPerson }: { title: string; accounts: AudienceAccounts | undefined; onSelectPerson: (id: number) => void }) {
  const { t } = useTranslation();
  if (!accounts) return <p className="muted">{t('audience.loading')}</p>;
  return (
    <div className="audience-accounts">
      <h3>{title}</h3>
      {accounts.total === 0 ? <p className="muted">{t('audience.nobody')}</p> : (
        <ul>
          {accounts.accounts.map((a) => (
            <li key={a.accountId}>
              {a.personId !== null
                ? <button type="button" className="link" onClick={() => onSelectPerson(a.personId!)}>{a.name}</button>
                : <span title={a.link}>{t('audience.account', { id: a.accountId })}</span>}
            </li>
          ))}
          {accounts.total > accounts.accounts.length && <li className="muted">{t('audience.more', { count: accounts.total - accounts.accounts.length })}</li>}
        </ul>
      )}
    </div>
  );
}

const CHANGES: Array<{ side: AudienceSide; list: AudienceList; key: string }> = [
  { side: 'follower', list: 'gained', key: 'came' },
  { side: 'follower', list: 'lost', key: 'left' },
  { side: 'following', list: 'gained', key: 'startedFollowing' },
  { side: 'following', list: 'lost', key: 'stoppedFollowing' },
];
const SHOWN = 200;

function Changes({ snapshot, onSelectPerson }: { snapshot: AudienceSnapshotView; onSelectPerson: (id: number) => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [lists, setLists] = useState<Record<string, AudienceAccounts>>({});
  useEffect(() => {
    let live = true;
    for (const c of CHANGES) {
      void client['watch:audienceAccounts']({ snapshotId: snapshot.id, side: c.side, list: c.list, limit: SHOWN }).then((a) => live && setLists((l) => ({ ...l, [c.key]: a })));
    }
    return () => {
      live = false;
    };
  }, [client, snapshot.id]);
  return (
    <div className="audience-changes" data-testid="audience-changes">
      {CHANGES.map((c) => (
        <AccountList key={c.key} title={t(`audience.${c.key}`, { count: lists[c.key]?.total ?? 0 })} accounts={lists[c.key]} onSelectPerson={onSelectPerson} />
      ))}
    </div>
  );
}

function AudienceMembers({ snapshot, onSelectPerson }: { snapshot: AudienceSnapshotView; onSelectPerson: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const [side, setSide] = useState<AudienceSide | null>(null);
  const [loaded, setLoaded] = useState<AudienceAccounts | undefined>();
  // The list of the side asked for, once it arrived (an earlier answer for the other side is not shown).
  const accounts = loaded && loaded.side === side && loaded.snapshotId === snapshot.id ? loaded : undefined;
  useEffect(() => {
    if (side === null) return;
    let live = true;
    void client['watch:audienceAccounts']({ snapshotId: snapshot.id, side, list: 'all', limit: SHOWN }).then((a) => live && setLoaded(a));
    return () => {
      live = false;
    };
  }, [client, snapshot.id, side]);
  return (
    <section className="audience-members" data-testid="audience-members">
      <h2>{t('audience.listTitle', { date: formatDate(snapshot.takenAt, i18n.language) })}</h2>
      <div className="filters">
        <button type="button" aria-pressed={side === 'follower'} onClick={() => setSide('follower')}>{t('audience.listFollowers', { count: snapshot.followers ?? 0 })}</button>
        <button type="button" aria-pressed={side === 'following'} onClick={() => setSide('following')}>{t('audience.listFollowings', { count: snapshot.followings ?? 0 })}</button>
      </div>
      {side !== null && <AccountList title={t(side === 'follower' ? 'audience.followers' : 'audience.followings')} accounts={accounts} onSelectPerson={onSelectPerson} />}
    </section>
  );
}

export function AudienceView({ onSelectPerson }: { onSelectPerson: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const [audit, setAudit] = useState<AudienceAudit | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    client['watch:audience'](undefined).then(
      (a) => live && setAudit(a),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [client]);
  const percent = (v: number | null) => formatPercent(v, i18n.language, 0);
  const count = (v: number | null) => (v === null ? '—' : new Intl.NumberFormat(i18n.language).format(v));
  const th = audit?.thresholds;
  return (
    <div className="audience" data-testid="audience">
      <p className="muted">{t('audience.help')}</p>
      {error && <p className="error" role="alert">{t('errors.failed', { message: error })}</p>}
      {audit && audit.snapshots.length === 0 && <p className="muted" data-testid="audience-none">{t('audience.none')}</p>}
      {audit && audit.snapshots.length > 0 && (
        <>
          <AudienceChart snapshots={audit.snapshots} />
          <table className="table audience-table" data-testid="audience-table">
            <thead>
              <tr>
                <th>{t('audience.date')}</th>
                <th className="num">{t('audience.followers')}</th>
                <th className="num">{t('audience.followings')}</th>
                <th className="num">{t('audience.gained')}</th>
                <th className="num">{t('audience.lost')}</th>
                <th className="num">{t('audience.followBack')}</th>
                <th className="num">{t('audience.silent')}</th>
                <th>{t('audience.flags')}</th>
              </tr>
            </thead>
            <tbody>
              {[...audit.snapshots].reverse().map((s) => (
                <Fragment key={s.id}>
                  <tr data-snapshot={s.id}>
                    <td>
                      {formatDate(s.takenAt, i18n.language)}{' '}
                      <span className="muted small">{t(SOURCE_KEYS[s.dateSource])}</span>
                    </td>
                    <td className="num">{count(s.followers)}</td>
                    <td className="num">{count(s.followings)}</td>
                    <td className="num gained">{s.gained === null ? '—' : s.gained === 0 ? '0' : `+${count(s.gained)}`}</td>
                    <td className="num lost">{s.lost === null ? '—' : s.lost === 0 ? '0' : `−${count(s.lost)}`}</td>
                    <td className="num">{percent(s.followBackRatio)}</td>
                    <td className="num">{s.silentFollowers === null ? '—' : `${count(s.silentFollowers)} (${percent(s.silentShare)})`}</td>
                    <td className="flags">
                      {s.flags.length === 0 ? <span className="muted">{t('audience.noFlag')}</span> : (
                        <ul>{s.flags.map((f) => <li key={f.kind} className={`flag ${f.kind}`}><FlagReason flag={f} audit={audit} /></li>)}</ul>
                      )}
                      {s.gained !== null && (
                        <button type="button" className="link who" aria-expanded={open === s.id} onClick={() => setOpen(open === s.id ? null : s.id)}>
                          {t(open === s.id ? 'audience.hideWho' : 'audience.who')}
                        </button>
                      )}
                    </td>
                  </tr>
                  {open === s.id && (
                    <tr className="audience-who">
                      <td colSpan={8}><Changes snapshot={s} onSelectPerson={onSelectPerson} /></td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
          {th && (
            <div className="methodology" data-testid="audience-definitions">
              <h3>{t('audience.definitionsTitle')}</h3>
              <p>{t('audience.definitions.burst', { threshold: th.burstFactor, min: th.burstMinGained, intervals: th.burstMinIntervals })}</p>
              <p>{t('audience.definitions.mass_follow', { times: th.massFollowRatio, below: percent(th.massFollowBackBelow), min: th.massFollowMinFollowings })}</p>
              <p>{t('audience.definitions.silent_followers', { threshold: percent(th.silentShare), min: th.silentMinFollowers })}</p>
              <p>{t('audience.definitions.followBack')}</p>
            </div>
          )}
          <AudienceMembers snapshot={audit.snapshots.at(-1)!} onSelectPerson={onSelectPerson} />
        </>
      )}
    </div>
  );
}
