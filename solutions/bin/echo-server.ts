// `npm run echo-server -- [--port 7777] [--framing line|length] [--impl exercises]`: the framing exercise's
// echo server on a real TCP socket. Pair it with `npm run echo-client` in another terminal.
import type { AddressInfo } from 'node:net';
import { Command, InvalidArgumentError, Option } from 'commander';

type Framing = 'line' | 'length';
type Sockets = typeof import('../framing/sockets.ts');

function portNumber(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new InvalidArgumentError('expected a port from 0 to 65535');
  return port;
}

const options = new Command('echo-server')
  .description('Echo every message back to the client that sent it.')
  .option('--port <n>', 'TCP port to listen on (0 lets the system choose)', portNumber, 7777)
  .option('--host <address>', 'address to listen on', '127.0.0.1')
  .addOption(new Option('--framing <kind>', 'how messages are delimited').choices(['line', 'length']).default('line'))
  .addOption(
    new Option('--impl <folder>', 'whose sockets.ts runs: the reference or your exercise').choices(['solutions', 'exercises']).default('solutions'),
  )
  .parse()
  .opts<{ port: number; host: string; framing: Framing; impl: 'solutions' | 'exercises' }>();

const { createEchoServer } = (await import(new URL(`../../${options.impl}/framing/sockets.ts`, import.meta.url).href)) as Sockets;

let server: ReturnType<typeof createEchoServer>;
try {
  server = createEchoServer({ framing: options.framing });
} catch (error) {
  if (!(error instanceof Error) || error.message !== 'Not implemented') throw error;
  console.error(`${options.impl}/framing/sockets.ts does not implement createEchoServer yet (task 4); --impl solutions runs the reference.`);
  process.exit(1);
}

server.on('connection', (socket) => {
  const peer = `${socket.remoteAddress}:${socket.remotePort}`;
  console.log(`${peer} connected`);
  socket.on('close', () => console.log(`${peer} disconnected`));
});
server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') {
    console.error(`port ${options.port} on ${options.host} is already in use (EADDRINUSE): is another echo server running? Stop it, or pick another port with --port.`);
  } else {
    console.error(`cannot listen on ${options.host}:${options.port}: ${error.message}`);
  }
  process.exit(1);
});
server.listen(options.port, options.host, () => {
  const { address, port } = server.address() as AddressInfo;
  console.log(`listening on ${address}:${port} (${options.framing} framing)`);
  console.log('press Ctrl+C to stop');
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log('stopping: closing the open connections');
    server.close(() => process.exit(0));
  });
}
