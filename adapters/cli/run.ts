// The command line as a function of its arguments and streams (docs/contract.md §4), so tests run it in-process
// as well as through the real binary. Bad input exits with status 2 and one line on stderr naming
// what was wrong; an unexpected failure exits 1, also with one line. Never a trace.
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { errorCode, errorMessage } from '../../src/errors.js';
import { silentLogger } from '../../src/ports.js';
import { createAdvisor } from '../../src/service.js';
import { createMemoryStore } from '../store/memory.js';
import { runTerminal } from '../terminal/index.js';
import { clean } from '../terminal/render-text.js';
import { askCommand, extractCommand, invalid, oneLine, parseFormat, recommendCommand } from './commands.js';

const USAGE = `Virt Advisor — recommends EC2 virtual machines, containers or AWS Lambda for a workload.

Usage: npm run -s advisor -- <command> [options]

Commands:
  recommend --answers <json>|@file.json [--format json|text]
      Recommend for a profile (a JSON object of question id to option id); a JSON array of
      profiles gives an array of recommendations, in order. Default format: json.
  ask "<question>" [--format text|json]
      Answer a question about the three kinds. json: {"answer", "topics", "sources"}. Default: text.
  extract "<workload description>" [--format json|text]
      Read a description in plain English. json: {"answers", "evidence", "details"}. Default: json.
  chat
      An interview in the terminal (the same state machine as Slack and Teams). Reads standard
      input, so it can be scripted: printf 'start\\n1\\n2\\n' | npm run -s advisor -- chat

Options:
  -h, --help    Show this help.`;

const SPEC = {
  answers: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Options = { answers?: string; format?: string; help?: boolean };

const COMMAND_OPTIONS = {
  recommend: ['answers', 'format'],
  ask: ['format'],
  extract: ['format'],
  chat: [],
} as const;
type Command = keyof typeof COMMAND_OPTIONS;

function parse(argv: string[]): { command: Command | 'help'; options: Options; positionals: string[] } {
  const parsed = (() => {
    try {
      return parseArgs({ args: argv, options: SPEC, allowPositionals: true, strict: true });
    } catch (error) {
      // Node's message is one sentence plus advice on '--'; keep the sentence.
      throw invalid(errorMessage(error).split('\n')[0]?.split('. ')[0] || 'invalid arguments');
    }
  })();
  const [name, ...positionals] = parsed.positionals;
  const options: Options = parsed.values;
  if (options.help || name === 'help') return { command: 'help', options, positionals };
  if (name === undefined) throw invalid('missing command: use recommend, ask, extract or chat (see --help)');
  if (!(name in COMMAND_OPTIONS)) {
    throw invalid(`unknown command "${oneLine(name)}": use recommend, ask, extract or chat (see --help)`);
  }
  const command = name as Command;
  const allowed: readonly string[] = COMMAND_OPTIONS[command];
  for (const key of Object.keys(parsed.values)) {
    if (!allowed.includes(key)) throw invalid(`option --${key} does not apply to "${command}"`);
  }
  if ((command === 'recommend' || command === 'chat') && positionals.length > 0) {
    throw invalid(`unexpected argument "${oneLine(positionals[0] ?? '')}" for "${command}"`);
  }
  return { command, options, positionals };
}

/** The streams a run reads and writes: the process's own, or a test's. */
export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const { command, options, positionals } = parse(argv);
  const print = (text: string) => io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  switch (command) {
    case 'help':
      print(USAGE);
      return 0;
    case 'recommend':
      print(recommendCommand(options.answers, parseFormat(options.format, 'json')));
      return 0;
    case 'ask':
      print(askCommand(positionals, parseFormat(options.format, 'text')));
      return 0;
    case 'extract':
      print(extractCommand(positionals, parseFormat(options.format, 'json')));
      return 0;
    case 'chat': {
      const store = createMemoryStore();
      const advisor = createAdvisor({ store, logger: silentLogger });
      const interactive = Boolean(io.stdin.isTTY);
      await runTerminal({ advisor, input: io.stdin, output: io.stdout, interactive });
      await store.close();
      return 0;
    }
  }
}

/** What each kind of failure means to the shell: the user's input (2) or our own fault (1). */
const EXIT_STATUS = { input_invalid: 2, input_too_large: 2, config_invalid: 2 } as const;

/** Runs one command line; resolves with the exit status and never rejects. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    const code = errorCode(error);
    const status = (EXIT_STATUS as Record<string, number>)[code] ?? 1;
    // Messages echo the input (a file's bytes, an unknown option): its ESC and BEL must not reach the terminal.
    const line =
      status === 2
        ? clean(errorMessage(error))
        : `internal error: ${clean(oneLine(errorMessage(error), 200))}`;
    io.stderr.write(`advisor: ${line}\n`);
    return status;
  }
}
