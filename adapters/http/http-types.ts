// What the one HTTP server and the adapters mounted on it agree on: a route handler and a mounted
// adapter. It sits beside the adapters, not in the composition root, so they never import the root.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A route handler that reads its own body (Slack needs the raw bytes for its signature). */
export type HttpHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** What every platform adapter gives the server. */
export interface MountedAdapter {
  name: string;
  /** Path and handler when the adapter receives over the one HTTP server (absent in Socket Mode). */
  route?: { method: 'POST'; path: string; handler: HttpHandler };
  /** Further routes of the adapter (the Slack install pages). */
  extraRoutes?: { method: 'GET' | 'POST'; path: string; handler: HttpHandler }[];
  /**
   * Connect to the platform (Socket Mode), or finish what the adapter checks at start (Slack's
   * auth.test), after the server listens; a rejection stops the server.
   */
  start?(): Promise<void>;
  /** Stop receiving and let in-flight work finish. */
  stop?(): Promise<void>;
  /** One line for the start-up banner. */
  describe: string;
}
