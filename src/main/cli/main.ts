// The `maillage` command: reads the global options, runs one command, prints an error as one line
// on stderr with its exit status. Every command goes through the gate, to the same services as the app.
import { readFileSync } from 'node:fs';
import { exitStatus, MaillageError } from '../../shared/errors';
import { UsageError } from './errors';
import { HELP } from './help';
import { terminalIo } from './terminal';
import { sampleCommand } from './commands/sample';
import { serveCommand } from './commands/serve';
import { scoresCommand, topCommand } from './commands/scores';
import { importCommand, importsCommand } from './commands/import';
import { exportCommand } from './commands/export';
import { mergesCommand } from './commands/merges';
import { inviteCommand } from './commands/invite';
import { restoreCommand } from './commands/restore';
import { ownerCommand } from './commands/owner';
import { interactionCommand, peopleCommand, personCommand } from './commands/people';
import { communitiesCommand, communityCommand } from './commands/communities';
import { eventCommand, eventsCommand, importAttendeesCommand, importIcsCommand } from './commands/events';
import { impactCommand, matchmakingCommand, parityCommand } from './commands/event-reports';
import { reportCommand } from './commands/report';
import { remindersCommand } from './commands/reminders';
import { conversationsCommand, creatorsCommand } from './commands/watch-views';
import { audienceCommand } from './commands/audience';

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

const defaultIo: Io = terminalIo(process.stdout, process.stderr);

/** Splits `--db FILE` (anywhere before the command) from the command and its own arguments. */
export function splitGlobal(argv: string[]): { db?: string; command?: string; rest: string[]; version: boolean } {
  let db: string | undefined;
  let version = false;
  const rest = [...argv];
  while (rest.length) {
    const head = rest[0] as string;
    if (head === '--db') {
      if (rest.length < 2 || (rest[1] as string).startsWith('--')) throw new UsageError('--db needs a file name');
      db = rest[1];
      rest.splice(0, 2);
    } else if (head.startsWith('--db=')) {
      db = head.slice(5);
      rest.shift();
    } else if (head === '--version' || head === '-v') {
      version = true;
      rest.shift();
    } else if (head === '--help' || head === '-h') {
      rest.splice(0, 1, 'help');
    } else break;
  }
  const command = rest.shift();
  // `maillage serve --db FILE` reads naturally too: accept --db after the command.
  const index = rest.indexOf('--db');
  if (db === undefined && index >= 0 && rest[index + 1]) {
    db = rest[index + 1];
    rest.splice(index, 2);
  }
  return { ...(db !== undefined ? { db } : {}), ...(command !== undefined ? { command } : {}), rest, version };
}

/** Runs the CLI; resolves to the exit code (serve resolves when the server stops). */
export async function run(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    const { db, command, rest, version } = splitGlobal(argv);
    if (version) {
      const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
      io.out(pkg.version);
      return 0;
    }
    switch (command) {
      case undefined:
      case 'help':
        io.out(HELP);
        return 0;
      case 'sample':
        sampleCommand(db, rest, io.out);
        return 0;
      case 'scores':
        await scoresCommand(db, rest, io.out, io.err);
        return 0;
      case 'top':
        await topCommand(db, rest, io.out, io.err);
        return 0;
      case 'import':
        if (rest[0] === 'attendees') await importAttendeesCommand(db, rest.slice(1), io.out, io.err);
        else if (rest[0] === 'ics') await importIcsCommand(db, rest.slice(1), io.out);
        else await importCommand(db, rest, io.out, io.err);
        return 0;
      case 'parity':
        await parityCommand(db, rest, io.out);
        return 0;
      case 'matchmaking':
        await matchmakingCommand(db, rest, io.out);
        return 0;
      case 'impact':
        await impactCommand(db, rest, io.out);
        return 0;
      case 'events':
        await eventsCommand(db, rest, io.out);
        return 0;
      case 'event':
        await eventCommand(db, rest, io.out);
        return 0;
      case 'imports':
        await importsCommand(db, rest, io.out);
        return 0;
      case 'export':
        await exportCommand(db, rest, io.out);
        return 0;
      case 'merges':
        await mergesCommand(db, rest, io.out);
        return 0;
      case 'restore-backup':
        restoreCommand(db, rest, io.out);
        return 0;
      case 'invite':
        await inviteCommand(db, rest, io.out, io.err);
        return 0;
      case 'owner':
        await ownerCommand(db, rest, io.out);
        return 0;
      case 'people':
        await peopleCommand(db, rest, io.out);
        return 0;
      case 'person':
        await personCommand(db, rest, io.out);
        return 0;
      case 'interaction':
        await interactionCommand(db, rest, io.out);
        return 0;
      case 'communities':
        await communitiesCommand(db, rest, io.out);
        return 0;
      case 'community':
        await communityCommand(db, rest, io.out);
        return 0;
      case 'report':
        await reportCommand(db, rest, io.out);
        return 0;
      case 'reminders':
        await remindersCommand(db, rest, io.out);
        return 0;
      case 'conversations':
        await conversationsCommand(db, rest, io.out);
        return 0;
      case 'creators':
        await creatorsCommand(db, rest, io.out, io.err);
        return 0;
      case 'audience':
        await audienceCommand(db, rest, io.out, io.err);
        return 0;
      case 'serve': {
        const handle = await serveCommand(db, rest, io.out);
        await new Promise<void>((resolve) => {
          const stop = () => void handle.stop().then(resolve);
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        return 0;
      }
      default:
        throw new UsageError(`unknown command "${command}" — try "maillage help"`);
    }
  } catch (error) {
    if (error instanceof MaillageError) {
      io.err(`maillage: ${error.message}`);
      if (error.key === 'networkFile' && error.params.backup !== undefined) io.err(`To restore it: maillage --db ${error.params.file} restore-backup`);
      return exitStatus(error.code);
    }
    // Node's argument parser: an option the command does not take, or one without its value, is
    // the user's to fix — one line and exit 2, not "unexpected error" and a stack.
    const code = (error as { code?: unknown } | null)?.code;
    if (error instanceof Error && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) {
      io.err(`maillage: ${error.message} — try "maillage help"`);
      return exitStatus('invalid_input');
    }
    io.err(`maillage: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}
