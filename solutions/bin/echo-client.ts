// `npm run echo-client -- [--port 7777] [--framing line|length] [--impl exercises] [messages…]`: sends each
// message to the echo server and prints what comes back. Without messages, it sends the lines of stdin.
import { createInterface } from 'node:readline';
import { Command, InvalidArgumentError, Option } from 'commander';

type Framing = 'line' | 'length';
type Sockets = typeof import('../framing/sockets.ts');

function portNumber(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new InvalidArgumentError('expected a port from 1 to 65535');
  return port;
}

const program = new Command('echo-client')
  .description('Send messages to the echo server and print the echoes.')
  .argument('[messages...]', 'messages to send (default: one per line of stdin)')
  .option('--port <n>', 'TCP port of the server', portNumber, 7777)
  .option('--host <address>', 'address of the server', '127.0.0.1')
  .addOption(new Option('--framing <kind>', 'how messages are delimited (must match the server)').choices(['line', 'length']).default('line'))
  .addOption(
    new Option('--impl <folder>', 'whose sockets.ts runs: the reference or your exercise').choices(['solutions', 'exercises']).default('solutions'),
  )
  .parse();
const options = program.opts<{ port: number; host: string; framing: Framing; impl: 'solutions' | 'exercises' }>();
const { host, port, framing } = options;

const { FramedClient } = (await import(new URL(`../../${options.impl}/framing/sockets.ts`, import.meta.url).href)) as Sockets;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let client: Awaited<ReturnType<typeof FramedClient.connect>>;
try {
  client = await FramedClient.connect(port, host, framing);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ECONNREFUSED') {
    fail(
      `could not connect to ${host}:${port}: connection refused (ECONNREFUSED).\n` +
        `Nothing is listening there, so the kernel answered the SYN with a RST. Start the server first, in another terminal:\n` +
        `  npm run echo-server -- --port ${port} --framing ${framing}`,
    );
  }
  if (error instanceof Error && error.message === 'Not implemented') {
    fail(`${options.impl}/framing/sockets.ts does not implement FramedClient yet (task 4); --impl solutions runs the reference.`);
  }
  fail(`could not connect to ${host}:${port}: ${(error as Error).message}`);
}
console.log(`connected to ${host}:${port} (${framing} framing)`);

const text = new TextDecoder();
async function echo(message: string): Promise<void> {
  await client.send(message);
  console.log(`sent:     ${JSON.stringify(message)}`);
  const reply = await client.receive();
  const shown = typeof reply === 'string' ? JSON.stringify(reply) : `${JSON.stringify(text.decode(reply))} (${reply.length} bytes)`;
  console.log(`received: ${shown}`);
}

try {
  if (program.args.length > 0) {
    for (const message of program.args) await echo(message);
  } else {
    if (process.stdin.isTTY) console.log('type a message and press Enter; Ctrl+D to finish');
    for await (const line of createInterface({ input: process.stdin })) await echo(line);
  }
} catch (error) {
  await client.close();
  fail(`${(error as Error).name}: ${(error as Error).message}`);
}
await client.close();
console.log('closed');
