// Everyone in the network, searchable by name, organisation or handle, filterable by role; roles
// guessed from titles shown as suggestions; several people selected at once get a role or an
// organisation in one edit; a person can be added by hand.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type PeoplePage as Page, type Role } from '../../../shared/domain';
import { useClient } from '../api/context';
import { AddPersonForm } from '../components/AddPersonForm';
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
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [bulkRole, setBulkRole] = useState<Role>('cmo');
  const [bulkOrganisation, setBulkOrganisation] = useState('');
  const [adding, setAdding] = useState(false);

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

  const toggle = (id: number) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const shown = page?.people ?? [];
  const allShown = shown.length > 0 && shown.every((p) => selected.has(p.id));
  const apply = (patch: { role?: Role; organisation?: string | null }, ids = [...selected]) =>
    client['people:bulkUpdate']({ ids, ...patch }).then(
      () => setError(null),
      (e: unknown) => setError(e),
    );

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
        <button type="button" onClick={() => setAdding(!adding)} aria-expanded={adding}>{t('myData.addPerson')}</button>
      </div>
      {adding && (
        <AddPersonForm
          onAdded={(id) => {
            setAdding(false);
            onSelectPerson(id);
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      {selected.size > 0 && (
        <div className="filters" role="group" aria-label={t('myData.bulkLabel')} data-testid="bulk-edit">
          <span>{t('myData.selected', { count: selected.size })}</span>
          <select aria-label={t('myData.bulkRole')} value={bulkRole} onChange={(e) => setBulkRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>{t(`roles.${r}`)}</option>
            ))}
          </select>
          <button type="button" onClick={() => void apply({ role: bulkRole })}>{t('myData.setRole')}</button>
          <input aria-label={t('myData.bulkOrganisation')} placeholder={t('myData.bulkOrganisation')} value={bulkOrganisation} onChange={(e) => setBulkOrganisation(e.target.value)} />
          <button type="button" onClick={() => void apply({ organisation: bulkOrganisation.trim() || null })}>{t('myData.setOrganisation')}</button>
          <button type="button" onClick={() => setSelected(new Set())}>{t('myData.clearSelection')}</button>
        </div>
      )}
      {error !== null && <p className="error" role="alert">{errorText(t, error)}</p>}
      {page && page.people.length === 0 && <p className="notice">{t('people.none')}</p>}
      <table className="table">
        <thead>
          <tr>
            <th>
              <input
                type="checkbox"
                aria-label={t('myData.selectAll')}
                checked={allShown}
                onChange={() => setSelected(allShown ? new Set() : new Set([...selected, ...shown.map((p) => p.id)]))}
              />
            </th>
            <th>{t('rankings.name')}</th>
            <th>{t('rankings.role')}</th>
            <th>{t('rankings.organisation')}</th>
            <th>{t('person.title')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p) => (
            <tr key={p.id} onClick={() => onSelectPerson(p.id)} className="clickable">
              <td onClick={(e) => e.stopPropagation()}>
                <input type="checkbox" aria-label={t('myData.select', { name: p.name })} checked={selected.has(p.id)} onChange={() => toggle(p.id)} />
              </td>
              <td>{p.name}{p.isMe && <span className="badge">{t('person.me')}</span>}</td>
              <td data-testid="role-cell">
                {p.roleSource === 'inferred' ? (
                  <>
                    <span className="muted" title={t('myData.suggestionHelp')}>{t('myData.suggested', { role: t(`roles.${p.role}`) })}</span>{' '}
                    <button
                      type="button"
                      className="link"
                      onClick={(e) => {
                        e.stopPropagation();
                        void apply({ role: p.role }, [p.id]);
                      }}
                    >
                      {t('myData.confirmRole')}
                    </button>
                  </>
                ) : (
                  t(`roles.${p.role}`)
                )}
              </td>
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
