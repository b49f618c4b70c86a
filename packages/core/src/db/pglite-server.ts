import { createServer, type Server } from 'node:net';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import { PgliteSocket } from './pglite-socket';

/**
 * Cuts the bytes a PostgreSQL client sends into whole protocol messages, for PgliteSocket, which hands
 * each chunk to PGlite as it is: a socket may deliver half a message, or a query and a half. Each chunk
 * passed on holds every whole message received so far, so a query's Parse/Bind/Execute/Sync still reach
 * PGlite in one call. The first message (startup) has no type byte; every later one has a type byte and
 * then its length.
 */
export class ProtocolFramer extends Transform {
  private pending: Buffer = Buffer.alloc(0);
  private started = false;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    if (!this.started) {
      const length = this.pending.length < 4 ? Number.POSITIVE_INFINITY : this.pending.readInt32BE(0);
      if (this.pending.length < length) {
        callback();
        return;
      }
      // The startup message goes alone: PGlite answers it apart from the messages that follow.
      this.started = true;
      this.push(this.pending.subarray(0, length));
      this.pending = this.pending.subarray(length);
    }
    let end = 0;
    while (this.pending.length - end >= 5) {
      const length = 1 + this.pending.readInt32BE(end + 1);
      if (this.pending.length - end < length) break;
      end += length;
    }
    if (end > 0) {
      this.push(this.pending.subarray(0, end));
      this.pending = this.pending.subarray(end);
    }
    callback();
  }
}

/**
 * Serves PGlite to PostgreSQL clients on a Unix socket: what lets the embedded database run in a process
 * of its own (`openPgliteProcess`). PGlite is one session, so the clients take turns, each exchange whole.
 */
export function servePglite(pglite: PGlite, socketPath: string): Promise<Server> {
  const server = createServer((connection) => {
    // A client that goes away mid-query is the client's business; the next one starts clean.
    connection.on('error', () => connection.destroy());
    const session = new PgliteSocket(pglite);
    session.once('error', () => connection.destroy());
    session.once('connect', () => {
      pipeline(connection, new ProtocolFramer(), session, connection).catch(() => connection.destroy());
    });
    session.connect();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
