/**
 * The machine's ceiling: the smallest possible node:http server. Run as its own process so it does not
 * share an event loop with autocannon; prints the port it listens on as its first line.
 */
import { createServer } from 'node:http';

const body = 'hello world';

const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/plain', 'content-length': Buffer.byteLength(body) });
  response.end(body);
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  process.stdout.write(`${address.port}\n`);
});

process.once('SIGTERM', () => server.close(() => process.exit(0)));
