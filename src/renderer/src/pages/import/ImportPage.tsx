// The Import page: drop a file, see what it holds and what it will add, import it in one go;
// then review likely duplicates, see past imports (and remove one), and export the network.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportChoice } from './choice';
import type { ImportPreview, ImportSummary } from '../../../../shared/imports';
import { useClient } from '../../api/context';
import { DropZone } from './DropZone';
import { ExportPanel } from './ExportPanel';
import { ImportHistory } from './ImportHistory';
import { Merges } from './Merges';
import { PreviewPanel } from './PreviewPanel';
import { SummaryPanel } from './SummaryPanel';
import { importErrorText } from '../../errors';

type Step = { kind: 'idle' } | { kind: 'staging'; name: string } | { kind: 'preview'; preview: ImportPreview; choice: ImportChoice } | { kind: 'importing'; preview: ImportPreview } | { kind: 'done'; summary: ImportSummary; fileName: string };

export function ImportPage({ isSample = false, canStart = false, onStartMyNetwork }: { isSample?: boolean; canStart?: boolean; onStartMyNetwork?: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  // The failure itself, translated as it is shown (and again if the language changes).
  const [error, setError] = useState<unknown>(null);
  const [refresh, setRefresh] = useState(0);
  // Real contacts into the made-up sample: asked first, once per page.
  const [sampleAsk, setSampleAsk] = useState<{ choice: ImportChoice; shown: ImportPreview } | null>(null);
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
    setError(null);
    setStep({ kind: 'staging', name: file.name });
    try {
      const staged = await client.stageFile(file);
      if (!(await preview({ staged: staged.staged }))) {
        // The file cannot be read as any format we know: let it go, keep the message.
        void client['import:discard']({ staged: staged.staged });
        setStep({ kind: 'idle' });
      }
    } catch (e) {
      setError(e);
      setStep({ kind: 'idle' });
    }
  };

  const commit = async (choice: ImportChoice, shown: ImportPreview) => {
    if (isSample && !sampleOk) {
      setSampleAsk({ choice, shown });
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
      {(step.kind === 'idle' || step.kind === 'staging' || step.kind === 'done') && <DropZone busy={step.kind === 'staging' ? step.name : null} onFile={(f) => void onFile(f)} />}
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
                void commitAnyway(asked.choice, asked.shown);
              }}
            >
              {t('start.importAnyway')}
            </button>
          </div>
        </div>
      )}
      {step.kind === 'preview' && <PreviewPanel preview={step.preview} choice={step.choice} onChange={(c) => void preview(c)} onImport={(c) => void commit(c, step.preview)} onCancel={() => cancel(step.preview.staged)} />}
      {step.kind === 'importing' && <p className="notice" aria-live="polite">{t('import.importing', { file: step.preview.fileName })}</p>}
      {step.kind === 'done' && <SummaryPanel summary={step.summary} fileName={step.fileName} />}
      <Merges refresh={refresh} onChanged={() => setRefresh((n) => n + 1)} />
      <ImportHistory refresh={refresh} onChanged={() => setRefresh((n) => n + 1)} />
      <ExportPanel />
    </div>
  );
}
