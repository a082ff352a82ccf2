/**
 * Framing over real sockets (task 4): an echo server and a client on `node:net`.
 *
 * This module runs in Node.js only. Build it on your decoders from index.ts: a `LineDecoder` or a
 * `FrameDecoder` for every connection, because the bytes of two clients must never meet in one buffer.
 * Try it by hand with `npm run echo-server -- --impl exercises` and, in another terminal,
 * `npm run echo-client -- --impl exercises hello world`.
 *
 * The two framings:
 * - 'line': each message is a line of UTF-8 text ending with `\n`. Received lines may end with `\n` or
 *   `\r\n`, as in index.ts.
 * - 'length': each message is a frame made by `encodeFrame`, a 4-byte big-endian length and then the
 *   payload.
 *
 * Read README.md for the details, then replace each `throw new Error('Not implemented')`.
 */
import type { Server } from 'node:net';
// What you need from index.ts. From 'node:net' you will also want `connect`, `Socket`, and `Server` as a
// value rather than a type if you extend it.
import { FrameDecoder, FramingError, LineDecoder, encodeFrame } from './index.ts';

/** How messages are delimited on the wire. */
export type Framing = 'line' | 'length';

/**
 * A TCP echo server. Call `listen` on the result yourself, e.g. `server.listen(0, '127.0.0.1')`; port 0
 * lets the system choose a free port, which `server.address()` then reports.
 *
 * - It serves many clients at once, each with its own decoder.
 * - It sends every message back, unchanged, to the client that sent it. A line goes back ending in
 *   `\n`, even if it arrived ending in `\r\n`. A frame goes back as a frame.
 * - A client that breaks the framing (a line over 65536 bytes, a frame over 1 MiB) first gets the echoes
 *   of the messages it completed, then exactly one error message, and then the server closes the
 *   connection. In line mode the error message is the line `ERROR <reason>\n`; in length mode it is a
 *   frame whose payload is `ERROR <reason>`. The other clients are not disturbed.
 * - When a client shuts down its sending side (`socket.end()`, a FIN), the server echoes what is left and
 *   then closes the connection. In line mode that is an unterminated last line; in length mode, an
 *   incomplete frame gets an `ERROR <reason>` frame. The socket's 'end' event tells you. A server created
 *   with `{ allowHalfOpen: true }` leaves closing its side to you, so nothing cuts the echo short.
 * - `server.close()` also ends the connections that are still open. A plain `net.Server` only stops
 *   accepting new ones and waits for the open ones, so keep track of them.
 * - A client's socket error (ECONNRESET, say) must not crash the server.
 */
export function createEchoServer(options: { framing: Framing }): Server {
  throw new Error('Not implemented');
}

/**
 * A client that sends and receives whole messages over a real TCP connection.
 *
 * In line mode, messages are strings and `receive()` resolves to a string. In length mode, `send` also
 * accepts a string (sent as its UTF-8 bytes) and `receive()` resolves to a `Uint8Array`.
 */
export class FramedClient {
  /**
   * Connects to `host:port`. Resolves once connected. Rejects with the socket's own error if the
   * connection fails: nothing listening on the port gives an error whose `code` is 'ECONNREFUSED'.
   */
  static connect(port: number, host: string, framing: Framing): Promise<FramedClient> {
    throw new Error('Not implemented');
  }

  /**
   * Sends one message. Resolves once it has been handed to the operating system.
   *
   * In line mode the message goes out followed by `\n`, and a message that contains `\n` rejects with
   * `FramingError`, since it would arrive as two lines. Sending on a closed connection rejects with
   * `FramingError`.
   */
  send(message: string | Uint8Array): Promise<void> {
    throw new Error('Not implemented');
  }

  /**
   * The next whole message from the server, in the order they arrived. Each message is delivered once.
   * Several `receive()` calls may wait at the same time, and they resolve in the order they were made.
   *
   * When the connection has closed and nothing is left to deliver, this rejects with `FramingError`.
   * That applies to calls made after the close and to calls already waiting. At the end of the stream,
   * an unterminated last line is still delivered (see `LineDecoder.end`). If the server breaks the
   * framing, the messages it completed are delivered and the connection is closed.
   */
  receive(): Promise<string | Uint8Array> {
    throw new Error('Not implemented');
  }

  /** Closes the connection. Resolves once the socket is closed. */
  close(): Promise<void> {
    throw new Error('Not implemented');
  }
}
