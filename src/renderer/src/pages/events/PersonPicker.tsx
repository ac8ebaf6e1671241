// Finds a person by name, organisation or handle, to add them to an event or a plan.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../../../shared/domain';
import { useClient } from '../../api/context';

export function PersonPicker({ label, onPick, exclude = [] }: { label: string; onPick: (person: PersonSummary) => void; exclude?: number[] }) {
  const { t } = useTranslation();
  const client = useClient();
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<PersonSummary[]>([]);
  useEffect(() => {
    if (search.trim().length < 2) return;
    let live = true;
    const timer = setTimeout(() => void client['people:list']({ search: search.trim(), limit: 8 }).then((p) => live && setFound(p.people)), 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, search]);
  const shown = search.trim().length < 2 ? [] : found.filter((p) => !exclude.includes(p.id));
  return (
    <div className="person-picker">
      <input type="search" aria-label={label} placeholder={label} value={search} onChange={(e) => setSearch(e.target.value)} />
      {shown.length > 0 && (
        <ul role="listbox" aria-label={label}>
          {shown.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="link"
                onClick={() => {
                  onPick(p);
                  setSearch('');
                }}
              >
                {p.name}
              </button>{' '}
              <span className="muted small">{[t(`roles.${p.role}`), p.organisation].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
