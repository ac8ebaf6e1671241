// The Import page: drop a file, see what it holds and what it will add, import it in one go;
// then review likely duplicates, see past imports (and remove one), and export the network.
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportChoice } from './choice';
import type { ImportPreview, ImportSummary } from '../../../../shared/imports';
import type { AttendeeField, AttendeePreview } from '../../../../shared/attendees';
import { GuestListChoice } from './GuestListChoice';
import { GuestListPanel } from './GuestListPanel';
import { CalendarPanel } from './CalendarPanel';
import type { CalendarPreview } from '../../../../shared/calendar';
import { useClient } from '../../api/context';
import { DropZone } from './DropZone';
import { ExportPanel } from './ExportPanel';
import { ImportHistory } from './ImportHistory';
import { Merges } from './Merges';
import { PreviewPanel } from './PreviewPanel';
import { SummaryPanel } from './SummaryPanel';
import { importErrorText } from '../../errors';

type Step =
  | { kind: 'idle' }
  | { kind: 'staging'; name: string }
  | { kind: 'preview'; preview: ImportPreview; choice: ImportChoice }
  | { kind: 'guests'; preview: AttendeePreview; staged: string; generic: { preview: ImportPreview; choice: ImportChoice } | null }
  | { kind: 'unread'; staged: string; fileName: string }
  | { kind: 'calendar'; preview: CalendarPreview }
  | { kind: 'importing'; preview: { fileName: string } }
  | { kind: 'done'; summary: ImportSummary; fileName: string };

export function ImportPage({ isSample = false, canStart = false, onStartMyNetwork }: { isSample?: boolean; canStart?: boolean; onStartMyNetwork?: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const guestAsks = useRef(0);
  // The failure itself, translated as it is shown (and again if the language changes).
  const [error, setError] = useState<unknown>(null);
  const [refresh, setRefresh] = useState(0);
  // Real contacts into the made-up sample: asked first, once per page.
  // The import waiting for the answer (a network file, or a calendar).
  const [sampleAsk, setSampleAsk] = useState<{ go: () => Promise<void> } | null>(null);
  const [sampleOk, setSampleOk] = useState(false);

  const preview = useCallback(
    async (choice: ImportChoice): Promise<boolean> => {
      setError(null);
      try {
        setStep({ kind: 'preview', preview: await client['import:preview'](choice), choice });
        return true;
      } catch (e) {
        setError(e);
        return false;
      }
    },
    [client],
  );

  const onFile = async (file: File) => {
    // A file kept only for a possible guest list gives way to the new one.
    if (step.kind === 'unread') void client['import:discard']({ staged: step.staged });
    setError(null);
    setStep({ kind: 'staging', name: file.name });
    try {
      const staged = await client.stageFile(file);
      // A calendar file holds events and their attendees: its own preview and import.
      if (/\.ics$/i.test(file.name)) {
        try {
          setStep({ kind: 'calendar', preview: await client['calendar:preview']({ staged: staged.staged }) });
        } catch (e) {
          void client['import:discard']({ staged: staged.staged });
          setError(e);
          setStep({ kind: 'idle' });
        }
        return;
      }
      if (!(await preview({ staged: staged.staged }))) {
        // Not a format the network import knows: it may still be a guest list (a ticketing
        // export, a spreadsheet), whose columns the user can map. Keep it and the message.
        setStep({ kind: 'unread', staged: staged.staged, fileName: file.name });
      }
    } catch (e) {
      setError(e);
      setStep({ kind: 'idle' });
    }
  };

  /** The same staged file read as one event's guest list (any file the generic import cannot read, too). */
  const guests = async (staged: string, eventId: number, mapping: Record<string, AttendeeField | ''> | undefined, generic: { preview: ImportPreview; choice: ImportChoice } | null) => {
    setError(null);
    // Two columns mapped in quick succession ask twice: only the latest answer may be shown, or an
    // earlier one arriving last would undo the second choice.
    const asked = ++guestAsks.current;
    try {
      const shown = await client['attendees:preview']({ staged, eventId, ...(mapping ? { mapping } : {}) });
      if (asked === guestAsks.current) setStep({ kind: 'guests', preview: shown, staged, generic });
    } catch (e) {
      if (asked === guestAsks.current) setError((e as Error).message);
    }
  };

  const commitGuests = async (staged: string, shown: AttendeePreview) => {
    // Guests are real people too: into the made-up sample, asked first like any import.
    if (isSample && !sampleOk) {
      setSampleAsk({ go: () => commitGuestsAnyway(staged, shown) });
      return;
    }
    await commitGuestsAnyway(staged, shown);
  };

  const commitGuestsAnyway = async (staged: string, shown: AttendeePreview) => {
    setError(null);
    setStep({ kind: 'importing', preview: shown });
    try {
      const summary = await client['attendees:import']({ staged, eventId: shown.event.id, mapping: shown.mapping });
      setStep({ kind: 'done', summary, fileName: shown.fileName });
      setRefresh((n) => n + 1);
    } catch (e) {
      // The error itself, not its English message: its place in the file is said in the UI's language.
      setError(e);
      setStep({ kind: 'guests', preview: shown, staged, generic: null });
    }
  };

  const commit = async (choice: ImportChoice, shown: ImportPreview) => {
    if (isSample && !sampleOk) {
      setSampleAsk({ go: () => commitAnyway(choice, shown) });
      return;
    }
    await commitAnyway(choice, shown);
  };

  const commitAnyway = async (choice: ImportChoice, shown: ImportPreview) => {
    setError(null);
    setStep({ kind: 'importing', preview: shown });
    try {
      const summary = await client['import:commit'](choice);
      setStep({ kind: 'done', summary, fileName: shown.fileName });
      setRefresh((n) => n + 1);
    } catch (e) {
      setError(e);
      setStep({ kind: 'preview', preview: shown, choice });
    }
  };

  const commitCalendar = async (shown: CalendarPreview) => {
    // A calendar brings real people too: into the made-up sample, asked first like any import.
    if (isSample && !sampleOk) {
      setSampleAsk({ go: () => commitCalendarAnyway(shown) });
      return;
    }
    await commitCalendarAnyway(shown);
  };

  const commitCalendarAnyway = async (shown: CalendarPreview) => {
    setError(null);
    setStep({ kind: 'importing', preview: shown });
    try {
      const summary = await client['calendar:import']({ staged: shown.staged });
      setStep({ kind: 'done', summary, fileName: shown.fileName });
      setRefresh((n) => n + 1);
    } catch (e) {
      setError(e);
      setStep({ kind: 'calendar', preview: shown });
    }
  };

  const cancel = (staged: string) => {
    void client['import:discard']({ staged });
    setStep({ kind: 'idle' });
  };

  return (
    <div className="page import-page">
      <h1>{t('import.title')}</h1>
      <p className="muted">{t('import.intro')}</p>
      {error !== null && (
        <p className="error" role="alert" data-testid="import-error">
          {importErrorText(t, error)}
        </p>
      )}
      {step.kind === 'unread' && (
        <>
          <GuestListChoice onPick={(eventId) => void guests(step.staged, eventId, undefined, null)} />
          <button type="button" onClick={() => cancel(step.staged)}>{t('import.cancel')}</button>
        </>
      )}
      {(step.kind === 'idle' || step.kind === 'staging' || step.kind === 'done' || step.kind === 'unread') && <DropZone busy={step.kind === 'staging' ? step.name : null} onFile={(f) => void onFile(f)} />}
      {sampleAsk && (
        <div className="card" role="alertdialog" aria-label={t('start.importIntoSample')} data-testid="sample-ask">
          <p>{t('start.importIntoSample')}</p>
          <div className="actions">
            {canStart && onStartMyNetwork && (
              <button type="button" onClick={() => { setSampleAsk(null); onStartMyNetwork(); }}>{t('start.create')}</button>
            )}
            <button
              type="button"
              onClick={() => {
                const asked = sampleAsk;
                setSampleAsk(null);
                setSampleOk(true);
                void asked.go();
              }}
            >
              {t('start.importAnyway')}
            </button>
          </div>
        </div>
      )}
      {step.kind === 'preview' && <GuestListChoice onPick={(eventId) => void guests(step.preview.staged, eventId, undefined, { preview: step.preview, choice: step.choice })} />}
      {step.kind === 'guests' && (
        <GuestListPanel
          preview={step.preview}
          onMap={(mapping) => void guests(step.staged, step.preview.event.id, mapping, step.generic)}
          onImport={() => void commitGuests(step.staged, step.preview)}
          onCancel={() => (step.generic ? setStep({ kind: 'preview', ...step.generic }) : cancel(step.staged))}
        />
      )}
      {step.kind === 'preview' && <PreviewPanel preview={step.preview} choice={step.choice} onChange={(c) => void preview(c)} onImport={(c) => void commit(c, step.preview)} onCancel={() => cancel(step.preview.staged)} />}
      {step.kind === 'calendar' && <CalendarPanel preview={step.preview} onImport={() => void commitCalendar(step.preview)} onCancel={() => cancel(step.preview.staged)} />}
      {step.kind === 'importing' && <p className="notice" aria-live="polite">{t('import.importing', { file: step.preview.fileName })}</p>}
      {step.kind === 'done' && <SummaryPanel summary={step.summary} fileName={step.fileName} />}
      <Merges refresh={refresh} onChanged={() => setRefresh((n) => n + 1)} />
      <ImportHistory refresh={refresh} onChanged={() => setRefresh((n) => n + 1)} />
      <ExportPanel />
    </div>
  );
}
