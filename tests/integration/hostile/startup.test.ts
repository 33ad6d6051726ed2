// The real server process refusing a configuration that cannot work: exit 2 and one line on stderr
// naming the variable, before anything listens (the unit tests cover every case of the rules).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

function start(
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/server/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', DOTENV_CONFIG_PATH: '/dev/null', PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString('utf8');
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

it.each([
  [{ PORT: 'abc' }, /^Invalid configuration: PORT .*"abc"\)\n$/],
  [
    { SLACK_BOT_TOKEN: 'xoxb-test' },
    /^Invalid configuration: SLACK_BOT_TOKEN is set but .*SLACK_SIGNING_SECRET/,
  ],
])('%o: refuses to start in one line', async (env, line) => {
  const run = await start(env);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(line);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stdout).toBe('');
});
