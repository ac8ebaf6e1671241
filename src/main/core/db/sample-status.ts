// Whether a network is still the untouched built-in sample, the only kind that may be regenerated
// (wiped and rewritten). The first import, edit or merge makes it the user's network, for good.
import type { Db } from './connection';

/** The network_setting key written with the sample (its seed). */
export const SAMPLE_SETTING = 'sample_seed';

/** Tables whose first row means the user has put something of theirs into the network. */
const USER_WORK_TABLES = ['import_batch', 'edit_log', 'person_merge'] as const;

/**
 * True only for a sample nobody has imported into, edited or merged in. The rows are checked as
 * well as the setting: files touched before the setting was cleared on first use count as the user's.
 */
export function isUntouchedSample(db: Db): boolean {
  if (db.prepare('SELECT 1 FROM network_setting WHERE key = ?').get(SAMPLE_SETTING) === undefined) return false;
  return USER_WORK_TABLES.every((table) => db.prepare(`SELECT 1 FROM ${table} LIMIT 1`).get() === undefined);
}

/**
 * On this connection, the first row written to any user-work table clears the sample mark in the
 * same transaction, so that removing an import or undoing an edit later never turns the network
 * back into "the sample". Temporary triggers: they never reach the file.
 */
export function watchSampleUse(db: Db): void {
  for (const table of USER_WORK_TABLES) {
    db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS sample_claimed_by_${table} AFTER INSERT ON main.${table}
               BEGIN DELETE FROM main.network_setting WHERE key = '${SAMPLE_SETTING}'; END;`);
  }
}
