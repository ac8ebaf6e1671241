// Conversations, not broadcasts: the owner's (or anyone's) threads, answers received, partners,
// the share of conversation in what they send, and how fast they answer — by month, quarter, year.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONVERSATION_PERIODS, type ConversationPeriod, type Conversations } from '../../../../shared/watch';
import { useClient } from '../../api/context';
import { PersonPicker } from '../events/PersonPicker';

export function ConversationsView({ onSelectPerson }: { onSelectPerson: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const [by, setBy] = useState<ConversationPeriod>('quarter');
  const [personId, setPersonId] = useState<number | null>(null);
  const [result, setResult] = useState<{ key: string; data: Conversations | null; error: string | null } | null>(null);
  const key = `${by}:${personId ?? 'me'}`;
  useEffect(() => {
    let live = true;
    client['watch:conversations']({ by, ...(personId !== null ? { personId } : {}) }).then(
      (data) => live && setResult({ key, data, error: null }),
      (e: Error) => live && setResult({ key, data: null, error: e.message }),
    );
    return () => {
      live = false;
    };
  }, [client, by, personId, key]);
  const percent = (v: number | null) => (v === null ? '—' : new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(v));
  const num = (v: number | null, digits = 1) => (v === null ? '—' : new Intl.NumberFormat(i18n.language, { maximumFractionDigits: digits }).format(v));
  const data = result?.data;
  return (
    <div className="conversations" data-testid="conversations">
      <p className="muted">{t('watch.conversations.help')}</p>
      <div className="filters">
        <label className="pref">
          <span className="muted">{t('watch.conversations.by')}</span>
          <select aria-label={t('watch.conversations.by')} value={by} onChange={(e) => setBy(e.target.value as ConversationPeriod)}>
            {CONVERSATION_PERIODS.map((p) => <option key={p} value={p}>{t(`watch.conversations.periods.${p}`)}</option>)}
          </select>
        </label>
        <PersonPicker label={t('watch.conversations.pick')} onPick={(p) => setPersonId(p.id)} />
        {personId !== null && <button type="button" onClick={() => setPersonId(null)}>{t('watch.conversations.mine')}</button>}
      </div>
      {result?.error && <p className="error" role="alert">{t('errors.failed', { message: result.error })}</p>}
      {data && (
        <>
          <h2>
            <button type="button" className="link" onClick={() => onSelectPerson(data.person.personId)}>{data.person.name}</button>
          </h2>
          {data.rows.length === 0 ? <p className="muted">{t('watch.conversations.none')}</p> : (
            <table className="table" data-testid="conversations-table">
              <thead>
                <tr>
                  <th>{t('watch.conversations.period')}</th>
                  <th className="num" title={t('watch.conversations.threadsHelp')}>{t('watch.conversations.threads')}</th>
                  <th className="num">{t('watch.conversations.replies')}</th>
                  <th className="num">{t('watch.conversations.quotes')}</th>
                  <th className="num">{t('watch.conversations.perThread')}</th>
                  <th className="num">{t('watch.conversations.partners')}</th>
                  <th className="num" title={t('watch.conversations.shareHelp', { days: data.answerDays })}>{t('watch.conversations.share')}</th>
                  <th className="num">{t('watch.conversations.answerHours')}</th>
                  <th className="num">{t('watch.conversations.unanswered')}</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((r) => (
                  <tr key={r.period}>
                    <td>{r.period}</td>
                    <td className="num">{r.threadsStarted}</td>
                    <td className="num">{r.repliesReceived}</td>
                    <td className="num">{r.quotesReceived}</td>
                    <td className="num">{num(r.answersPerThread, 2)}</td>
                    <td className="num">{r.partners}</td>
                    <td className="num"><span className="bar" style={{ width: `${Math.round((r.conversationShare ?? 0) * 60)}px` }} />{percent(r.conversationShare)}</td>
                    <td className="num">{num(r.medianAnswerHours)}</td>
                    <td className="num">{r.unanswered}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </div>
  );
}
