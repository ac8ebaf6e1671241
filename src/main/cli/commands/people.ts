// `maillage --db FILE people [--role R] [--format csv|json]` (id, name, title, role, role_source,
// organisation), `person add --name N […]`, `person erase ID [--yes]` (GDPR, final) and
// `interaction add --from ID --to ID --kind met --at DATE [--channel C] [--note TEXT]`.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { csvLine } from '../../../shared/csv';
import { CHANNELS, ROLES, type Channel, type Role } from '../../../shared/domain';
import { LOGGED_KINDS, type ErasePreview, type LoggedKind } from '../../../shared/my-data';
import { UsageError } from '../errors';
import { callService } from '../gate';

function oneOf<T extends string>(option: string, values: readonly T[], raw: string | undefined): T | undefined {
  if (raw === undefined) return undefined;
  if (!(values as readonly string[]).includes(raw)) throw new UsageError(`--${option}: expected ${values.join(', ')}, got "${raw}"`);
  return raw as T;
}

function idOf(option: string, raw: string | undefined): number {
  const id = Number(raw);
  if (raw === undefined || !Number.isInteger(id) || id <= 0) throw new UsageError(`${option}: expected a person id (a positive number), got "${raw ?? ''}"`);
  return id;
}

export async function peopleCommand(db: string | undefined, args: string[], out: (line: string) => void): Promise<void> {
  const { values } = parseArgs({ args, options: { role: { type: 'string' }, format: { type: 'string', default: 'csv' } }, strict: true });
  if (!db) throw new UsageError('people needs --db FILE');
  const role = oneOf<Role>('role', ROLES, values.role);
  const format = oneOf('format', ['csv', 'json'] as const, values.format);
  const rows = await callService(db, 'people:roles', role ? { role } : {});
  if (format === 'json') {
    out(JSON.stringify(rows.map((r) => ({ id: r.id, name: r.name, title: r.title, role: r.role, role_source: r.roleSource, organisation: r.organisation })), null, 2));
    return;
  }
  out('id,name,title,role,role_source,organisation');
  for (const r of rows) out(csvLine([r.id, r.name, r.title, r.role, r.roleSource, r.organisation]));
}

const describeErase = (p: ErasePreview): string[] => [
  `erase #${p.id} ${p.name}: the person${p.hasNotes ? ' and their notes' : ''}`,
  `  handles: ${p.handles.length ? p.handles.join(', ') : 'none'}`,
  `  ${p.interactions} interactions, ${p.attendance} event attendances, ${p.historyEntries} undo-history entries`,
  '  This cannot be undone.',
];

async function confirmed(name: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await prompt.question(`Type "erase" to erase ${name}: `)).trim() === 'erase';
  } finally {
    prompt.close();
  }
}

export async function personCommand(db: string | undefined, args: string[], out: (line: string) => void): Promise<void> {
  const [action, ...rest] = args;
  if (!db) throw new UsageError('person needs --db FILE');
  if (action === 'add') {
    const { values } = parseArgs({
      args: rest,
      options: { name: { type: 'string' }, role: { type: 'string' }, organisation: { type: 'string' }, title: { type: 'string' }, x: { type: 'string' }, linkedin: { type: 'string' }, email: { type: 'string' } },
      strict: true,
    });
    if (!values.name?.trim()) throw new UsageError('person add needs --name NAME');
    const role = oneOf<Role>('role', ROLES, values.role);
    const { name: _name, role: _role, ...rest2 } = values;
    const person = await callService(db, 'person:create', { name: values.name, ...(role ? { role } : {}), ...rest2 }, { create: true });
    out(`added #${person.id} ${person.name} (${person.role}${person.title ? `, ${person.title}` : ''}${person.organisation ? `, ${person.organisation}` : ''})`);
    return;
  }
  if (action === 'erase') {
    const { values, positionals } = parseArgs({ args: rest, options: { yes: { type: 'boolean', default: false } }, allowPositionals: true, strict: true });
    const id = idOf('person erase ID', positionals[0]);
    const preview = await callService(db, 'person:erasePreview', id);
    if (!preview) throw new UsageError(`no person with id ${id}`);
    for (const line of describeErase(preview)) out(line);
    if (!values.yes && !(await confirmed(preview.name))) throw new UsageError('not erased: confirm with --yes (or type "erase" when asked)');
    await callService(db, 'person:erase', id);
    out(`erased #${id}`);
    return;
  }
  throw new UsageError('usage: maillage --db FILE person add --name N [--role R] [--organisation O] [--title T] [--x H] [--linkedin URL] [--email E] | person erase ID [--yes]');
}

export async function interactionCommand(db: string | undefined, args: string[], out: (line: string) => void): Promise<void> {
  const [action, ...rest] = args;
  if (!db) throw new UsageError('interaction needs --db FILE');
  if (action !== 'add') throw new UsageError(`usage: maillage --db FILE interaction add --from ID --to ID --kind ${LOGGED_KINDS.join('|')} --at DATE [--channel C] [--note TEXT]`);
  const { values } = parseArgs({
    args: rest,
    options: { from: { type: 'string' }, to: { type: 'string' }, kind: { type: 'string', default: 'met' }, at: { type: 'string' }, channel: { type: 'string' }, note: { type: 'string' } },
    strict: true,
  });
  if (!values.at) throw new UsageError('interaction add needs --at DATE (e.g. 2026-03-31)');
  const kind = oneOf<LoggedKind>('kind', LOGGED_KINDS, values.kind)!;
  const channel = oneOf<Channel>('channel', CHANNELS, values.channel);
  const id = await callService(db, 'interaction:create', {
    from: idOf('--from', values.from),
    to: idOf('--to', values.to),
    kind,
    at: values.at,
    ...(channel ? { channel } : {}),
    ...(values.note !== undefined ? { note: values.note } : {}),
  });
  out(`logged interaction #${id}: ${kind} from #${values.from} to #${values.to} on ${values.at}`);
}
