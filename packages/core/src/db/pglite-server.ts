import { createServer, type Server, type Socket } from 'node:net';
import { Transform, type TransformCallback, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import { exchange } from './pglite-socket';

/**
 * Each message of a protocol stream after the startup: its type byte, where it starts and where it ends
 * (past the stream's end for a message not yet received whole).
 */
function* messages(stream: Buffer): Generator<{ type: number; start: number; end: number }> {
  for (let start = 0; stream.length - start >= 5; ) {
    const end = start + 1 + stream.readInt32BE(start + 1);
    yield { type: stream[start] as number, start, end };
    start = end;
  }
}

/**
 * Cuts the bytes a PostgreSQL client sends into whole protocol messages, since each chunk is handed to
 * PGlite as it is: a socket may deliver half a message, or a query and a half. Each chunk
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
    for (const message of messages(this.pending)) {
      if (message.end > this.pending.length) break;
      end = message.end;
    }
    if (end > 0) {
      this.push(this.pending.subarray(0, end));
      this.pending = this.pending.subarray(end);
    }
    callback();
  }
}

const parse = 'P'.charCodeAt(0);
const readyForQuery = 'Z'.charCodeAt(0);
const idle = 'I'.charCodeAt(0);

/** The statement names a client's messages prepare (Parse messages with a name). */
export function preparedNames(batch: Buffer): string[] {
  const names: string[] = [];
  for (const { type, start } of messages(batch)) {
    if (type !== parse) continue;
    const end = batch.indexOf(0, start + 5);
    if (end > start + 5) names.push(batch.toString('utf8', start + 5, end));
  }
  return names;
}

/**
 * Whether PGlite's answer leaves the session outside a transaction: its last ReadyForQuery says idle. An
 * answer without one (a batch without Sync) leaves the session as the client's until one comes.
 */
export function leavesSessionIdle(answer: Buffer): boolean {
  let status: number | undefined;
  for (const { type, start } of messages(answer)) {
    if (type === readyForQuery) status = answer[start + 5];
  }
  return status === idle;
}

/**
 * PGlite's single session, shared by the server's connections. They take turns one exchange at a time,
 * in the order they asked, so one client's next query is waiting in the database process while another's
 * runs (one connection left PGlite idle while the server read each answer and sent the next query: 11 %
 * of the time under search load). A client whose answer leaves a transaction open keeps the session until
 * it ends, so no one else's statement runs inside it. Statement names are the clients' own (the server's
 * pool gives each connection a prefix); a client that leaves has its transaction rolled back and its
 * statements dropped.
 */
export class SharedSession {
  private owner: object | null = null;
  private busy = false;
  private readonly waiting: { client: object; start: () => void }[] = [];

  constructor(private readonly pglite: PGlite) {}

  async run(client: object, message: Buffer): Promise<Buffer> {
    await this.turn(client);
    try {
      // Exclusive: anything using PGlite's own API meanwhile (a migration, a dump) must not interleave.
      const answer = await this.pglite.runExclusive(() => exchange(this.pglite, message));
      if (message[0] !== 0) this.owner = leavesSessionIdle(answer) ? null : client;
      return answer;
    } finally {
      this.done();
    }
  }

  async leave(client: object, statements: Iterable<string>): Promise<void> {
    await this.turn(client);
    try {
      if (this.owner === client) {
        this.owner = null;
        await this.pglite.exec('rollback');
      }
      for (const name of statements) {
        // One at a time: a statement whose Parse failed was never made, and its error must not keep the
        // others.
        await this.pglite.exec(`deallocate "${name.replaceAll('"', '""')}"`).catch(() => undefined);
      }
    } finally {
      this.done();
    }
  }

  private turn(client: object): Promise<void> {
    return new Promise((start) => {
      this.waiting.push({ client, start });
      this.next();
    });
  }

  private done(): void {
    this.busy = false;
    this.next();
  }

  private next(): void {
    if (this.busy) return;
    const index = this.waiting.findIndex(({ client }) => this.owner === null || client === this.owner);
    if (index < 0) return;
    const [granted] = this.waiting.splice(index, 1);
    this.busy = true;
    granted?.start();
  }
}

/** One client's end of the shared session: its whole messages in, PGlite's answers out, in order. */
class SessionConnection extends Writable {
  private readonly statements = new Set<string>();

  constructor(
    private readonly session: SharedSession,
    private readonly socket: Socket,
  ) {
    super();
  }

  override _write(batch: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    for (const name of preparedNames(batch)) this.statements.add(name);
    this.session.run(this, batch).then(
      (answer) => {
        if (answer.length > 0) this.socket.write(answer);
        callback();
      },
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
    );
  }

  /** The client has gone (or hung up): what it left in the session goes with it. */
  leave(): Promise<void> {
    return this.session.leave(this, this.statements);
  }
}

/**
 * Serves PGlite to PostgreSQL clients on a Unix socket: what lets the embedded database run in a process
 * of its own (`openPgliteProcess`). The clients share PGlite's one session (`SharedSession`).
 */
export function servePglite(pglite: PGlite, socketPath: string): Promise<Server> {
  const session = new SharedSession(pglite);
  const server = createServer((socket) => {
    const connection = new SessionConnection(session, socket);
    let left = false;
    const leave = () => {
      if (left) return;
      left = true;
      socket.destroy();
      connection.leave().catch(() => undefined);
    };
    // A client that goes away mid-query is the client's business; the session is cleaned after it.
    socket.on('error', leave);
    socket.on('close', leave);
    pipeline(socket, new ProtocolFramer(), connection).then(leave, leave);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
