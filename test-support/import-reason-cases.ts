// Real broken files, the error the core answers with for each (the envelope every host carries),
// and the sentence the Import page shows in French and in English. The core's test checks the
// envelopes against the parsers, the renderer's test the sentences against the envelopes: the
// two halves meet here, since neither side may import the other.
import type { ApiErrorInfo } from '../src/shared/contract';
import type { ImportWarningInfo } from '../src/shared/import-reasons';

export interface ImportReasonCase {
  name: string;
  /** An import format, a guest list read for an event, or a calendar file. */
  format: 'csv' | 'linkedin' | 'gexf' | 'x-archive' | 'x-api-jsonl' | 'guests' | 'ics';
  fileName: string;
  /** A file's bytes, or a folder's files by their path inside it (an unpacked X archive). */
  content: string | Uint8Array | Record<string, string>;
  envelope: ApiErrorInfo;
  fr: string;
  en: string;
}

/** Text as Excel's "Unicode text" writes it: UTF-16 little-endian with its byte-order mark. */
function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + 2 * i] = code & 0xff;
    bytes[3 + 2 * i] = code >> 8;
  }
  return bytes;
}

const GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
  <graph defaultedgetype="directed">
    <nodes>
      <node id="alice" label="Alice Martin"/>
      <node id="bruno" label="Bruno Petit"/>
    </nodes>
    <edges>
      <edge id="0" source="alice" target="bruno"/>
      <edge id="1" source="bruno" target="chloé"/>
    </edges>
  </graph>
</gexf>
`;

/** data/account.js of an unpacked X archive. */
const X_ACCOUNT = 'window.YTD.account.part0 = [ { "account" : { "username" : "marie_lambert", "accountId" : "1200000000000000001", "accountDisplayName" : "Marie Lambert" } } ]\n';

export const IMPORT_REASON_CASES: ImportReasonCase[] = [
  {
    name: 'a UTF-16 CSV (Excel\'s "Unicode text")',
    format: 'csv',
    fileName: 'contacts.csv',
    content: utf16le('name,email\nAlice Martin,alice@example.com\n'),
    envelope: {
      code: 'failed',
      message: 'contacts.csv:line 1: the file is UTF-16 encoded; expected UTF-8 (re-save it as "CSV UTF-8")',
      key: 'importFile',
      params: {
        file: 'contacts.csv',
        reason: 'the file is UTF-16 encoded; expected UTF-8 (re-save it as "CSV UTF-8")',
        line: 1,
        reasonKey: 'utf16Csv',
      },
    },
    fr: 'Ce fichier ne peut pas être importé (contacts.csv, ligne 1) : le fichier est encodé en UTF-16 au lieu d’UTF-8 ; réenregistrez-le au format « CSV UTF-8 »',
    en: 'This file cannot be imported (contacts.csv, line 1): the file is UTF-16 encoded; expected UTF-8 (re-save it as "CSV UTF-8")',
  },
  {
    name: 'an impossible date in a LinkedIn Connections.csv',
    format: 'linkedin',
    fileName: 'Connections.csv',
    content: [
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      'Camille,Durand,https://www.linkedin.com/in/camille-durand,,Stripe,CMO,15 Mar 2024',
      'Léa,Morel,https://www.linkedin.com/in/lea-morel,,Acme,CEO,31/02/2024',
      '',
    ].join('\n'),
    envelope: {
      code: 'failed',
      message: 'Connections.csv:line 3, field "Connected On": "31/02/2024" is not a date; expected a date like "01 Jan 2024"',
      key: 'importFile',
      params: {
        file: 'Connections.csv',
        reason: '"31/02/2024" is not a date; expected a date like "01 Jan 2024"',
        line: 3,
        field: 'Connected On',
        reasonKey: 'notADate',
        reason_value: '31/02/2024',
        reason_example: '01 Jan 2024',
      },
    },
    fr: 'Ce fichier ne peut pas être importé (Connections.csv, ligne 3, champ « Connected On ») : « 31/02/2024 » n’est pas une date ; attendu : une date comme « 01 Jan 2024 »',
    en: 'This file cannot be imported (Connections.csv, line 3, field “Connected On”): "31/02/2024" is not a date; expected a date like "01 Jan 2024"',
  },
  {
    name: 'a GEXF edge to a node that is not in the file',
    format: 'gexf',
    fileName: 'réseau.gexf',
    content: GEXF,
    envelope: {
      code: 'failed',
      message: 'réseau.gexf:line 10: an edge refers to node "chloé", which is not among the <nodes>',
      key: 'importFile',
      params: {
        file: 'réseau.gexf',
        reason: 'an edge refers to node "chloé", which is not among the <nodes>',
        line: 10,
        reasonKey: 'edgeUnknownNode',
        reason_node: 'chloé',
      },
    },
    fr: 'Ce fichier ne peut pas être importé (réseau.gexf, ligne 10) : un lien renvoie au nœud « chloé », absent de la liste des nœuds (<nodes>)',
    en: 'This file cannot be imported (réseau.gexf, line 10): an edge refers to node "chloé", which is not among the <nodes>',
  },
  {
    name: 'a guest list with no name nor email column',
    format: 'guests',
    fileName: 'invités.csv',
    content: 'Ticket,Type,Paid\nT-1,VIP,yes\nT-2,Standard,no\n',
    envelope: {
      code: 'failed',
      message: "invités.csv: no column holds the guests' names or emails: map one of the columns (Ticket, Type, Paid) to first name, last name, name or email",
      key: 'importFile',
      params: {
        file: 'invités.csv',
        reason: "no column holds the guests' names or emails: map one of the columns (Ticket, Type, Paid) to first name, last name, name or email",
        reasonKey: 'noGuestColumn',
        reason_columns: 'Ticket, Type, Paid',
      },
    },
    fr: 'Ce fichier ne peut pas être importé (invités.csv) : aucune colonne ne contient le nom ou l’e-mail des invités ; indiquez qu’une des colonnes (Ticket, Type, Paid) signifie le prénom, le nom, le nom complet ou l’e-mail',
    en: "This file cannot be imported (invités.csv): no column holds the guests' names or emails: map one of the columns (Ticket, Type, Paid) to first name, last name, name or email",
  },
  {
    name: 'a row longer than 200,000 characters (a quote never closed): numbers grouped as each language writes them',
    format: 'csv',
    fileName: 'people.csv',
    content: `name,email\n"${'x'.repeat(200_010)}`,
    envelope: {
      code: 'failed',
      message: 'people.csv:line 2: a row is longer than 200000 characters (a quote may be missing, or the delimiter is wrong)',
      key: 'importFile',
      params: {
        file: 'people.csv',
        reason: 'a row is longer than 200000 characters (a quote may be missing, or the delimiter is wrong)',
        line: 2,
        reasonKey: 'csvRowTooLong',
        reason_max: 200000,
      },
    },
    fr: 'Ce fichier ne peut pas être importé (people.csv, ligne 2) : une ligne dépasse 200\u202f000 caractères (il manque peut-être un guillemet, ou le séparateur n’est pas le bon)',
    en: 'This file cannot be imported (people.csv, line 2): a row is longer than 200,000 characters (a quote may be missing, or the delimiter is wrong)',
  },
  {
    name: 'an X archive whose tweets.js was re-saved as plain JSON (no "window.YTD…" wrapper)',
    format: 'x-archive',
    fileName: 'twitter-2024-11-30',
    content: {
      'data/account.js': X_ACCOUNT,
      'data/tweets.js': '[\n  { "tweet" : { "id_str" : "1730000000000000001", "created_at" : "Fri Dec 01 09:30:00 +0000 2023", "full_text" : "Merci @camille_d !" } }\n]\n',
    },
    envelope: {
      code: 'failed',
      message: 'twitter-2024-11-30/data/tweets.js:line 1: expected the file to start with "window.YTD.<name>.part0 = ["',
      key: 'importFile',
      params: {
        file: 'twitter-2024-11-30/data/tweets.js',
        reason: 'expected the file to start with "window.YTD.<name>.part0 = ["',
        line: 1,
        reasonKey: 'ytdBadStart',
      },
    },
    fr: 'Ce fichier ne peut pas être importé (twitter-2024-11-30/data/tweets.js, ligne 1) : le fichier devrait commencer par « window.YTD.<nom>.part0 = [ » ; importez l’archive X telle que téléchargée',
    en: 'This file cannot be imported (twitter-2024-11-30/data/tweets.js, line 1): expected the file to start with "window.YTD.<name>.part0 = ["',
  },
  {
    name: 'an X archive whose tweets.js mentions "@camille_d" (an @ where X writes the bare username): file, line, JSON path and field',
    format: 'x-archive',
    fileName: 'twitter-2024-11-30',
    content: {
      'data/account.js': X_ACCOUNT,
      'data/tweets.js': [
        'window.YTD.tweets.part0 = [ {',
        '  "tweet" : {',
        '    "id_str" : "1730000000000000001",',
        '    "created_at" : "Fri Dec 01 09:30:00 +0000 2023",',
        '    "full_text" : "Merci @camille_d !",',
        '    "entities" : { "user_mentions" : [ { "screen_name" : "@camille_d", "id_str" : "1200000000000000002" } ] }',
        '  }',
        '} ]',
        '',
      ].join('\n'),
    },
    envelope: {
      code: 'failed',
      message: 'twitter-2024-11-30/data/tweets.js:line 1, [0].tweet.entities.user_mentions[0].screen_name, field "screen_name": an X username',
      key: 'importFile',
      params: {
        file: 'twitter-2024-11-30/data/tweets.js',
        reason: 'an X username',
        line: 1,
        path: '[0].tweet.entities.user_mentions[0].screen_name',
        field: 'screen_name',
        reasonKey: 'xUsername',
        reason_detail: 'an X username',
        reason_value: '@camille_d',
      },
    },
    fr: 'Ce fichier ne peut pas être importé (twitter-2024-11-30/data/tweets.js, ligne 1, [0].tweet.entities.user_mentions[0].screen_name, champ « screen_name ») : « @camille_d » n’est pas un nom d’utilisateur X ; attendu : des lettres, des chiffres ou _ (50 au plus), sans @',
    // The CLI keeps the core's terse English ("an X username"); the page says what is wrong with the value.
    en: 'This file cannot be imported (twitter-2024-11-30/data/tweets.js, line 1, [0].tweet.entities.user_mentions[0].screen_name, field “screen_name”): "@camille_d" is not an X username; expected letters, digits or _ (at most 50), without @',
  },
  {
    name: 'an X API JSONL file pretty-printed (a response over several lines)',
    format: 'x-api-jsonl',
    fileName: 'recherche.jsonl',
    content: '{\n  "data": [ { "id": "1760000000000000001", "author_id": "1200000000000000001", "text": "Bonjour" } ]\n}\n',
    envelope: {
      code: 'failed',
      message:
        'recherche.jsonl:line 1: the JSON object does not end on this line (the file may be truncated, or be pretty-printed JSON); expected one complete JSON object per line',
      key: 'importFile',
      params: {
        file: 'recherche.jsonl',
        reason: 'the JSON object does not end on this line (the file may be truncated, or be pretty-printed JSON); expected one complete JSON object per line',
        line: 1,
        reasonKey: 'jsonlCutObject',
      },
    },
    fr: 'Ce fichier ne peut pas être importé (recherche.jsonl, ligne 1) : l’objet JSON ne se termine pas sur cette ligne (le fichier est peut-être incomplet, ou mis en forme sur plusieurs lignes) ; un objet JSON complet par ligne est attendu',
    en: 'This file cannot be imported (recherche.jsonl, line 1): the JSON object does not end on this line (the file may be truncated, or be pretty-printed JSON); expected one complete JSON object per line',
  },
  {
    name: 'an X API JSONL line that is not JSON (a comma before "]")',
    format: 'x-api-jsonl',
    fileName: 'recherche.jsonl',
    content: [
      '{"data": [{"id": "1760000000000000001", "author_id": "1200000000000000001", "text": "Bonjour"}]}',
      '{"data": [{"id": "1760000000000000002", "author_id": "1200000000000000001", "text": "Salut"},]}',
      '',
    ].join('\n'),
    envelope: {
      code: 'failed',
      message: 'recherche.jsonl:line 2: not valid JSON (Unexpected token \']\', ..." "Salut"},]}" is not valid JSON)',
      key: 'importFile',
      params: {
        file: 'recherche.jsonl',
        reason: 'not valid JSON (Unexpected token \']\', ..." "Salut"},]}" is not valid JSON)',
        line: 2,
        reasonKey: 'jsonlNotJson',
        reason_detail: 'Unexpected token \']\', ..." "Salut"},]}" is not valid JSON',
      },
    },
    fr: 'Ce fichier ne peut pas être importé (recherche.jsonl, ligne 2) : la ligne n’est pas du JSON valide ; un objet JSON complet par ligne est attendu (détail technique : Unexpected token \']\', ..." "Salut"},]}" is not valid JSON)',
    en: 'This file cannot be imported (recherche.jsonl, line 2): not valid JSON (Unexpected token \']\', ..." "Salut"},]}" is not valid JSON)',
  },
  {
    name: 'an X API JSONL post whose author_id a spreadsheet tool turned into a number: the value quoted as the file wrote it',
    format: 'x-api-jsonl',
    fileName: 'recherche.jsonl',
    content: '{"data": [{"id": "1760000000000000001", "author_id": 12345678, "text": "Bonjour"}]}\n',
    envelope: {
      code: 'failed',
      message: 'recherche.jsonl:line 1, data[0].author_id, field "author_id": expected string, got number 12345678',
      key: 'importFile',
      params: {
        file: 'recherche.jsonl',
        reason: 'expected string, got number 12345678',
        line: 1,
        path: 'data[0].author_id',
        field: 'author_id',
        reasonKey: 'jsonExpectedString',
        reason_detail: 'expected string, got number 12345678',
        reason_value: '12345678',
      },
    },
    fr: 'Ce fichier ne peut pas être importé (recherche.jsonl, ligne 1, data[0].author_id, champ « author_id ») : un texte entre guillemets est attendu ici, et non « 12345678 »',
    en: 'This file cannot be imported (recherche.jsonl, line 1, data[0].author_id, field “author_id”): expected string, got number 12345678',
  },
  {
    name: 'a calendar (.ics) whose event has no DTSTART',
    format: 'ics',
    fileName: 'salon.ics',
    content: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Maillage//FR\r\nBEGIN:VEVENT\r\nUID:salon-2025@example.com\r\nSUMMARY:Salon du marketing\r\nLOCATION:Paris\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
    envelope: {
      code: 'failed',
      message: 'salon.ics:VEVENT #1 (salon-2025@example.com), field "DTSTART": an event has no DTSTART: expected its date',
      key: 'importFile',
      params: {
        file: 'salon.ics',
        reason: 'an event has no DTSTART: expected its date',
        path: 'VEVENT #1 (salon-2025@example.com)',
        field: 'DTSTART',
        reasonKey: 'icsEventNoStart',
      },
    },
    fr: 'Ce fichier ne peut pas être importé (salon.ics, VEVENT #1 (salon-2025@example.com), champ « DTSTART ») : un événement n’a pas de date de début (DTSTART) ; ajoutez-la dans votre agenda, puis exportez-le à nouveau',
    en: 'This file cannot be imported (salon.ics, VEVENT #1 (salon-2025@example.com), field “DTSTART”): an event has no DTSTART: expected its date',
  },
];

/** A file that imports with rows passed over: the warnings the core gives, and as the page lists them. */
export interface ImportWarningCase {
  name: string;
  format: 'csv' | 'linkedin' | 'graphml' | 'ics';
  fileName: string;
  content: string;
  warnings: ImportWarningInfo[];
  fr: string[];
  en: string[];
}

export const IMPORT_WARNING_CASES: ImportWarningCase[] = [
  {
    name: 'a people.csv with a blank row, a row naming nobody and someone twice',
    format: 'csv',
    fileName: 'people.csv',
    content: 'name,organisation,email\nAlice Martin,Acme,alice@example.com\n\n,Acme,\nAlice Martin,Acme,alice@example.com\n',
    warnings: [
      { line: 3, message: 'blank row passed over', why: { key: 'blankRow' } },
      { line: 4, message: 'row without a name nor a handle passed over', why: { key: 'rowNobody' } },
      { line: 5, message: 'Alice Martin appears twice; rows merged', why: { key: 'personTwice', params: { name: 'Alice Martin' } } },
    ],
    fr: ['ligne 3 : ligne vide, ignorée', 'ligne 4 : ligne sans nom ni identifiant, ignorée', 'ligne 5 : Alice Martin apparaît deux fois ; les lignes ont été fusionnées'],
    en: ['line 3: blank row passed over', 'line 4: row without a name nor a handle passed over', 'line 5: Alice Martin appears twice; rows merged'],
  },
  {
    name: 'a GraphML node whose role and gender the app does not know',
    format: 'graphml',
    fileName: 'réseau.graphml',
    content: `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="r" for="node" attr.name="role" attr.type="string"/>
  <key id="g" for="node" attr.name="gender" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="alice"><data key="r">astronaute</data><data key="g">?</data></node>
    <node id="bruno"/>
    <edge source="alice" target="bruno"/>
  </graph>
</graphml>
`,
    warnings: [
      { message: 'node "alice": role "astronaute" is not one of the app\'s roles; kept as other', why: { key: 'unknownRole', params: { node: 'alice', value: 'astronaute' } } },
      { message: 'node "alice": gender "?" was passed over (expected f, m or x)', why: { key: 'unknownGender', params: { node: 'alice', value: '?' } } },
    ],
    fr: ['nœud « alice » : le rôle « astronaute » n’est pas un rôle de l’application ; classé en « Autre »', 'nœud « alice » : le genre « ? » a été ignoré (attendu : f, m ou x)'],
    en: ['node "alice": role "astronaute" is not one of the app\'s roles; kept as other', 'node "alice": gender "?" was passed over (expected f, m or x)'],
  },
  {
    name: 'a calendar (.ics) naming an attendee without an email address',
    format: 'ics',
    fileName: 'afterwork.ics',
    content: [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Maillage//FR',
      'BEGIN:VEVENT',
      'UID:afterwork-2025@example.com',
      'SUMMARY:Afterwork CMO',
      'DTSTART;VALUE=DATE:20250612',
      'ORGANIZER;CN=Marie Lambert:mailto:marie@example.com',
      'ATTENDEE;CN=Paul Girard;PARTSTAT=ACCEPTED:mailto:paul@example.com',
      'ATTENDEE;CN=Julie Roux;PARTSTAT=ACCEPTED:urn:uuid:5b2c1f5e-0000-4000-8000-000000000001',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n'),
    warnings: [
      {
        message: 'VEVENT #1 (afterwork-2025@example.com): an attendee without an email address was passed over',
        why: { key: 'icsAttendeeNoEmail', params: { event: 'VEVENT #1 (afterwork-2025@example.com)', name: 'Afterwork CMO', attendee: 'Julie Roux' } },
      },
    ],
    fr: ['VEVENT #1 (afterwork-2025@example.com) « Afterwork CMO » : le participant « Julie Roux » n’a pas d’adresse e-mail ; il a été ignoré'],
    en: ['VEVENT #1 (afterwork-2025@example.com) "Afterwork CMO": the attendee "Julie Roux" has no email address; passed over'],
  },
];
