// `maillage --db FILE reminders [--format table|json]`: the reminders inbox (refreshed from the
// network's signals), and `--done ID`, `--dismiss ID`, `--reopen ID`, `--snooze ID --until DATE`.
import { parseArgs } from 'node:util';
import { translator } from '../../../shared/translate';
import { reminderReason } from '../../../shared/watch-text';
import type { Reminder, ReminderDecision } from '../../../shared/watch';
import { UsageError } from '../errors';
import { withGate } from '../gate';
import { printableCell } from '../terminal';
import { checkedPayload } from './watch-payload';

const FLAGS = { asOf: '--as-of', unansweredDays: '--days', until: '--until', id: 'ID' };

function reminderId(flag: string, value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new UsageError(`--${flag}: expected a reminder id (a whole number), got "${value}"`);
  return Number(value);
}

export async function remindersCommand(db: string | undefined, args: string[], out: (line: string) => void): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      format: { type: 'string', default: 'table' }, 'as-of': { type: 'string' }, days: { type: 'string' },
      done: { type: 'string' }, dismiss: { type: 'string' }, reopen: { type: 'string' }, snooze: { type: 'string' }, until: { type: 'string' },
    },
    strict: true,
  });
  const asOf = values['as-of'];
  const decisions = (['done', 'dismiss', 'reopen', 'snooze'] as const).filter((d) => values[d] !== undefined);
  if (decisions.length > 1) throw new UsageError(`give one of --done, --dismiss, --reopen, --snooze at a time, got --${decisions.join(' and --')}`);
  const t = translator('en');
  // Names come from imported files: no control character reaches the terminal.
  const line = (r: Reminder) => [r.id, r.status === 'snoozed' ? `snoozed until ${r.snoozedUntil}` : r.dueAt, r.kind, r.name, reminderReason(r, t, 'en')].map(printableCell).join('\t');
  const decision: ReminderDecision | undefined = decisions[0];
  if (decision !== undefined) {
    if (values.until !== undefined && decision !== 'snooze') throw new UsageError(`--until goes with --snooze only`);
    if (decision === 'snooze' && values.until === undefined) throw new UsageError('--snooze ID needs --until DATE (the day it comes back)');
    const id = reminderId(decision, values[decision] as string);
    const request = checkedPayload('reminders:decide', { id, decision, ...(values.until ? { until: values.until } : {}), ...(asOf ? { asOf } : {}) }, FLAGS);
    const reminder = await withGate(db, 'reminders', (gate) => gate.call('reminders:decide', request));
    out(line(reminder));
    return;
  }
  if (values.until !== undefined) throw new UsageError('--until goes with --snooze ID');
  if (values.format !== 'table' && values.format !== 'json') throw new UsageError(`--format: expected table or json, got "${values.format}"`);
  let unansweredDays: number | undefined;
  if (values.days !== undefined) {
    if (!/^\d+$/.test(values.days.trim())) throw new UsageError(`--days: expected a whole number of days, got "${values.days}"`);
    unansweredDays = Number(values.days);
  }
  const request = checkedPayload('reminders:list', { ...(asOf ? { asOf } : {}), ...(unansweredDays !== undefined ? { unansweredDays } : {}) }, FLAGS);
  const inbox = await withGate(db, 'reminders', (gate) => gate.call('reminders:list', request));
  if (values.format === 'json') {
    out(JSON.stringify(inbox, null, 2));
    return;
  }
  if (!inbox.me) throw new UsageError('reminders are about the network\'s owner: say who you are first (a person marked as "me")');
  out(['id', 'due', 'kind', 'person', 'reason'].join('\t'));
  for (const r of [...inbox.due, ...inbox.snoozed]) out(line(r));
}
