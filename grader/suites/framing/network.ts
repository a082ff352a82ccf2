// Real sockets for the task 4 tests, on 127.0.0.1 with ports the system chooses. Everything opened here
// is closed by `cleanup()` after each test, even when the code under test never closes anything, and
// every wait has its own deadline with a message, so a broken implementation fails instead of hanging.
// Not a test file itself.
import net from 'node:net';
import { bytes } from './reference.ts';

const servers = new Set<net.Server>();
const sockets = new Set<net.Socket>();
const closers: Array<() => Promise<unknown>> = [];

/** `promise`, or a rejection saying what did not happen within `ms`. */
export function within<T>(promise: Promise<T>, ms: number, what: string | (() => string)): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    const message = () => `timed out after ${ms} ms waiting for ${typeof what === 'string' ? what : what()}`;
    timer = setTimeout(() => reject(new Error(message())), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** Starts `server` on 127.0.0.1, on a free port the system chooses, and returns the port. */
export async function listen(server: net.Server): Promise<number> {
  servers.add(server);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('error', () => {}); // a reset from a test client is not the test's failure
  });
  await within(
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    }),
    2_000,
    'the server to start listening',
  );
  return (server.address() as net.AddressInfo).port;
}

/** Has `close` run after the test, e.g. a FramedClient's. */
export function closeAfterTest(close: () => Promise<unknown>): void {
  closers.push(close);
}

/** Closes everything the test opened. Call it from `afterEach`. */
export async function cleanup(): Promise<void> {
  for (const socket of sockets) socket.destroy();
  sockets.clear();
  await Promise.all(closers.splice(0).map((close) => within(Promise.resolve().then(close), 1_500, 'close()').catch(() => {})));
  await Promise.all(
    [...servers].map((server) =>
      within(new Promise<void>((resolve) => server.close(() => resolve())), 1_500, 'server.close()').catch(() => {}),
    ),
  );
  servers.clear();
}

/** A port on 127.0.0.1 where nothing listens: one the system just handed out and took back. */
export async function unusedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A small deterministic random number generator (mulberry32): one seed, the same chunks every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** A plain TCP socket that records every byte it receives. */
export class RawClient {
  readonly socket: net.Socket;
  private readonly chunks: Uint8Array[] = [];
  private readonly listeners = new Set<() => void>();
  closed = false;

  private constructor(socket: net.Socket) {
    this.socket = socket;
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('data', (chunk: Buffer) => {
      this.chunks.push(chunk);
      this.notify();
    });
    socket.on('close', () => {
      this.closed = true;
      this.notify();
    });
  }

  /** Records a socket the test's own server accepted. */
  static wrap(socket: net.Socket): RawClient {
    return new RawClient(socket);
  }

  /** Connects to 127.0.0.1:`port`; `noDelay` turns Nagle's algorithm off. */
  static async connect(port: number, { noDelay = false } = {}): Promise<RawClient> {
    const socket = net.connect({ port, host: '127.0.0.1', noDelay });
    const client = new RawClient(socket);
    await within(
      new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('error', reject);
      }),
      2_000,
      'a test client to connect',
    );
    return client;
  }

  /** Every byte received so far. */
  received(): Uint8Array {
    return bytes(...this.chunks);
  }

  text(): string {
    return new TextDecoder().decode(this.received());
  }

  /** Writes `data` in chunks of random sizes from 1 to `maxChunk`, sometimes letting the event loop turn. */
  async writeInChunks(data: Uint8Array, random: () => number, maxChunk = 64): Promise<void> {
    for (let at = 0; at < data.length; ) {
      const size = 1 + Math.floor(random() * maxChunk);
      this.socket.write(data.slice(at, at + size));
      at += size;
      if (random() < 0.25) await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Resolves once `done(received bytes)` holds; rejects with `what` if it has not within `ms`. */
  waitFor(done: (received: Uint8Array) => boolean, what: string, ms = 3_000): Promise<void> {
    let listener = () => {};
    const reached = new Promise<void>((resolve, reject) => {
      listener = () => {
        if (done(this.received())) resolve();
        else if (this.closed) reject(new Error(`the connection closed before ${what}; received ${summarize(this.received())}`));
      };
      this.listeners.add(listener);
      listener();
    });
    return within(reached, ms, () => `${what}; received ${summarize(this.received())} so far`).finally(() => this.listeners.delete(listener));
  }

  /** Resolves once the connection has closed. */
  waitForClose(what: string, ms = 3_000): Promise<void> {
    return this.waitFor(() => this.closed, what, ms);
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/** The start of some received bytes, as text, for failure messages. */
export function summarize(data: Uint8Array): string {
  const text = JSON.stringify(new TextDecoder().decode(data.subarray(0, 120)));
  return `${data.length} bytes${data.length > 0 ? `: ${text}${data.length > 120 ? '…' : ''}` : ''}`;
}

/** A test server of our own that records what each connection sends and lets the test write back. */
export async function rawServer(): Promise<{ port: number; nextConnection(): Promise<RawClient> }> {
  const waiting: Array<(client: RawClient) => void> = [];
  const accepted: RawClient[] = [];
  const server = net.createServer({ allowHalfOpen: true }, (socket) => {
    const client = RawClient.wrap(socket);
    const take = waiting.shift();
    if (take) take(client);
    else accepted.push(client);
  });
  const port = await listen(server);
  return {
    port,
    nextConnection: () => {
      const client = accepted.shift();
      return within(client ? Promise.resolve(client) : new Promise((resolve) => waiting.push(resolve)), 2_000, 'the client to connect');
    },
  };
}
