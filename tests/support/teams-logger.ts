// A Logger that keeps what it was told, so tests can assert that a refusal was logged (and never
// shown to the caller). It implements the core's Logger port; nothing is printed.
import type { LogFields, Logger } from '../../src/ports.js';

export type LogEntry = { level: 'debug' | 'info' | 'warn' | 'error'; msg: string; fields: LogFields };

export function recordingLogger(
  entries: LogEntry[] = [],
  bindings: LogFields = {},
): Logger & { entries: LogEntry[] } {
  const log =
    (level: LogEntry['level']) =>
    (fields: LogFields | string, msg?: string): void => {
      if (typeof fields === 'string') entries.push({ level, msg: fields, fields: { ...bindings } });
      else entries.push({ level, msg: msg ?? '', fields: { ...bindings, ...fields } });
    };
  return {
    entries,
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    child: (more) => recordingLogger(entries, { ...bindings, ...more }),
  };
}
