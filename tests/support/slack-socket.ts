// A minimal fake of Slack's Socket Mode WebSocket endpoint on loopback (RFC 6455 framing by hand, so
// tests need no extra dependency): it greets with `hello`, pushes envelopes to the app, answers pings
// and records the app's acks ({envelope_id, payload?}).
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Json } from './fake-slack.js';

const WS_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

export interface FakeSocketMode {
  readonly url: string;
  readonly acks: Json[];
  /** Resolves once the app has connected and been sent `hello`. */
  connected(): Promise<void>;
  /** Send an envelope (`events_api`, `slash_commands`, `interactive`); returns its envelope_id. */
  push(type: string, payload: Json, extra?: Json): string;
  close(): Promise<void>;
}

function frame(opcode: number, payload: Buffer): Buffer {
  const len = payload.length;
  const head = len < 126 ? Buffer.from([0x80 | opcode, len]) : Buffer.alloc(len < 65_536 ? 4 : 10);
  if (len >= 126 && len < 65_536) {
    head[0] = 0x80 | opcode;
    head[1] = 126;
    head.writeUInt16BE(len, 2);
  } else if (len >= 65_536) {
    head[0] = 0x80 | opcode;
    head[1] = 127;
    head.writeBigUInt64BE(BigInt(len), 2);
  }
  return Buffer.concat([head, payload]);
}

/** Client frames are always masked; returns the complete frames in `buffer` and what is left over. */
function parseFrames(buffer: Buffer): { frames: { opcode: number; payload: Buffer }[]; rest: Buffer } {
  const frames: { opcode: number; payload: Buffer }[] = [];
  let offset = 0;
  for (;;) {
    if (buffer.length - offset < 2) break;
    const b0 = buffer[offset] ?? 0;
    const b1 = buffer[offset + 1] ?? 0;
    let len = b1 & 0x7f;
    let pos = offset + 2;
    if (len === 126) {
      if (buffer.length < pos + 2) break;
      len = buffer.readUInt16BE(pos);
      pos += 2;
    } else if (len === 127) {
      if (buffer.length < pos + 8) break;
      len = Number(buffer.readBigUInt64BE(pos));
      pos += 8;
    }
    const masked = (b1 & 0x80) !== 0;
    const mask = masked ? buffer.subarray(pos, pos + 4) : undefined;
    if (masked) pos += 4;
    if (buffer.length < pos + len) break;
    const payload = Buffer.from(buffer.subarray(pos, pos + len));
    if (mask) for (let i = 0; i < payload.length; i++) payload[i] = (payload[i] ?? 0) ^ (mask[i % 4] ?? 0);
    frames.push({ opcode: b0 & 0x0f, payload });
    offset = pos + len;
  }
  return { frames, rest: buffer.subarray(offset) };
}

export async function startFakeSocketMode(): Promise<FakeSocketMode> {
  const acks: Json[] = [];
  let socket: Duplex | undefined;
  let onConnected: () => void = () => {};
  const connectedOnce = new Promise<void>((resolve) => {
    onConnected = resolve;
  });

  const server: Server = createServer((_req, res) => res.writeHead(426).end());
  server.on('upgrade', (req, sock: Duplex) => {
    const key = req.headers['sec-websocket-key'];
    if (typeof key !== 'string') return sock.destroy();
    const accept = createHash('sha1')
      .update(key + WS_GUID)
      .digest('base64');
    sock.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    socket = sock;
    let pending: Buffer = Buffer.alloc(0);
    sock.on('data', (chunk: Buffer) => {
      const { frames, rest } = parseFrames(Buffer.concat([pending, chunk]));
      pending = rest;
      for (const f of frames) {
        if (f.opcode === 0x1) acks.push(JSON.parse(f.payload.toString('utf8')) as Json);
        else if (f.opcode === 0x9) sock.write(frame(0xa, f.payload));
        else if (f.opcode === 0x8) {
          sock.write(frame(0x8, f.payload));
          sock.end();
        }
      }
    });
    sock.on('error', () => {});
    sock.write(
      frame(
        0x1,
        Buffer.from(
          JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0FAKE' } }),
        ),
      ),
    );
    onConnected();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`;

  return {
    url,
    acks,
    connected: () => connectedOnce,
    push(type, payload, extra = {}) {
      const envelopeId = randomUUID();
      const envelope = {
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: type !== 'events_api',
        ...extra,
      };
      socket?.write(frame(0x1, Buffer.from(JSON.stringify(envelope))));
      return envelopeId;
    },
    close() {
      socket?.destroy();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
