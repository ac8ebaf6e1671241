// The services of issue #17 (what a CMO watches), one function per contract channel, on the
// network that is open now. createServices spreads them into the one gate every host calls.
import type { Api } from '../../../shared/contract';
import { resolveLanguage } from '../../../shared/i18n';
import type { NetworkHolder } from '../services';
import type { PreferenceStore } from '../preferences';
import { EditionRequestError, topEdition } from './top-edition';
import { topReportFile } from './top-report';

export type WatchChannel = 'report:top';

export class WatchRequestError extends Error {}

export function watchServices(networks: NetworkHolder, preferences: PreferenceStore): Pick<Api, WatchChannel> {
  const db = () => networks.current().db;
  return {
    'report:top': async ({ language, ...query }) => {
      const lang = language ?? resolveLanguage(preferences.read().language, Intl.DateTimeFormat().resolvedOptions().locale);
      try {
        const edition = topEdition(db(), query);
        return { edition, file: topReportFile(edition, { language: lang, networkName: networks.current().info().name }) };
      } catch (error) {
        if (error instanceof EditionRequestError) throw new WatchRequestError(error.message);
        throw error;
      }
    },
  };
}
