// Parity as the board reports it: per event of a year, the share of women among speakers, hosts
// and attendees (confirmed or attended), with people of unknown gender counted and shown.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GenderCount, ParityReport } from '../../../../shared/parity';
import { useClient } from '../../api/context';

export function ParityPanel({ years }: { years: number[] }) {
  const { t } = useTranslation();
  const client = useClient();
  const [year, setYear] = useState<number | null>(years[0] ?? null);
  const [report, setReport] = useState<ParityReport | null>(null);
  useEffect(() => {
    client['parity:get'](year !== null ? { year } : {}).then(setReport, () => setReport(null));
  }, [client, year]);
  if (years.length === 0 || !report) return null;
  const cell = (c: GenderCount) => (
    <td className="num" title={t('parity.detail', { women: c.women, men: c.men, nonBinary: c.nonBinary, unknown: c.unknown })}>
      {c.womenShare === null ? '—' : `${Math.round(c.womenShare * 100)} %`}
      {c.unknown > 0 && <span className="muted small"> {t('parity.unknown', { count: c.unknown })}</span>}
    </td>
  );
  return (
    <section className="card" data-testid="parity">
      <h2>{t('parity.title')}</h2>
      <label>
        {t('parity.year')}{' '}
        <select aria-label={t('parity.year')} value={year ?? ''} onChange={(e) => setYear(e.target.value === '' ? null : Number(e.target.value))}>
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
          <option value="">{t('parity.allYears')}</option>
        </select>
      </label>
      <p className="muted small">{t('parity.help')}</p>
      <table className="table">
        <thead>
          <tr>
            <th>{t('events.name')}</th>
            <th className="num">{t('parity.speakers')}</th>
            <th className="num">{t('parity.hosts')}</th>
            <th className="num">{t('parity.attendees')}</th>
            <th className="num">{t('parity.all')}</th>
          </tr>
        </thead>
        <tbody>
          {report.events.map((e) => (
            <tr key={e.id}>
              <td>{e.name}</td>
              {cell(e.speakers)}
              {cell(e.hosts)}
              {cell(e.attendees)}
              {cell(e.all)}
            </tr>
          ))}
          <tr data-testid="parity-total">
            <th>{year !== null ? t('parity.totalYear', { year }) : t('parity.total')}</th>
            {cell(report.total.speakers)}
            {cell(report.total.hosts)}
            {cell(report.total.attendees)}
            {cell(report.total.all)}
          </tr>
        </tbody>
      </table>
    </section>
  );
}
