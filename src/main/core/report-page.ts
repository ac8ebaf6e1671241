// The frame every shareable report shares (the yearly Top N edition, the after-event report): a
// self-contained, print-ready A4 HTML page with its own CSP (no script, no outside resource),
// the common style sheet, escaping of every string from the data, and long dates in FR or EN.
import type { Language } from '../../shared/i18n';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** "1 March 2026" / "1 mars 2026" for a date or an ISO time (its day, in UTC). */
export function longDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date.slice(0, 10)}T12:00:00Z`));
}

const BASE_STYLE = `
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1b1f24; margin: 0 auto; max-width: 1100px; padding: 16px; }
h1 { font-size: 20pt; margin: 0 0 4px; }
h2 { font-size: 13pt; margin: 24px 0 6px; }
p { margin: 4px 0; }
.muted { color: #5a6470; }
table { width: 100%; border-collapse: collapse; margin-top: 12px; }
thead { display: table-header-group; }
th, td { text-align: left; vertical-align: top; padding: 5px 6px; border-bottom: 1px solid #d8dde3; }
th { font-size: 9pt; text-transform: uppercase; letter-spacing: .03em; color: #5a6470; border-bottom: 2px solid #1b1f24; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr { break-inside: avoid; page-break-inside: avoid; }
@media print { body { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
`;

/** The whole page: `title` and `extraStyle` are ours; `body` must already be escaped HTML. */
export function reportPage({ language, title, extraStyle = '', body }: { language: Language; title: string; extraStyle?: string; body: string }): string {
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="Maillage">
<title>${escapeHtml(title)}</title>
<style>${BASE_STYLE}${extraStyle}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
