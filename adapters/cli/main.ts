// `npm run -s advisor -- <command> [options]` (docs/contract.md §4): the command line on the process's own streams.
import { runCli } from './run.js';

// A closed pipe (`| head`) is not an error worth a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});

void runCli(process.argv.slice(2), process).then((status) => {
  process.exitCode = status;
});
