// Puts the app on a real socket; the CLI and the browser tests both start servers this way.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

export type RunningServer = { url: string; close: () => Promise<void> };

export type ListenOptions = {
  port: number;
  host: string;
  /** Open connections at most (default 256); the ones past it are closed at once, before any request is read. */
  maxConnections?: number;
};

/** Listens on host:port (port 0 picks a free one) and resolves once it accepts connections. */
export function listen(app: Hono, options: ListenOptions): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    }) as Server;
    server.maxConnections = options.maxConnections ?? 256;
    // A client that trickles its headers or body holds a connection: give each request a minute at most.
    server.headersTimeout = 20_000;
    server.requestTimeout = 60_000;
    server.once('error', reject);
  });
}
