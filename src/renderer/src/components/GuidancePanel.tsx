// Where the network's data is too thin for the scores of this view to mean something: a compact
// list (one line a hint, its reason and fixes on demand), hidden per network once dismissed.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { guidanceFor, type GuidanceItem, type GuidanceView } from '../../../shared/guidance';
import { guidanceWords } from '../../../shared/guidance-text';
import type { Translate } from '../../../shared/watch-text';
import { useClient } from '../api/context';
import { errorText } from '../errors';
import { navigateTo } from '../navigate';

const HIDDEN = 'maillage.guidance.hidden';

/** Hints dismissed, per network (by file name): a hint that appears later shows again. */
function hiddenIn(network: string): string[] {
  try {
    const all = JSON.parse(localStorage.getItem(HIDDEN) ?? '{}') as Record<string, unknown>;
    const ids = all[network];
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function setHiddenIn(network: string, ids: string[]): void {
  try {
    let all: Record<string, unknown> = {};
    try {
      all = JSON.parse(localStorage.getItem(HIDDEN) ?? '{}') as Record<string, unknown>;
    } catch {
      // A damaged entry is replaced.
    }
    if (ids.length === 0) delete all[network];
    else all[network] = ids;
    localStorage.setItem(HIDDEN, JSON.stringify(all));
  } catch {
    // No storage (full, or refused): hidden for this session only.
  }
}

function OwnerForm() {
  const { t } = useTranslation();
  const client = useClient();
  const [name, setName] = useState('');
  const [x, setX] = useState('');
  const [linkedin, setLinkedin] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    // The page hears network:changed and the hint goes away.
    client['owner:set']({ name, ...(x.trim() ? { x } : {}), ...(linkedin.trim() ? { linkedin } : {}) }).catch(setError);
  };
  return (
    <form className="guidance-owner" onSubmit={submit}>
      <label>{t('guidance.owner.name')} <input required value={name} onChange={(e) => setName(e.target.value)} /></label>
      <label>{t('guidance.owner.x')} <input value={x} onChange={(e) => setX(e.target.value)} /></label>
      <label>{t('guidance.owner.linkedin')} <input value={linkedin} onChange={(e) => setLinkedin(e.target.value)} /></label>
      <button type="submit">{t('guidance.owner.save')}</button>
      {error !== null && <span className="error" role="alert">{errorText(t, error)}</span>}
    </form>
  );
}

function Hint({ item, tr }: { item: GuidanceItem; tr: Translate }) {
  const { t } = useTranslation();
  const words = guidanceWords(item, tr);
  const target = item.action === 'import' ? 'import' : item.action === 'events' ? 'events' : item.action === 'logInteraction' ? 'people' : null;
  return (
    <li data-guidance={item.id}>
      <details>
        <summary>
          <strong>{words.title}</strong> <span className="muted small">{t('guidance.affects', { scores: words.affects.join(', ') })}</span>
        </summary>
        <p>{words.why}</p>
        {/* The owner hint's one fix is its own form. */}
        {target !== null && (
          <>
            <p className="muted">{t('guidance.toAddList')}</p>
            <ul className="guidance-fixes">
              {words.fixes.map((fix) => <li key={fix}>{fix}</li>)}
            </ul>
          </>
        )}
        {target !== null ? (
          <button type="button" onClick={() => navigateTo(target)}>{t(`guidance.actions.${item.action}`)}</button>
        ) : (
          <OwnerForm />
        )}
      </details>
    </li>
  );
}

export function GuidancePanel({ view }: { view: GuidanceView }) {
  const { t } = useTranslation();
  const client = useClient();
  const [items, setItems] = useState<GuidanceItem[]>([]);
  const [network, setNetwork] = useState<string | null>(null);
  const [hidden, setHidden] = useState<string[]>([]);

  useEffect(() => {
    let live = true;
    const load = () => {
      void client['network:guidance'](undefined).then((g) => live && setItems(guidanceFor(g.items, view)), () => undefined);
      void client['network:info'](undefined).then((info) => {
        if (!live) return;
        setNetwork(info.name);
        setHidden(hiddenIn(info.name));
      }, () => undefined);
    };
    load();
    // What the data holds changes with the network, not with a score run.
    const offs = [client.on('network:changed', load)];
    return () => {
      live = false;
      offs.forEach((off) => off());
    };
  }, [client, view]);

  if (network === null || items.length === 0) return null;
  const shown = items.filter((item) => !hidden.includes(item.id));
  const hide = (ids: string[]) => {
    setHiddenIn(network, ids);
    setHidden(ids);
  };
  if (shown.length === 0) {
    return (
      <p className="guidance-hidden muted small" data-testid="guidance-hidden">
        {t('guidance.hidden', { count: items.length })}{' '}
        <button type="button" className="link" onClick={() => hide([])}>{t('guidance.showAgain')}</button>
      </p>
    );
  }
  const tr: Translate = (key, vars) => t(key, vars ?? {});
  return (
    <aside className="guidance" data-testid="guidance" aria-label={t('guidance.title')}>
      <div className="guidance-head">
        <strong>{t('guidance.title')}</strong>
        <button type="button" className="link" onClick={() => hide([...new Set([...hidden, ...items.map((i) => i.id)])])}>{t('guidance.dismiss')}</button>
      </div>
      <ul>
        {shown.map((item) => <Hint key={item.id} item={item} tr={tr} />)}
      </ul>
    </aside>
  );
}
