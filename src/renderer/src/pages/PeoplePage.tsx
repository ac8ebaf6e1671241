// Everyone in the network, searchable by name, organisation or handle, filterable by role.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type PeoplePage as Page, type Role } from '../../../shared/domain';
import { useClient } from '../api/context';
import { errorText } from '../errors';

const PAGE = 100;

export function PeoplePage({ onSelectPerson }: { onSelectPerson: (id: number) => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [limit, setLimit] = useState(PAGE);
  const [page, setPage] = useState<Page | null>(null);
  // The failure itself (or a message of ours), translated as it is shown.
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);

  // An edit, an import or an undo elsewhere changes the list: fetch it again.
  useEffect(() => client.on('network:changed', () => setVersion((v) => v + 1)), [client]);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      client['people:list']({ ...(search ? { search } : {}), ...(role ? { role } : {}), limit }).then(
        (p) => live && setPage(p),
        (e: unknown) => live && setError(e),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, search, role, limit, version]);

  return (
    <div className="page">
      <div className="filters">
        <input type="search" placeholder={t('people.search')} aria-label={t('people.search')} value={search} onChange={(e) => setSearch(e.target.value)} />
        <select aria-label={t('rankings.role')} value={role} onChange={(e) => setRole(e.target.value as Role | '')}>
          <option value="">{t('people.allRoles')}</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>{t(`roles.${r}`)}</option>
          ))}
        </select>
        {page && <span className="muted" data-testid="people-count">{t('people.count', { count: page.total })}</span>}
      </div>
      {error !== null && <p className="error" role="alert">{errorText(t, error)}</p>}
      {page && page.people.length === 0 && <p className="notice">{t('people.none')}</p>}
      <table className="table">
        <thead>
          <tr>
            <th>{t('rankings.name')}</th>
            <th>{t('rankings.role')}</th>
            <th>{t('rankings.organisation')}</th>
            <th>{t('person.title')}</th>
          </tr>
        </thead>
        <tbody>
          {page?.people.map((p) => (
            <tr key={p.id} onClick={() => onSelectPerson(p.id)} className="clickable">
              <td>{p.name}{p.isMe && <span className="badge">{t('person.me')}</span>}</td>
              <td>{t(`roles.${p.role}`)}</td>
              <td>{p.organisation ?? '—'}</td>
              <td>{p.title ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {page && page.total > page.people.length && (
        <button type="button" onClick={() => setLimit(limit + PAGE)}>{t('people.more')}</button>
      )}
    </div>
  );
}
