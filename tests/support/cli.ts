// The command line two ways: in-process through runCli (what nearly every case needs: arguments in,
// exit status and output out) and as the real binary, spawned as a user runs it — each spawn costs
// seconds of tsx start-up on a busy machine, so only the cases about the process itself do it.
import { PassThrough } from 'node:stream';
import { runCli } from '../../adapters/cli/run.js';
import { type ProcessRun, runProcess } from './server-process.js';

export type CliRun = ProcessRun;

export async function cli(args: string[], input: Buffer | string = ''): Promise<CliRun> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (d: Buffer) => out.push(d));
  stderr.on('data', (d: Buffer) => err.push(d));
  stdin.end(input);
  const code = await runCli(args, { stdin, stdout, stderr });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/** The real binary: `node --import tsx adapters/cli/main.ts`, or `npm run -s advisor --` with `viaNpm`. */
export function cliBinary(args: string[], input: Buffer | string = '', viaNpm = false): Promise<CliRun> {
  return viaNpm
    ? runProcess('npm', ['run', '-s', 'advisor', '--', ...args], { input })
    : runProcess(process.execPath, ['--import', 'tsx', 'adapters/cli/main.ts', ...args], { input });
}
