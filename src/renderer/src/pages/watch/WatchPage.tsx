// "Watch": what the articles ask a CMO to watch (issue #17) — the yearly Top 30 edition, the
// reminders inbox, conversations versus broadcasts, creators versus curators, organic growth of
// the X audience: one tab each.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AudienceView } from './AudienceView';
import { ConversationsView } from './ConversationsView';
import { CreatorsView } from './CreatorsView';
import { RemindersView } from './RemindersView';
import { TopEditionView } from './TopEditionView';
import './watch.css';

const TABS = ['top', 'reminders', 'conversations', 'creators', 'audience'] as const;
type Tab = (typeof TABS)[number];

export function WatchPage({ onSelectPerson }: { onSelectPerson: (id: number) => void }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('top');
  return (
    <div className="page watch-page">
      <h1>{t('watch.title')}</h1>
      <div className="tabs" role="tablist">
        {TABS.map((name) => (
          <button key={name} type="button" role="tab" aria-selected={tab === name} className={tab === name ? 'active' : ''} onClick={() => setTab(name)}>
            {name === 'audience' ? t('audience.tab') : t(`watch.tabs.${name}`)}
          </button>
        ))}
      </div>
      {tab === 'top' && <TopEditionView onSelectPerson={onSelectPerson} />}
      {tab === 'reminders' && <RemindersView onSelectPerson={onSelectPerson} />}
      {tab === 'conversations' && <ConversationsView onSelectPerson={onSelectPerson} />}
      {tab === 'creators' && <CreatorsView onSelectPerson={onSelectPerson} />}
      {tab === 'audience' && <AudienceView onSelectPerson={onSelectPerson} />}
    </div>
  );
}
