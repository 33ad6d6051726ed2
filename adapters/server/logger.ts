import pino from 'pino';
import type { Logger } from '../../src/ports.js';

/** JSON logs on stdout (pino); the core only sees the Logger port. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return (destination ? pino({ level }, destination) : pino({ level })) as unknown as Logger;
}
