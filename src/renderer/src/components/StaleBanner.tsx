// Says when the latest score run no longer describes the network (something was imported,
// edited, undone or erased after it), and computes it again over the same window and channels.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoreRunSummary } from '../../../shared/scores';
import { useClient } from '../api/context';

export function StaleBanner() {
  const { t } = useTranslation();
  const client = useClient();
  const [latest, setLatest] = useState<ScoreRunSummary | null>(null);
  const [running, setRunning] = useState(false);

  useEffect(() => {
    let live = true;
    const load = () => void client['scores:runs'](undefined).then((runs) => live && setLatest(runs[0] ?? null), () => undefined);
    load();
    const offs = [client.on('network:changed', load), client.on('scores:changed', load)];
    return () => {
      live = false;
      offs.forEach((off) => off());
    };
  }, [client]);

  if (!latest?.stale) return null;
  const again = () => {
    setRunning(true);
    client['scores:run'](latest.params).then(
      () => setRunning(false),
      () => setRunning(false),
    );
  };
  return (
    <p className="stale-banner" role="status" data-testid="stale-banner">
      {t('freshness.stale', { date: new Date(latest.createdAt).toLocaleString() })}{' '}
      <button type="button" className="link" onClick={again} disabled={running}>
        {running ? t('scores.computing') : t('freshness.again')}
      </button>
    </p>
  );
}
