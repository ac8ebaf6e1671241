// Undo and redo of the user's edits (people, events, attendance, merges), in the top bar and on
// Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (Ctrl+Y) — except while typing, where the text field's own
// undo applies.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UndoState } from '../../../shared/domain';
import { useClient } from '../api/context';
import { errorText } from '../errors';

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

export function UndoButtons() {
  const { t } = useTranslation();
  const client = useClient();
  const [state, setState] = useState<UndoState>({ undo: null, redo: null });
  // The failure itself (or a message of ours), translated as it is shown.
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    void client['edit:state'](undefined).then(setState);
    const offs = [client.on('edit:changed', setState), client.on('network:changed', () => void client['edit:state'](undefined).then(setState))];
    return () => offs.forEach((off) => off());
  }, [client]);

  useEffect(() => {
    const run = (direction: 'undo' | 'redo') =>
      void client[direction === 'undo' ? 'edit:undo' : 'edit:redo'](undefined).then(
        (s) => {
          setState(s);
          setError(null);
        },
        (e: unknown) => setError(e),
      );
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || typing(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey && state.undo) run('undo');
      else if (((key === 'z' && event.shiftKey) || key === 'y') && state.redo) run('redo');
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    // The Electron menu's Edit › Undo/Redo (its accelerators reach the menu, not the page).
    const off = client.on('app:command', ({ command }) => {
      if (typing(document.activeElement)) document.execCommand(command);
      else if (command === 'undo' ? state.undo : state.redo) run(command);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      off();
    };
  }, [client, state]);

  const label = (what: string | null) => (what ? t(`edits.${what}`, { defaultValue: what }) : '');
  return (
    <span className="undo-buttons">
      <button
        type="button"
        disabled={!state.undo}
        title={state.undo ? t('edits.undoTitle', { what: label(state.undo) }) : t('edits.nothing')}
        aria-label={state.undo ? t('edits.undoTitle', { what: label(state.undo) }) : t('edits.undo')}
        onClick={() => void client['edit:undo'](undefined).then(setState, (e: unknown) => setError(e))}
      >
        ↶ {t('edits.undo')}
      </button>
      <button
        type="button"
        disabled={!state.redo}
        title={state.redo ? t('edits.redoTitle', { what: label(state.redo) }) : t('edits.nothing')}
        aria-label={state.redo ? t('edits.redoTitle', { what: label(state.redo) }) : t('edits.redo')}
        onClick={() => void client['edit:redo'](undefined).then(setState, (e: unknown) => setError(e))}
      >
        ↷ {t('edits.redo')}
      </button>
      {error !== null && <span className="error small" role="alert">{errorText(t, error)}</span>}
    </span>
  );
}
