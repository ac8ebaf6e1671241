// The app shell: navigation between the views, the person panel, language and theme.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveLanguage } from '../../shared/i18n';
import type { JobProgress, NetworkInfo, Preferences } from '../../shared/domain';
import { useClient } from './api/context';
import { PersonPanel } from './components/PersonPanel';
import { Welcome } from './components/StartNetwork';
import type { NetworkList } from '../../shared/my-data';
import { EventsPage } from './pages/events/EventsPage';
import { MyNetworkPage } from './pages/MyNetworkPage';
import { ImportPage } from './pages/import/ImportPage';
import { UndoButtons } from './components/UndoButtons';
import { NetworkPage } from './pages/network/NetworkPage';
import { PeoplePage } from './pages/PeoplePage';
import { RankingsPage } from './pages/RankingsPage';
import { WatchPage } from './pages/watch/WatchPage';
import { onNavigate } from './navigate';
import { APP_PAGES, type AppPage } from '../../shared/contract';

/** Set for the session once the user chose to explore the made-up sample. */
const SAMPLE_CHOSEN = 'maillage.sampleChosen';

function useSystemDark(): boolean {
  const query = '(prefers-color-scheme: dark)';
  const [dark, setDark] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const media = window.matchMedia(query);
    const listener = () => setDark(media.matches);
    media.addEventListener('change', listener);
    return () => media.removeEventListener('change', listener);
  }, []);
  return dark;
}

/** A network's name as people say it: its file name without the ".maillage" every network file has (the full name stays in the tooltip). */
const networkTitle = (file: string) => file.replace(/\.maillage$/i, '');

export function App() {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const [page, setPage] = useState<AppPage>('network');
  const [person, setPerson] = useState<number | null>(null);
  const [info, setInfo] = useState<NetworkInfo | null>(null);
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  // The browser host lists the networks of its data folder; the desktop app has its File menu.
  const [networks, setNetworks] = useState<NetworkList | null>(null);
  const [sampleChosen, setSampleChosen] = useState(() => sessionStorage.getItem(SAMPLE_CHOSEN) === '1');
  const [starting, setStarting] = useState(false);
  const systemDark = useSystemDark();
  const dark = prefs?.theme === 'dark' || (prefs?.theme !== 'light' && systemDark);

  useEffect(() => {
    void client['network:info'](undefined).then(setInfo);
    void client['preferences:get'](undefined).then(setPrefs);
    const listNetworks = () => void client['networks:list'](undefined).then(setNetworks, () => setNetworks(null));
    listNetworks();
    const offs = [
      client.on('network:changed', (next) => {
        setInfo(next);
        listNetworks();
      }),
      client.on('preferences:changed', setPrefs),
      client.on('app:navigate', ({ page: next }) => setPage(next)),
      onNavigate(setPage),
      client.on('job:progress', (p) => setProgress(p.done >= p.total ? null : p)),
    ];
    return () => offs.forEach((off) => off());
  }, [client]);

  useEffect(() => {
    if (!prefs) return;
    void i18n.changeLanguage(resolveLanguage(prefs.language, navigator.language));
  }, [prefs, i18n]);

  useEffect(() => {
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    document.documentElement.lang = i18n.language;
  }, [dark, i18n.language]);

  useEffect(() => {
    document.title = info ? `${info.isSample ? t('app.sample') : networkTitle(info.name)} — Maillage` : 'Maillage';
  }, [info, t]);

  // Keyboard: Alt+1…7 switch views, Escape closes the person panel.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && /^[1-7]$/.test(event.key)) setPage(APP_PAGES[Number(event.key) - 1] as AppPage);
      if (event.key === 'Escape') setPerson(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const select = useCallback((id: number | null) => setPerson(id), []);
  const savePrefs = (patch: Partial<Preferences>) => void client['preferences:set'](patch).then(setPrefs);

  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">Maillage</span>
        {info && (
          <span className="network-name" title={info.isSample ? t('app.sampleHint') : info.name}>
            {info.isSample ? t('app.sample') : networkTitle(info.name)}
          </span>
        )}
        {networks && (
          <label className="pref">
            {/* No visible caption: the menu shows the network's own name, and the top bar must fit 1280 px in French. */}
            <select
              aria-label={t('start.switch')}
              title={t('start.switch')}
              value={networks.current}
              onChange={(e) => {
                if (e.target.value === '') setStarting(true);
                else void client['networks:open']({ file: e.target.value });
              }}
            >
              {networks.networks.map((n) => (
                <option key={n.file} value={n.file}>{n.isSample ? t('app.sample') : n.name}</option>
              ))}
              <option value="">{t('start.newNetwork')}</option>
            </select>
          </label>
        )}
        <nav aria-label="views">
          {APP_PAGES.map((p, i) => (
            <button key={p} type="button" className={p === page ? 'active' : ''} aria-current={p === page ? 'page' : undefined} onClick={() => setPage(p)} title={`Alt+${i + 1}`}>
              {p === 'watch' ? t('watch.nav') : t(`nav.${p}`)}
            </button>
          ))}
        </nav>
        <span className="spacer" />
        <UndoButtons />
        <label className="pref">
          <span className="muted">{t('prefs.language')}</span>
          <select aria-label={t('prefs.language')} value={prefs?.language ?? 'system'} onChange={(e) => savePrefs({ language: e.target.value as Preferences['language'] })}>
            <option value="system">{t('prefs.system')}</option>
            <option value="fr">{t('prefs.fr')}</option>
            <option value="en">{t('prefs.en')}</option>
          </select>
        </label>
        <label className="pref">
          <span className="muted">{t('prefs.theme')}</span>
          <select aria-label={t('prefs.theme')} value={prefs?.theme ?? 'system'} onChange={(e) => savePrefs({ theme: e.target.value as Preferences['theme'] })}>
            <option value="system">{t('prefs.system')}</option>
            <option value="light">{t('prefs.light')}</option>
            <option value="dark">{t('prefs.dark')}</option>
          </select>
        </label>
      </header>
      {info?.isSample && (
        <p className="sample-banner" data-testid="sample-banner">{t('start.sampleBanner')}</p>
      )}
      {networks && info && ((info.isSample && !sampleChosen) || starting) && (
        <Welcome
          onSample={() => {
            sessionStorage.setItem(SAMPLE_CHOSEN, '1');
            setSampleChosen(true);
            setStarting(false);
          }}
          onStarted={() => {
            setStarting(false);
            setPage('import');
          }}
        />
      )}
      {progress && (
        <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.done}>
          <div style={{ width: `${(100 * progress.done) / Math.max(1, progress.total)}%` }} />
        </div>
      )}
      <main className={person !== null ? 'with-panel' : ''}>
        <section className="view">
          {page === 'network' && <NetworkPage selected={person} onSelectPerson={select} dark={dark} info={info} />}
          {page === 'me' && <MyNetworkPage onSelectPerson={select} />}
          {page === 'rankings' && <RankingsPage onSelectPerson={select} selected={person} />}
          {page === 'watch' && <WatchPage onSelectPerson={select} />}
          {page === 'people' && <PeoplePage onSelectPerson={select} />}
          {page === 'events' && <EventsPage onSelectPerson={select} />}
          {page === 'import' && <ImportPage isSample={info?.isSample ?? false} canStart={networks !== null} onStartMyNetwork={() => setStarting(true)} />}
        </section>
        {person !== null && <PersonPanel key={person} id={person} onClose={() => setPerson(null)} onSelect={select} />}
      </main>
    </div>
  );
}
