// Offered with every staged file: read it as the guest list of one of the network's events
// (a ticketing export, a form's answers, a spreadsheet), instead of as people or interactions.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventSummary } from '../../../../shared/domain';
import { useClient } from '../../api/context';

export function GuestListChoice({ onPick }: { onPick: (eventId: number) => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [events, setEvents] = useState<EventSummary[]>([]);
  useEffect(() => {
    client['events:list'](undefined).then(setEvents, () => setEvents([]));
  }, [client]);
  if (events.length === 0) return null;
  return (
    <p className="card" data-testid="guest-list-choice">
      <label>
        {t('attendeeImport.asGuestList')}{' '}
        <select aria-label={t('attendeeImport.asGuestList')} value="" onChange={(e) => e.target.value && onPick(Number(e.target.value))}>
          <option value="">{t('attendeeImport.pickEvent')}</option>
          {events.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}{e.date ? ` (${e.date})` : ''}
            </option>
          ))}
        </select>
      </label>
    </p>
  );
}
