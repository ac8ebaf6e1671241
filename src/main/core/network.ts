// One open network file: its connection, where it lives, and what it holds.
import { basename } from 'node:path';
import type { NetworkInfo } from '../../shared/domain';
import { openDatabase, saveCopy, schemaVersion, type Db } from './db/connection';
import { SAMPLE_SETTING, storeSample } from './sample/store';
import type { SampleOptions } from './sample/generate';

export class Network {
  private constructor(
    readonly db: Db,
    private filePath: string,
  ) {}

  /** Opens an existing network file (migrating it to the current schema). */
  static open(file: string): Network {
    return new Network(openDatabase(file), file);
  }

  /** Creates (or opens) a file; an empty new file gets the sample network when asked. */
  static create(file: string, options: { sample?: SampleOptions | false } = {}): Network {
    const network = new Network(openDatabase(file, { create: true }), file);
    if (options.sample !== false && options.sample !== undefined && network.isEmpty()) storeSample(network.db, options.sample);
    return network;
  }

  get file(): string {
    return this.filePath;
  }

  isEmpty(): boolean {
    return (this.db.prepare('SELECT count(*) AS n FROM person').get() as { n: number }).n === 0;
  }

  isSample(): boolean {
    return this.db.prepare('SELECT 1 FROM network_setting WHERE key = ?').get(SAMPLE_SETTING) !== undefined;
  }

  info(): NetworkInfo {
    const count = (table: string) => (this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const span = this.db.prepare('SELECT min(at) AS "from", max(at) AS "to" FROM interaction WHERE at IS NOT NULL').get() as {
      from: string | null;
      to: string | null;
    };
    return {
      name: this.filePath === ':memory:' ? 'Sample' : basename(this.filePath),
      isSample: this.isSample(),
      schemaVersion: schemaVersion(this.db),
      counts: {
        people: count('person'),
        organisations: count('organisation'),
        events: count('event'),
        interactions: count('interaction'),
        follows: count('follow'),
      },
      interactionSpan: span,
    };
  }

  /** Save as: writes a copy and continues on the copy, like a document editor. */
  saveAs(target: string): void {
    saveCopy(this.db, target);
    this.db.close();
    const reopened = Network.open(target);
    (this as { db: Db }).db = reopened.db;
    this.filePath = target;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
