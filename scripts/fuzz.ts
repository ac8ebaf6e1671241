// `npm run fuzz`: feeds every importer thousands of malformed inputs (test-support/import-fuzz-cases.ts)
// and checks that each import settles in time, succeeds or refuses with an ImportError, and that
// a refusal writes nothing. Exit code 1 on any failure, with how to replay it.
//
//   npm run fuzz -- [--runs N] [--format F[,F…]] [--seed S] [--from I] [--timeout MS] [--jobs J]
//
// Each format runs in a child process that reports every case to this one: a case that does not
// settle within --timeout ms (even a synchronous endless loop) or that kills the child (a crash,
// running out of memory) is recorded, the child is replaced, and the run goes on from the next case.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportFormat } from '../src/main/core/import/bundle';
import { caseAt, checkImport, EXTENSION, FUZZ_FORMATS, FuzzFailure, prepareSeeds, seededDb } from '../test-support/import-fuzz-cases';

interface Options {
  runs: number;
  formats: ImportFormat[];
  seed: number;
  from: number;
  timeout: number;
  jobs: number;
}

type ToParent =
  | { t: 'ready' }
  | { t: 'start'; i: number }
  | { t: 'end'; i: number; outcome: 'accepted' | 'refused'; ms: number }
  | { t: 'fail'; i: number; kind: string; detail: string; recipe: string; ms: number }
  | { t: 'done' };

const CHILD_FLAG = '--fuzz-child';

// ---------------------------------------------------------------------------------------------
// Child: runs cases [from, to) of one format and reports each.

async function child(format: ImportFormat, seed: number, from: number, to: number, timeout: number): Promise<void> {
  const send = (m: ToParent): void => void process.send!(m);
  const dir = mkdtempSync(join(tmpdir(), `maillage-fuzz-${format}-`));
  try {
    await prepareSeeds();
    let db = await seededDb(format, dir);
    let accepted = 0;
    send({ t: 'ready' });
    const input = join(dir, `input${EXTENSION[format]}`);
    for (let i = from; i < to; i++) {
      // Accepted imports grow the network; start again from a fresh one now and then.
      if (accepted >= 200) {
        db.close();
        db = await seededDb(format, dir);
        accepted = 0;
      }
      const c = caseAt(format, seed, i);
      send({ t: 'start', i });
      writeFileSync(input, c.bytes);
      const started = performance.now();
      try {
        const r = await checkImport(db, format, input, timeout);
        if (r.outcome === 'accepted') accepted++;
        send({ t: 'end', i, outcome: r.outcome, ms: r.ms });
      } catch (error) {
        const ms = performance.now() - started;
        if (error instanceof FuzzFailure) send({ t: 'fail', i, kind: error.kind, detail: error.message, recipe: c.recipe, ms });
        else send({ t: 'fail', i, kind: 'crash', detail: `the checker itself threw: ${(error as Error).stack ?? String(error)}`, recipe: c.recipe, ms });
        // After a hang the import may still be running and write later: start from a fresh network.
        db.close();
        db = await seededDb(format, dir);
        accepted = 0;
      }
    }
    db.close();
    send({ t: 'done' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Parent.

interface Failure {
  format: ImportFormat;
  i: number;
  kind: string;
  detail: string;
  recipe: string;
  file: string;
}

interface Stats {
  cases: number;
  accepted: number;
  refused: number;
  failed: number;
  maxMs: number;
  maxCase: number;
  seconds: number;
}

const failures: Failure[] = [];
const failDir = join(tmpdir(), 'maillage-fuzz-failures');

function saveFailure(format: ImportFormat, seed: number, i: number, kind: string, detail: string, recipe?: string): void {
  let file = join(failDir, `${format}-seed${seed}-case${i}${EXTENSION[format]}`);
  try {
    const c = caseAt(format, seed, i);
    recipe ??= c.recipe;
    mkdirSync(failDir, { recursive: true });
    writeFileSync(file, c.bytes);
  } catch (error) {
    file = `(not saved: ${(error as Error).message})`;
  }
  failures.push({ format, i, kind, detail, recipe: recipe ?? '?', file });
  console.error(
    `\n✗ ${format} case ${i}: ${detail.split('\n').slice(0, 6).join('\n    ')}\n    input: ${file}\n    recipe: ${recipe ?? '?'}\n` +
      `    replay: npm run fuzz -- --format ${format} --seed ${seed} --from ${i} --runs 1`,
  );
}

function runFormat(format: ImportFormat, o: Options): Promise<Stats> {
  const stats: Stats = { cases: 0, accepted: 0, refused: 0, failed: 0, maxMs: 0, maxCase: -1, seconds: 0 };
  const started = performance.now();
  const to = o.from + o.runs;
  return new Promise((resolve) => {
    let next = o.from;
    const launch = (): void => {
      if (next >= to) {
        stats.seconds = (performance.now() - started) / 1000;
        resolve(stats);
        return;
      }
      let current: number | undefined;
      let finished = false;
      let timer: NodeJS.Timeout | undefined;
      const proc: ChildProcess = fork(import.meta.filename, [CHILD_FLAG, format, String(o.seed), String(next), String(to), String(o.timeout)], {
        execArgv: ['--import', 'tsx', '--max-old-space-size=1024'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      const arm = (ms: number): void => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          // The child is stuck (a synchronous loop never lets its own timer fire): the case is a hang.
          if (current !== undefined) {
            stats.cases++;
            stats.failed++;
            saveFailure(format, o.seed, current, 'hang', `hang: no answer within ${ms} ms (the event loop is blocked)`);
            next = current + 1;
          }
          finished = true;
          proc.kill('SIGKILL');
        }, ms);
      };
      arm(120_000); // seeding
      proc.on('message', (m: ToParent) => {
        if (m.t === 'ready') arm(o.timeout + 5_000);
        else if (m.t === 'start') {
          current = m.i;
          arm(o.timeout + 5_000);
        } else if (m.t === 'end' || m.t === 'fail') {
          stats.cases++;
          if (m.t === 'end') stats[m.outcome]++;
          else {
            stats.failed++;
            saveFailure(format, o.seed, m.i, m.kind, m.detail, m.recipe);
          }
          if (m.ms > stats.maxMs) [stats.maxMs, stats.maxCase] = [m.ms, m.i];
          current = undefined;
          next = m.i + 1;
          if (stats.cases % 1_000 === 0) {
            const rate = stats.cases / ((performance.now() - started) / 1000);
            process.stdout.write(`  ${format}: ${stats.cases}/${o.runs} (${rate.toFixed(0)}/s, ${stats.failed} failed)\n`);
          }
        } else if (m.t === 'done') {
          finished = true;
          next = to;
        }
      });
      proc.on('exit', (code, signal) => {
        clearTimeout(timer);
        if (!finished) {
          // The child died under a case: out of memory, a native crash, an uncaught exception.
          if (current !== undefined) {
            stats.cases++;
            stats.failed++;
            saveFailure(format, o.seed, current, 'crash', `crash: the fuzzing process died (${signal ?? `exit code ${code}`})`);
            next = current + 1;
          } else {
            console.error(`${format}: the fuzzing process died outside a case (${signal ?? `exit code ${code}`}); stopping this format`);
            stats.failed++;
            next = to;
          }
        }
        launch();
      });
    };
    launch();
  });
}

async function parent(o: Options): Promise<void> {
  console.log(`fuzz: ${o.runs} cases per format from case ${o.from}, formats ${o.formats.join(', ')}, seed ${o.seed}, timeout ${o.timeout} ms, jobs ${o.jobs}`);
  await prepareSeeds(); // the parent regenerates failing cases to save them
  const results = new Map<ImportFormat, Stats>();
  const queue = [...o.formats];
  const worker = async (): Promise<void> => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      const s = await runFormat(f, o);
      results.set(f, s);
      console.log(`${f}: done in ${s.seconds.toFixed(1)} s`);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.max(1, o.jobs) }, worker));

  console.log('\nformat        cases  accepted  refused  failed   max ms (case)   cases/s');
  let total: Stats = { cases: 0, accepted: 0, refused: 0, failed: 0, maxMs: 0, maxCase: -1, seconds: 0 };
  for (const f of o.formats) {
    const s = results.get(f)!;
    console.log(
      `${f.padEnd(12)} ${String(s.cases).padStart(6)} ${String(s.accepted).padStart(9)} ${String(s.refused).padStart(8)} ${String(s.failed).padStart(7)} ${s.maxMs.toFixed(0).padStart(8)} (${s.maxCase})`.padEnd(66) +
        (s.cases / s.seconds).toFixed(0).padStart(9),
    );
    total = { ...total, cases: total.cases + s.cases, accepted: total.accepted + s.accepted, refused: total.refused + s.refused, failed: total.failed + s.failed, maxMs: Math.max(total.maxMs, s.maxMs) };
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`${'total'.padEnd(12)} ${String(total.cases).padStart(6)} ${String(total.accepted).padStart(9)} ${String(total.refused).padStart(8)} ${String(total.failed).padStart(7)} ${total.maxMs.toFixed(0).padStart(8)}`);
  console.log(`\n${total.cases} cases in ${seconds.toFixed(1)} s, seed ${o.seed}: ${total.failed === 0 ? 'no failure' : `${total.failed} FAILED`}`);
  for (const f of failures) console.log(`  ✗ ${f.format} case ${f.i} [${f.kind}] ${f.file}`);
  process.exitCode = total.failed === 0 ? 0 : 1;
}

function options(): Options {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '10000' },
      format: { type: 'string', multiple: true },
      seed: { type: 'string' },
      from: { type: 'string', default: '0' },
      timeout: { type: 'string', default: '5000' },
      jobs: { type: 'string', default: '1' },
    },
  });
  const formats = (values.format ?? []).flatMap((f) => f.split(',')).filter(Boolean);
  for (const f of formats) {
    if (!FUZZ_FORMATS.includes(f as ImportFormat)) throw new Error(`unknown format "${f}"; expected one of ${FUZZ_FORMATS.join(', ')}`);
  }
  const int = (name: string, v: string, min: number): number => {
    const n = Number(v);
    if (!Number.isSafeInteger(n) || n < min) throw new Error(`--${name} expects an integer ≥ ${min}, not "${v}"`);
    return n;
  };
  return {
    runs: int('runs', values.runs, 1),
    formats: formats.length > 0 ? (formats as ImportFormat[]) : [...FUZZ_FORMATS],
    seed: values.seed !== undefined ? int('seed', values.seed, 0) : Math.floor(Math.random() * 2 ** 31),
    from: int('from', values.from, 0),
    timeout: int('timeout', values.timeout, 100),
    jobs: int('jobs', values.jobs, 1),
  };
}

if (process.argv[2] === CHILD_FLAG) {
  const [format, seed, from, to, timeout] = process.argv.slice(3);
  await child(format as ImportFormat, Number(seed), Number(from), Number(to), Number(timeout));
  process.disconnect();
} else {
  try {
    await parent(options());
  } catch (error) {
    console.error(`fuzz: ${(error as Error).message}`);
    process.exitCode = 2;
  }
}
