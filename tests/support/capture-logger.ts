// A Logger (the core's port) that keeps every line, for tests that check what was logged and at
// which level — and can wait for a line instead of for a duration.
import type { LogFields, Logger } from '../../src/ports.js';

interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  msg: string;
  fields: LogFields;
}

export interface CaptureLogger extends Logger {
  lines: LogLine[];
  /** Resolves with the first line (logged already or still to come) that `match` accepts. */
  waitFor(match: (line: LogLine) => boolean): Promise<LogLine>;
}

export function captureLogger(): CaptureLogger {
  const lines: LogLine[] = [];
  const watchers = new Set<{ match: (line: LogLine) => boolean; resolve: (line: LogLine) => void }>();
  const write =
    (level: LogLine['level'], bindings: LogFields) => (fields: LogFields | string, msg?: string) => {
      const line: LogLine =
        typeof fields === 'string'
          ? { level, msg: fields, fields: bindings }
          : { level, msg: msg ?? '', fields: { ...bindings, ...fields } };
      lines.push(line);
      for (const watcher of watchers) {
        if (!watcher.match(line)) continue;
        watchers.delete(watcher);
        watcher.resolve(line);
      }
    };
  const make = (bindings: LogFields): Logger => ({
    debug: write('debug', bindings),
    info: write('info', bindings),
    warn: write('warn', bindings),
    error: write('error', bindings),
    child: (more) => make({ ...bindings, ...more }),
  });
  return {
    ...make({}),
    lines,
    waitFor(match) {
      const seen = lines.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => watchers.add({ match, resolve }));
    },
  };
}
