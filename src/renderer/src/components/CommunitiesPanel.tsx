// The latest run's communities with their lasting names, sizes, and a rename for each: the
// name then shows in the network view, the invite planner, CSV, GEXF and the CLI alike.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { communityLabel } from '../../../shared/communities';
import { useClient } from '../api/context';
import { useCommunities } from '../communities';

export function CommunitiesPanel() {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const { list, reload } = useCommunities();
  const [editing, setEditing] = useState<{ id: number; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    if (!editing) return;
    try {
      await client['community:rename']({ id: editing.id, name: editing.name });
      setEditing(null);
      setError(null);
      reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <section className="card" data-testid="communities">
      <h2>{t('organiser.communities')}</h2>
      <p className="muted small">{t('organiser.communitiesHelp')}</p>
      {error && <p className="error" role="alert">{error}</p>}
      <table className="table">
        <thead>
          <tr>
            <th>{t('rankings.name')}</th>
            <th className="num">{t('organiser.size')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {list.map((c) => {
            const label = communityLabel(c, i18n.language);
            return (
              <tr key={c.id}>
                <td>
                  {editing?.id === c.id ? (
                    <form
                      onSubmit={(e) => {
                        e.preventDefault();
                        void save();
                      }}
                    >
                      <input aria-label={t('organiser.renameOf', { name: label })} value={editing.name} maxLength={300} onChange={(e) => setEditing({ id: c.id, name: e.target.value })} autoFocus />
                      <button type="submit" disabled={editing.name.trim() === ''}>{t('organiser.save')}</button>
                    </form>
                  ) : (
                    label
                  )}
                </td>
                <td className="num">{c.size}</td>
                <td>
                  {editing?.id !== c.id && (
                    <button type="button" aria-label={t('organiser.renameButton', { name: label })} onClick={() => setEditing({ id: c.id, name: c.kind === 'custom' ? c.name : label })}>
                      {t('organiser.rename')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
