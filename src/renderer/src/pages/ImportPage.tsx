// The Import page: which files Maillage reads, and how to bring them in.
import { useTranslation } from 'react-i18next';

const FORMATS = ['linkedin', 'x-archive', 'x-api-jsonl', 'csv', 'gexf', 'graphml'] as const;

export function ImportPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('import.title')}</h1>
      <p>{t('import.intro')}</p>
      <ul className="formats">
        {FORMATS.map((f) => (
          <li key={f}>
            <strong>{f}</strong> — {t(`import.formats.${f}`)}
          </li>
        ))}
      </ul>
      <p>{t('import.cli')}</p>
      <pre className="code">maillage --db network.maillage import linkedin Connections.csv</pre>
    </div>
  );
}
