// Where a file is dropped or chosen. Folders cannot be dropped in a browser: an unpacked X
// archive is imported from the command line, or zipped again.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function DropZone({ busy, onFile }: { busy: string | null; onFile: (file: File) => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <div
      className={`drop-zone${over ? ' over' : ''}`}
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file) onFile(file);
      }}
    >
      {busy ? (
        <p aria-live="polite">{t('import.reading', { file: busy })}</p>
      ) : (
        <>
          <p>{t('import.drop')}</p>
          <button type="button" className="primary" onClick={() => input.current?.click()}>
            {t('import.choose')}
          </button>
          <input
            ref={input}
            type="file"
            hidden
            data-testid="file-input"
            accept=".csv,.tsv,.txt,.zip,.jsonl,.ndjson,.json,.gexf,.graphml,.xml,.ics"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) onFile(file);
              e.target.value = '';
            }}
          />
          <p className="muted small">{t('import.formatsHint')}</p>
        </>
      )}
    </div>
  );
}
