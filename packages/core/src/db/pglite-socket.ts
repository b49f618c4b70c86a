import { Duplex } from 'node:stream';
import type { PGlite } from '@electric-sql/pglite';

/**
 * A socket for node-postgres that reaches a PGlite in the same process (tests and tools; the embedded
 * database's own process serves its Unix socket through it, `pglite-server.ts`): the protocol messages
 * node-postgres writes go to PGlite, and PGlite's answer comes back as if read from the network. The
 * shop then talks to both databases through node-postgres, whose protocol code prepares each statement
 * once (`PreparingClient`) and parses results without copying every field; PGlite's own query API plans
 * every statement again, crosses into WebAssembly six times per query and copies each field into a new
 * buffer (a catalogue list page's queries took 2.6 ms through it and 1.0 ms this way, 10,000 products).
 * node-postgres corks the socket around a query's Parse/Bind/Describe/Execute/Sync, so they arrive here
 * together and reach PGlite in one call.
 */
export class PgliteSocket extends Duplex {
  constructor(private readonly pglite: PGlite) {
    super();
  }

  /** node-postgres connects, then sends its startup message, which PGlite answers itself. */
  connect(): this {
    // A client that replaces a broken one finds the single PGlite session as the last one left it: a
    // transaction it broke off would swallow the new client's queries (ROLLBACK outside one only warns),
    // and its prepared statements would clash with the new client's, which starts with none.
    this.pglite.exec('rollback; deallocate all').then(
      () => this.emit('connect'),
      (error: unknown) => this.destroy(error instanceof Error ? error : new Error(String(error))),
    );
    return this;
  }

  setNoDelay(): this {
    return this;
  }

  setKeepAlive(): this {
    return this;
  }

  ref(): this {
    return this;
  }

  unref(): this {
    return this;
  }

  override _read(): void {
    // Answers are pushed as PGlite gives them; there is nothing to pull.
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.send(chunk, callback);
  }

  override _writev(chunks: { chunk: Buffer }[], callback: (error?: Error | null) => void): void {
    this.send(Buffer.concat(chunks.map(({ chunk }) => chunk)), callback);
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.push(null);
    callback();
  }

  private send(message: Buffer, callback: (error?: Error | null) => void): void {
    // PGlite runs a query on this thread, without yielding. Queued queries would follow one another in
    // promise callbacks, and the server would read no socket until the queue was empty: requests arriving
    // meanwhile then waited for the whole queue and for their own turn in the next one (bench:catalog's
    // search p95 was twice its median). Starting each exchange from setImmediate lets the event loop
    // read sockets between queries, so requests are answered in the order they came.
    setImmediate(() => this.sendNow(message, callback));
  }

  private sendNow(message: Buffer, callback: (error?: Error | null) => void): void {
    // Exclusive: anything using PGlite's own API meanwhile (a migration, a dump) must not interleave.
    this.pglite
      .runExclusive(() => exchange(this.pglite, message))
      .then(
        (answer) => {
          if (answer.length > 0) this.push(answer);
          callback();
        },
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
  }
}

/**
 * Hands PostgreSQL protocol messages to PGlite and returns its answer. The caller holds PGlite's
 * exclusive lock (`runExclusive`): anything using PGlite's own API meanwhile must not interleave.
 */
export async function exchange(pglite: PGlite, message: Buffer): Promise<Buffer> {
  // The startup message (it alone begins with a zero byte: its length) is answered by PGlite apart,
  // as the return value of execProtocolRaw.
  if (message[0] === 0) return Buffer.from(await pglite.execProtocolRaw(message));
  // Everything else through the raw stream: execProtocolRaw would also decode the whole answer with
  // PGlite's own parser (a third of a list page's time), only for node-postgres to parse it again.
  // Copies: PGlite hands out views of memory it reuses.
  const chunks: Buffer[] = [];
  await pglite.execProtocolRawStream(message, { onRawData: (data) => chunks.push(Buffer.from(data)) });
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
}
