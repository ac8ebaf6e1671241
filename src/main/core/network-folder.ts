// The networks of a data folder, for a host that can create, open and switch them without a
// restart (the browser host): one .maillage file per network, named after the network.
import { errorKind } from '../../shared/errors';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { NetworkList } from '../../shared/my-data';
import { Network } from './network';
import { NETWORK_EXTENSION, SAMPLE_FILE_NAME } from './paths';
import { setOwner } from './my-data';
import type { OwnerInput } from '../../shared/my-data';

export class NetworkFolderError extends errorKind('conflict') {}

/** A file name for a network name: letters, digits, spaces and - _ . kept; never a path. */
export function networkFileName(name: string): string {
  const safe = name.normalize('NFC').replace(/[^\p{L}\p{N} ._-]+/gu, ' ').replace(/\s+/g, ' ').replace(/^[ .]+|[ .]+$/g, '').slice(0, 100);
  if (!safe) throw new NetworkFolderError(`"${name.slice(0, 100)}" cannot name a file: use letters or digits`);
  return `${safe}${NETWORK_EXTENSION}`;
}

export class NetworkFolder {
  constructor(
    private readonly dir: string,
    private network: Network,
  ) {}

  current(): Network {
    return this.network;
  }

  list(): NetworkList {
    const files = existsSync(this.dir) ? readdirSync(this.dir).filter((f) => f.endsWith(NETWORK_EXTENSION)).sort((a, b) => a.localeCompare(b)) : [];
    return {
      current: basename(this.network.file),
      networks: files.map((file) => ({ file, name: file.slice(0, -NETWORK_EXTENSION.length), isSample: file === SAMPLE_FILE_NAME })),
    };
  }

  /** Creates a network named `name` owned by `owner`, and switches to it. */
  create(name: string, owner: OwnerInput & { name: string }): Network {
    const file = join(this.dir, networkFileName(name));
    if (existsSync(file)) throw new NetworkFolderError(`A network named "${name}" already exists: open it, or choose another name.`);
    mkdirSync(this.dir, { recursive: true });
    const next = Network.create(file, { sample: false });
    try {
      setOwner(next.db, owner);
    } catch (error) {
      next.close();
      throw error;
    }
    return this.switchTo(next);
  }

  /** Opens a network of the folder by its file name, and switches to it. */
  open(file: string): Network {
    if (file !== basename(file) || !file.endsWith(NETWORK_EXTENSION)) throw new NetworkFolderError(`"${file.slice(0, 100)}" is not a network of this folder`);
    const path = join(this.dir, file);
    if (!existsSync(path)) throw new NetworkFolderError(`There is no network "${file}" in this folder.`);
    if (file === basename(this.network.file)) return this.network;
    return this.switchTo(Network.open(path));
  }

  private switchTo(next: Network): Network {
    const previous = this.network;
    this.network = next;
    previous.close();
    return next;
  }
}
