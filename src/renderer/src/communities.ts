// Community names as every view shows them: the latest run's lasting names (or the run asked
// for), in the interface's language, reloaded when scores change or a community is renamed.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { communityLabel, type CommunityInfo } from '../../shared/communities';
import { communityLabel as numberedCommunity } from '../../shared/scores';
import { useClient } from './api/context';

export function useCommunities(runId?: number): { list: CommunityInfo[]; name: (community: number) => string; reload: () => void } {
  const client = useClient();
  const { t, i18n } = useTranslation();
  const [list, setList] = useState<CommunityInfo[]>([]);
  const reload = useCallback(() => {
    client['communities:list'](runId !== undefined ? { runId } : {}).then(setList, () => setList([]));
  }, [client, runId]);
  useEffect(() => {
    reload();
    return client.on('scores:changed', reload);
  }, [client, reload]);
  const name = useCallback(
    (community: number) => {
      const c = list.find((x) => x.community === community);
      return c ? communityLabel(c, i18n.language) : t('network.communityN', { n: numberedCommunity(community) });
    },
    [list, i18n.language, t],
  );
  return { list, name, reload };
}
