// Node.js only: these tests open real TCP sockets on 127.0.0.1, on ports the system chooses.
import net from 'node:net';
import { afterEach, describe, it, expect } from 'vitest';
import { FramingError } from '@impl/framing';
import { FramedClient, createEchoServer } from '@impl/framing/sockets';

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** `promise`, or a failure saying what did not happen within 2 seconds. */
function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), 2_000);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** Starts a server on 127.0.0.1 on a free port, closes it after the test, and returns the port. */
async function start(server: net.Server): Promise<number> {
  const open = new Set<net.Socket>();
  server.on('connection', (socket) => open.add(socket));
  cleanups.push(async () => {
    for (const socket of open) socket.destroy();
    await within(new Promise((resolve) => server.close(resolve)), 'server.close()').catch(() => {});
  });
  await within(new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)), 'the server to listen');
  return (server.address() as net.AddressInfo).port;
}

async function connect(port: number, framing: 'line' | 'length'): Promise<FramedClient> {
  const client = await within(FramedClient.connect(port, '127.0.0.1', framing), 'FramedClient.connect');
  cleanups.push(() => within(client.close(), 'client.close()').catch(() => {}));
  return client;
}

describe('task 4: echo over tcp', () => {
  it('echoes lines, as strings', async () => {
    const client = await connect(await start(createEchoServer({ framing: 'line' })), 'line');
    await client.send('hello');
    await client.send('wörld');
    expect(await within(client.receive(), 'the first echo')).toBe('hello');
    expect(await within(client.receive(), 'the second echo')).toBe('wörld');
  });

  it('echoes frames, as Uint8Arrays', async () => {
    const client = await connect(await start(createEchoServer({ framing: 'length' })), 'length');
    await client.send(Uint8Array.of(0, 1, 2, 255));
    await client.send(new Uint8Array(0));
    expect(await within(client.receive(), 'the first echo')).toEqual(Uint8Array.of(0, 1, 2, 255));
    expect(await within(client.receive(), 'the second echo')).toEqual(new Uint8Array(0));
  });

  it('echoes lines that a plain socket writes in pieces, with \\r\\n, Nagle off', async () => {
    const port = await start(createEchoServer({ framing: 'line' }));
    const socket = net.connect({ port, host: '127.0.0.1', noDelay: true });
    cleanups.push(() => void socket.destroy());
    let received = '';
    const echoed = new Promise<void>((resolve) =>
      socket.on('data', (chunk) => {
        received += chunk.toString();
        if (received.length >= 12) resolve();
      }),
    );
    for (const piece of ['he', 'llo\r', '\nwor', 'ld\n']) {
      socket.write(piece);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await within(echoed, 'the echoes');
    expect(received).toBe('hello\nworld\n');
  });

  it('sends one ERROR line to a client whose line is too long, closes it, and keeps serving others', async () => {
    const port = await start(createEchoServer({ framing: 'line' }));
    const polite = await connect(port, 'line');
    const rude = net.connect({ port, host: '127.0.0.1' });
    cleanups.push(() => void rude.destroy());
    let received = '';
    rude.on('data', (chunk) => (received += chunk.toString()));
    rude.write('x'.repeat(70_000));
    await within(new Promise((resolve) => rude.on('close', resolve)), 'the server to close the rude connection');
    expect(received).toMatch(/^ERROR .+\n$/);
    await polite.send('still there?');
    expect(await within(polite.receive(), 'the echo')).toBe('still there?');
  });

  it('rejects receive() with FramingError once the server has closed', async () => {
    const server = createEchoServer({ framing: 'line' });
    const client = await connect(await start(server), 'line');
    const waiting = client.receive();
    server.close();
    await expect(within(waiting, 'receive() to reject')).rejects.toThrow(FramingError);
  });

  it('rejects a line containing \\n in line mode', async () => {
    const client = await connect(await start(createEchoServer({ framing: 'line' })), 'line');
    await expect(async () => client.send('two\nlines')).rejects.toThrow(FramingError);
  });
});
