/**
 * Framing over real sockets: reference solution.
 *
 * An echo server and a client on `node:net`. Each connection gets decoders of its own: the bytes of two
 * clients must never meet in one buffer. A client that breaks the framing is told why and disconnected;
 * the others carry on.
 */
import { Server, connect, type Socket } from 'node:net';
import { FrameDecoder, FramingError, LineDecoder, encodeFrame } from './index.ts';

export type Framing = 'line' | 'length';
type Message = string | Uint8Array;

const utf8 = new TextEncoder();

/** One connection's framing: turns the bytes that arrive into messages, and messages into bytes. */
interface Codec {
  /** The messages that `chunk` completes; throws `FramingError` when the framing breaks. */
  decode(chunk: Uint8Array): Message[];
  /** At the end of the stream: what is left, or `FramingError` for an incomplete message. */
  finish(): Message[];
  encode(message: Message): Uint8Array;
}

function codecFor(framing: Framing): Codec {
  if (framing === 'line') {
    const decoder = new LineDecoder();
    return {
      decode: (chunk) => decoder.push(chunk),
      finish: () => decoder.end(),
      encode: (message) => {
        const text = typeof message === 'string' ? utf8.encode(message) : message;
        // The delimiter cannot appear inside a message: it would end it early.
        if (text.includes(0x0a)) throw new FramingError('a line cannot contain \\n');
        const line = new Uint8Array(text.length + 1);
        line.set(text);
        line[text.length] = 0x0a;
        return line;
      },
    };
  }
  const decoder = new FrameDecoder();
  return {
    decode: (chunk) => decoder.push(chunk),
    finish: () => {
      decoder.end();
      return [];
    },
    encode: (message) => encodeFrame(typeof message === 'string' ? utf8.encode(message) : message),
  };
}

/** A `net.Server` whose `close()` also ends the connections still open, which `net.Server` leaves alone. */
class EchoServer extends Server {
  private readonly open = new Set<Socket>();

  constructor(framing: Framing) {
    // Half-open: when a client shuts down its sending side, the server can still echo its last line.
    super({ allowHalfOpen: true });
    this.on('connection', (socket) => this.serve(socket, framing));
  }

  override close(callback?: (error?: Error) => void): this {
    for (const socket of this.open) socket.destroy();
    return super.close(callback);
  }

  private serve(socket: Socket, framing: Framing): void {
    this.open.add(socket);
    socket.on('close', () => this.open.delete(socket));
    // A client that resets its connection must not take the server down; 'close' follows anyway.
    socket.on('error', () => {});
    const codec = codecFor(framing);
    let failed = false;
    const echo = (messages: () => Message[]) => {
      if (failed) return;
      try {
        for (const message of messages()) socket.write(codec.encode(message));
      } catch (error) {
        if (!(error instanceof FramingError)) throw error;
        failed = true;
        // Messages completed before the framing broke are still echoed, then one error, then FIN.
        for (const message of error.lines ?? error.frames ?? []) socket.write(codec.encode(message));
        socket.end(codec.encode(`ERROR ${error.message}`));
      }
      // Back-pressure: stop reading from a client that does not read its echoes.
      if (socket.writableNeedDrain) {
        socket.pause();
        socket.once('drain', () => socket.resume());
      }
    };
    socket.on('data', (chunk: Buffer) => echo(() => codec.decode(chunk)));
    socket.on('end', () => {
      echo(() => codec.finish());
      socket.end();
    });
  }
}

export function createEchoServer(options: { framing: Framing }): Server {
  return new EchoServer(options.framing);
}

interface Waiter {
  resolve(message: Message): void;
  reject(error: FramingError): void;
}

export class FramedClient {
  private readonly socket: Socket;
  private readonly codec: Codec;
  /** Messages that arrived before anyone asked for them. */
  private readonly received: Message[] = [];
  /** `receive()` calls waiting for a message, oldest first. */
  private readonly waiting: Waiter[] = [];
  /** Why nothing more will arrive: set when the peer breaks the framing or the connection fails. */
  private failure: Error | null = null;
  private closed = false;

  private constructor(socket: Socket, framing: Framing) {
    this.socket = socket;
    this.codec = codecFor(framing);
    socket.on('data', (chunk: Buffer) => this.deliver(() => this.codec.decode(chunk)));
    socket.on('end', () => this.deliver(() => this.codec.finish()));
    socket.on('error', (error) => {
      this.failure ??= error;
    });
    socket.on('close', () => {
      this.closed = true;
      for (const waiter of this.waiting.splice(0)) waiter.reject(this.closedError());
    });
  }

  static connect(port: number, host: string, framing: Framing): Promise<FramedClient> {
    return new Promise((resolve, reject) => {
      const socket = connect({ port, host });
      // Until connected, an error (ECONNREFUSED, say) is the caller's to handle.
      socket.once('error', reject);
      socket.once('connect', () => {
        socket.off('error', reject);
        resolve(new FramedClient(socket, framing));
      });
    });
  }

  send(message: Message): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.closed || !this.socket.writable) return reject(new FramingError('the connection is closed'));
      // One write per message: with Nagle's algorithm on, a header written apart from its payload could
      // wait for the peer's delayed ACK.
      this.socket.write(this.codec.encode(message), (error) => (error ? reject(error) : resolve()));
    });
  }

  receive(): Promise<Message> {
    const message = this.received.shift();
    if (message !== undefined) return Promise.resolve(message);
    if (this.closed) return Promise.reject(this.closedError());
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      // A polite FIN first; a peer that never closes its side is cut off after a second.
      const deadline = setTimeout(() => this.socket.destroy(), 1_000);
      this.socket.once('close', () => {
        clearTimeout(deadline);
        resolve();
      });
      this.socket.end();
    });
  }

  private deliver(decode: () => Message[]): void {
    let messages: Message[];
    try {
      messages = decode();
    } catch (error) {
      if (!(error instanceof FramingError)) throw error;
      // The peer broke the framing: keep what it completed, then hang up.
      messages = error.lines ?? error.frames ?? [];
      this.failure ??= error;
      this.socket.destroy();
    }
    for (const message of messages) {
      const waiter = this.waiting.shift();
      if (waiter) waiter.resolve(message);
      else this.received.push(message);
    }
  }

  private closedError(): FramingError {
    if (this.failure instanceof FramingError) return this.failure;
    return new FramingError(`the connection is closed${this.failure ? ` (${this.failure.message})` : ''}`);
  }
}
