// A person's exchanges: every dated interaction to or from them, oldest first — what the
// reminders and the conversation metrics are computed from.
import type { InteractionKind } from '../../../shared/domain';
import type { Db } from './connection';

export type Exchange = [from: number, to: number, kind: InteractionKind, weight: number, at: string];

export function exchangesOf(db: Db, personId: number, window: { from?: string; to?: string } = {}): Exchange[] {
  // Two index lookups (interaction_from, interaction_to) rather than one OR, which would scan.
  const range = `${window.from ? 'AND at >= @from' : ''} ${window.to ? 'AND at <= @to' : ''}`;
  return db
    .prepare(
      `SELECT from_person_id, to_person_id, kind, weight, at FROM interaction WHERE from_person_id = @id AND at IS NOT NULL ${range}
       UNION ALL SELECT from_person_id, to_person_id, kind, weight, at FROM interaction WHERE to_person_id = @id AND at IS NOT NULL ${range} ORDER BY 5`,
    )
    .raw()
    .all({ id: personId, ...(window.from ? { from: window.from } : {}), ...(window.to ? { to: window.to } : {}) }) as Exchange[];
}
