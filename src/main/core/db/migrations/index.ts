// The ordered list of schema migrations. The schema version is PRAGMA user_version = the
// number of migrations applied. Append only.
import { sql as v1 } from './001-data-model';
import { sql as v2 } from './002-layout-and-settings';
import { sql as v3 } from './003-merges';
import { sql as v4 } from './004-edit-log';
import { sql as v5 } from './005-covering-interaction-index';
import { sql as v6 } from './006-interaction-checks-without-in';
import { sql as v7 } from './007-interaction-indexes';
import { sql as v8 } from './008-linkedin-connections-and-roles';
import { sql as v9 } from './009-community-names';
import { sql as v10 } from './010-reminders';
import { sql as v11 } from './011-network-revision';
import { sql as v12 } from './012-audience';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'data model', sql: v1 },
  { version: 2, name: 'layout and settings', sql: v2 },
  { version: 3, name: 'merges', sql: v3 },
  { version: 4, name: 'edit log', sql: v4 },
  { version: 5, name: 'covering interaction index', sql: v5 },
  { version: 6, name: 'interaction checks without IN lists', sql: v6 },
  { version: 7, name: 'interaction indexes: none on time, external id unique by a droppable index', sql: v7 },
  { version: 8, name: 'LinkedIn connections as reciprocal ties, kinds logged by hand, role sources', sql: v8 },
  { version: 9, name: 'community names', sql: v9 },
  { version: 10, name: 'reminders', sql: v10 },
  { version: 11, name: 'network revision: one counter scores are fresh against', sql: v11 },
  { version: 12, name: 'X followers as audience, dated audience snapshots, dated follower counts', sql: v12 },
];

// The last migration's number (the list is contiguous: each version applies once, in order).
export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
