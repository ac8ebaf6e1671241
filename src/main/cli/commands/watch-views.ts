// `maillage --db FILE conversations [--person ID] [--by month|quarter|year] [--format csv|json]`
// and `maillage --db FILE creators [--year Y] [--format csv|json]`: the views of issue #17 as
// CSV (one row per period, per role) or JSON, through the same gate as the app.
import { parseArgs } from 'node:util';
import { csvLine } from '../../../shared/csv';
import { CONVERSATION_PERIODS, type ConversationPeriod } from '../../../shared/watch';
import { UsageError } from '../errors';
import { withGate } from '../gate';
import { checkedPayload } from './watch-payload';

function format(value: string): 'csv' | 'json' {
  if (value !== 'csv' && value !== 'json') throw new UsageError(`--format: expected csv or json, got "${value}"`);
  return value;
}

const number = (v: number | null, digits = 4) => (v === null ? '' : Number(v.toFixed(digits)));

export const CONVERSATION_COLUMNS = ['period', 'threads_started', 'replies_received', 'quotes_received', 'answers_per_thread', 'partners', 'conversation', 'broadcast', 'conversation_share', 'median_answer_hours', 'answered', 'unanswered'];

export async function conversationsCommand(db: string | undefined, args: string[], out: (line: string) => void): Promise<void> {
  const { values } = parseArgs({ args, options: { person: { type: 'string' }, by: { type: 'string', default: 'month' }, format: { type: 'string', default: 'csv' } }, strict: true });
  const as = format(values.format);
  if (!CONVERSATION_PERIODS.includes(values.by as ConversationPeriod)) throw new UsageError(`--by: expected month, quarter or year, got "${values.by}"`);
  if (values.person !== undefined && !/^\d+$/.test(values.person.trim())) throw new UsageError(`--person: expected a person id (a whole number), got "${values.person}"`);
  const request = checkedPayload('watch:conversations', { by: values.by, ...(values.person !== undefined ? { personId: Number(values.person) } : {}) }, { personId: '--person', by: '--by' });
  const result = await withGate(db, 'conversations', (gate) => gate.call('watch:conversations', request));
  if (as === 'json') {
    out(JSON.stringify(result, null, 2));
    return;
  }
  out(CONVERSATION_COLUMNS.join(','));
  for (const r of result.rows) {
    out(csvLine([r.period, r.threadsStarted, r.repliesReceived, r.quotesReceived, number(r.answersPerThread), r.partners, r.conversation, r.broadcast, number(r.conversationShare), number(r.medianAnswerHours, 2), r.answered, r.unanswered]));
  }
}

export const CREATOR_COLUMNS = ['role', 'people', 'creators', 'curators', 'creator_share', 'curator_share', 'survey_creator_share', 'survey_curator_share'];

export async function creatorsCommand(db: string | undefined, args: string[], out: (line: string) => void, err: (line: string) => void): Promise<void> {
  const { values } = parseArgs({ args, options: { year: { type: 'string' }, format: { type: 'string', default: 'csv' } }, strict: true });
  const as = format(values.format);
  if (values.year !== undefined && !/^\d{4}$/.test(values.year.trim())) throw new UsageError(`--year: expected a year like 2025, got "${values.year}"`);
  const request = checkedPayload('watch:creators', values.year !== undefined ? { year: Number(values.year) } : {}, { year: '--year' });
  const view = await withGate(db, 'creators', (gate) => gate.call('watch:creators', request));
  if (as === 'json') {
    out(JSON.stringify(view, null, 2));
    return;
  }
  out(CREATOR_COLUMNS.join(','));
  for (const r of view.rows) out(csvLine([r.role, r.people, r.creators, r.curators, number(r.creatorShare), number(r.curatorShare), view.survey.creators, view.survey.curators]));
  if (view.year !== null) {
    const up = view.movers.filter((m) => m.to === 'creator').length;
    err(`${view.year} against ${view.year - 1}: ${up} moved from curator to creator, ${view.movers.length - up} from creator to curator (--format json lists them)`);
  }
}
