import { afterEach, describe, it, expect } from 'vitest';
import { FramingError } from '@impl/framing';
import { FramedClient, createEchoServer } from '@impl/framing/sockets';
import { bytes, referenceFrame, utf8 } from './reference.ts';
import { RawClient, cleanup, closeAfterTest, listen, rawServer, seededRandom, summarize, unusedPort, within } from './network.ts';

afterEach(cleanup);

type Framing = 'line' | 'length';

/** The learner's echo server, listening on 127.0.0.1 on a free port. */
async function echoServer(framing: Framing) {
  const server = createEchoServer({ framing });
  return { server, port: await listen(server) };
}

/** The learner's client, closed after the test. */
async function framedClient(port: number, framing: Framing): Promise<FramedClient> {
  const client = await within(FramedClient.connect(port, '127.0.0.1', framing), 2_000, 'FramedClient.connect');
  closeAfterTest(() => client.close());
  return client;
}

const receive = (client: FramedClient, what = 'receive() to resolve') => within(client.receive(), 2_000, what);

/** Resolves to the error `promise` rejects with; fails if it resolves or takes longer than `ms`. */
async function rejectionOf(promise: Promise<unknown>, what: string, ms = 2_000): Promise<unknown> {
  return within(
    promise.then(
      (value) => expect.fail(`${what}: expected a rejection, but it resolved to ${String(value)}`),
      (error: unknown) => error,
    ),
    ms,
    what,
  );
}

/** `count` random lines of text from `random`: ASCII, accents, a euro sign and an emoji, sometimes empty. */
function randomLines(random: () => number, count: number): string[] {
  const alphabet = ['a', 'b', 'z', ' ', '-', 'é', 'ü', '€', '😀', '7'];
  return Array.from({ length: count }, () =>
    Array.from({ length: Math.floor(random() * random() * 120) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''),
  );
}

/** `count` random payloads from `random`, some empty, some a few KiB. */
function randomPayloads(random: () => number, count: number): Uint8Array[] {
  return Array.from({ length: count }, () => Uint8Array.from({ length: Math.floor(random() ** 3 * 5000) }, () => Math.floor(random() * 256)));
}

/** The frames in a received byte stream, and whatever trails the last complete one. */
function framesIn(data: Uint8Array): { frames: Uint8Array[]; rest: number } {
  const frames: Uint8Array[] = [];
  let at = 0;
  while (data.length - at >= 4) {
    const length = ((data[at]! * 256 + data[at + 1]!) * 256 + data[at + 2]!) * 256 + data[at + 3]!;
    if (data.length - at - 4 < length) break;
    frames.push(data.slice(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return { frames, rest: data.length - at };
}

const text = (data: Uint8Array) => new TextDecoder().decode(data);

describe('task 4: echo over tcp', () => {
  describe('line framing', () => {
    it('echoes lines sent by a FramedClient, in order, as strings', async () => {
      const { port } = await echoServer('line');
      const client = await framedClient(port, 'line');
      for (const line of ['hello', 'wörld 😀', '', 'a\tb']) {
        await within(client.send(line), 2_000, 'send()');
        const echo = await receive(client, `the echo of ${JSON.stringify(line)}`);
        expect(typeof echo, 'receive() in line mode resolves to a string').toBe('string');
        expect(echo).toBe(line);
      }
    });

    it('answers with exactly the lines sent, each ending in \\n, for a client that writes them in one burst', async () => {
      const { port } = await echoServer('line');
      const client = await RawClient.connect(port);
      client.socket.write(utf8('one\ntwo\n\nthree\n'));
      await client.waitFor((data) => data.length >= 15, 'the echoes of 4 lines');
      expect(client.text()).toBe('one\ntwo\n\nthree\n');
    });

    it('answers \\r\\n-terminated lines with \\n-terminated echoes', async () => {
      const { port } = await echoServer('line');
      const client = await RawClient.connect(port);
      client.socket.write(utf8('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
      await client.waitFor((data) => data.length >= 24, 'the echoes of 3 lines');
      expect(client.text()).toBe('GET / HTTP/1.1\nHost: x\n\n');
    });

    it.each([
      ['disabled (setNoDelay(true))', true, 1],
      ['enabled (Nagle left on)', false, 2],
    ])('echoes 300 lines written in random chunk sizes with Nagle %s', async (_name, noDelay, seed) => {
      const { port } = await echoServer('line');
      const client = await RawClient.connect(port, { noDelay });
      const random = seededRandom(seed);
      const expected = randomLines(random, 300).map((line) => `${line}\n`).join('');
      await client.writeInChunks(utf8(expected), random);
      await client.waitFor((data) => data.length >= utf8(expected).length, 'the echoes of 300 lines');
      expect(client.text()).toBe(expected);
    });

    it('echoes a line that arrives one byte per TCP segment', async () => {
      const { port } = await echoServer('line');
      const client = await RawClient.connect(port, { noDelay: true });
      for (const byte of utf8('slow €\n')) {
        client.socket.write(Uint8Array.of(byte));
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      await client.waitFor((data) => data.length >= 9, 'the echo');
      expect(client.text()).toBe('slow €\n');
    });

    it('serves 8 clients at once, each getting back exactly its own lines, in order', async () => {
      const { port } = await echoServer('line');
      const random = seededRandom(3);
      const clients = await Promise.all(Array.from({ length: 8 }, (_, i) => RawClient.connect(port, { noDelay: i % 2 === 0 })));
      const expected = clients.map((_, i) => randomLines(random, 60).map((line) => `client ${i}: ${line}\n`).join(''));
      const data = expected.map(utf8);
      const offsets = clients.map(() => 0);
      // Interleave: a random chunk from a random client, so that partial lines from all of them are in flight.
      while (offsets.some((offset, i) => offset < data[i]!.length)) {
        const i = Math.floor(random() * clients.length);
        if (offsets[i]! >= data[i]!.length) continue;
        const size = 1 + Math.floor(random() * 40);
        clients[i]!.socket.write(data[i]!.slice(offsets[i], offsets[i]! + size));
        offsets[i]! += size;
        if (random() < 0.2) await new Promise((resolve) => setImmediate(resolve));
      }
      await Promise.all(clients.map((client, i) => client.waitFor((got) => got.length >= data[i]!.length, `client ${i}'s echoes`)));
      clients.forEach((client, i) => expect(client.text(), `client ${i}`).toBe(expected[i]));
    });

    it('echoes the last line of a client that shuts down its sending side without a final \\n, then closes', async () => {
      const { port } = await echoServer('line');
      const client = await RawClient.connect(port);
      client.socket.end(utf8('first\nlast words'));
      await client.waitForClose('the server to close the connection after the last line');
      expect(client.text()).toBe('first\nlast words\n');
    });

    it('sends a client whose line is too long its earlier echoes and one ERROR line, then closes the connection', async () => {
      const { port } = await echoServer('line');
      const client = await RawClient.connect(port);
      // "ok" is completed in the same write as the overlong line: it must still be echoed.
      client.socket.write(bytes('ok\n', 'x'.repeat(70_000)));
      client.socket.write(utf8('x'.repeat(10_000)));
      await client.waitForClose('the server to close the connection after the error');
      expect(client.text()).toMatch(/^ok\nERROR [^\n]+\n$/);
    });

    it('keeps serving other clients while one is disconnected for an endless line', async () => {
      const { port } = await echoServer('line');
      const good = await framedClient(port, 'line');
      await good.send('before');
      expect(await receive(good)).toBe('before');
      const bad = await RawClient.connect(port);
      bad.socket.write(utf8('y'.repeat(66_000)));
      await bad.waitForClose('the server to close the misbehaving connection');
      expect(bad.text()).toMatch(/^ERROR [^\n]+\n$/);
      await good.send('after');
      expect(await receive(good, 'the echo to the well-behaved client')).toBe('after');
    });
  });

  describe('length framing', () => {
    it('echoes frames sent by a FramedClient as Uint8Arrays: text, empty, every byte value, 100 KB', async () => {
      const { port } = await echoServer('length');
      const client = await framedClient(port, 'length');
      const everyByte = Uint8Array.from({ length: 256 }, (_, i) => i);
      const large = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31) & 0xff);
      for (const [sent, expected] of [
        ['hello', utf8('hello')],
        [new Uint8Array(0), new Uint8Array(0)],
        [everyByte, everyByte],
        [large, large],
      ] as const) {
        await within(client.send(sent), 2_000, 'send()');
        const echo = await receive(client, `the echo of a ${expected.length}-byte payload`);
        expect(echo, 'receive() in length mode resolves to a Uint8Array').toBeInstanceOf(Uint8Array);
        expect(Array.from(echo as Uint8Array)).toEqual(Array.from(expected));
      }
    });

    it.each([
      ['disabled (setNoDelay(true))', true, 4],
      ['enabled (Nagle left on)', false, 5],
    ])('echoes 100 frames written in random chunk sizes with Nagle %s, byte for byte', async (_name, noDelay, seed) => {
      const { port } = await echoServer('length');
      const client = await RawClient.connect(port, { noDelay });
      const random = seededRandom(seed);
      const stream = bytes(...randomPayloads(random, 100).map(referenceFrame));
      await client.writeInChunks(stream, random, 3000);
      await client.waitFor((data) => data.length >= stream.length, 'the echoes of 100 frames');
      expect(client.received().length).toBe(stream.length);
      expect(client.received().every((value, i) => value === stream[i])).toBe(true);
    });

    it('serves 6 clients at once, each getting back exactly its own frames', async () => {
      const { port } = await echoServer('length');
      const random = seededRandom(6);
      const clients = await Promise.all(Array.from({ length: 6 }, (_, i) => RawClient.connect(port, { noDelay: i % 2 === 1 })));
      const streams = clients.map((_, i) => bytes(...randomPayloads(random, 20).map((payload) => referenceFrame(bytes([i], payload)))));
      await Promise.all(clients.map((client, i) => client.writeInChunks(streams[i]!, seededRandom(100 + i), 500)));
      await Promise.all(clients.map((client, i) => client.waitFor((got) => got.length >= streams[i]!.length, `client ${i}'s echoes`)));
      clients.forEach((client, i) => {
        const got = client.received();
        expect(got.length, `client ${i}`).toBe(streams[i]!.length);
        expect(got.every((value, j) => value === streams[i]![j]), `client ${i} got bytes that are not its own`).toBe(true);
      });
    });

    it.each([
      ['more than 1 MiB (00 10 00 01)', [0x00, 0x10, 0x00, 0x01]],
      ['4 GiB (ff ff ff ff)', [0xff, 0xff, 0xff, 0xff]],
    ])('answers a header announcing %s with earlier echoes and one ERROR frame, then closes', async (_name, header) => {
      const { port } = await echoServer('length');
      const client = await RawClient.connect(port);
      client.socket.write(bytes(referenceFrame(utf8('fine')), header, 'and some payload'));
      await client.waitForClose('the server to close the connection after the error');
      const { frames, rest } = framesIn(client.received());
      expect(frames.map(text), `received ${summarize(client.received())}`).toEqual(['fine', expect.stringMatching(/^ERROR \S/)]);
      expect(rest, 'bytes after the ERROR frame').toBe(0);
    });

    it('answers a client that shuts down in the middle of a frame with one ERROR frame, then closes', async () => {
      const { port } = await echoServer('length');
      const client = await RawClient.connect(port);
      client.socket.end(bytes(referenceFrame(utf8('whole')), [0, 0, 0, 10], 'abc'));
      await client.waitForClose('the server to close the connection');
      const { frames, rest } = framesIn(client.received());
      expect(frames.map(text)).toEqual(['whole', expect.stringMatching(/^ERROR \S/)]);
      expect(rest).toBe(0);
    });

    it('keeps serving other clients while one is disconnected for a 4 GiB header', async () => {
      const { port } = await echoServer('length');
      const good = await framedClient(port, 'length');
      const bad = await RawClient.connect(port);
      bad.socket.write(bytes([0xff, 0xff, 0xff, 0xff]));
      await bad.waitForClose('the server to close the misbehaving connection');
      await good.send('still here');
      expect(text((await receive(good, 'the echo to the well-behaved client')) as Uint8Array)).toBe('still here');
    });
  });

  describe('server.close()', () => {
    it('ends the connections still open, and its callback runs', async () => {
      const { server, port } = await echoServer('line');
      const clients = await Promise.all([1, 2, 3].map(() => RawClient.connect(port)));
      for (const client of clients) client.socket.write(utf8('hi\n'));
      await Promise.all(clients.map((client) => client.waitFor((data) => data.length >= 3, 'the echo of hi')));
      await within(
        new Promise<void>((resolve) => server.close(() => resolve())),
        2_000,
        'the server.close() callback; it runs only once every connection has closed',
      );
      await Promise.all(clients.map((client) => client.waitForClose('the connection to close', 1_000)));
    });

    it('makes a waiting FramedClient.receive() reject with FramingError', async () => {
      const { server, port } = await echoServer('length');
      const client = await framedClient(port, 'length');
      const waiting = client.receive();
      server.close();
      expect(await rejectionOf(waiting, 'receive() after the server closed')).toBeInstanceOf(FramingError);
    });
  });

  describe('FramedClient', () => {
    it('sends each line as UTF-8 text ending in \\n', async () => {
      const { port, nextConnection } = await rawServer();
      const client = await framedClient(port, 'line');
      const peer = await nextConnection();
      await client.send('héllo');
      await client.send('');
      await peer.waitFor((data) => data.length >= 8, 'the client to send two lines');
      expect(Array.from(peer.received())).toEqual(Array.from(utf8('héllo\n\n')));
    });

    it('sends each frame with a 4-byte big-endian length; a string goes as its UTF-8 bytes', async () => {
      const { port, nextConnection } = await rawServer();
      const client = await framedClient(port, 'length');
      const peer = await nextConnection();
      await client.send('hé');
      await client.send(new Uint8Array(300).fill(7));
      await peer.waitFor((data) => data.length >= 7 + 304, 'the client to send two frames');
      expect(Array.from(peer.received().subarray(0, 11))).toEqual([0, 0, 0, 3, 0x68, 0xc3, 0xa9, 0x00, 0x00, 0x01, 0x2c]);
      expect(peer.received().length).toBe(311);
    });

    it('rejects a line containing \\n with FramingError and sends nothing for it', async () => {
      const { port, nextConnection } = await rawServer();
      const client = await framedClient(port, 'line');
      const peer = await nextConnection();
      const error = await rejectionOf(Promise.resolve().then(() => client.send('two\nlines')), 'send("two\\nlines")');
      expect(error).toBeInstanceOf(FramingError);
      await client.send('next');
      await peer.waitFor((data) => data.length >= 5, 'the next line');
      expect(peer.text()).toBe('next\n');
    });

    it('receives a message that arrives one byte per TCP segment', async () => {
      const { port, nextConnection } = await rawServer();
      const client = await framedClient(port, 'length');
      const peer = await nextConnection();
      peer.socket.setNoDelay(true);
      const pending = client.receive();
      for (const byte of referenceFrame(utf8('drip'))) {
        peer.socket.write(Uint8Array.of(byte));
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      expect(text((await within(pending, 2_000, 'the frame')) as Uint8Array)).toBe('drip');
    });

    it('resolves waiting receive() calls in order, from messages that arrive in one segment', async () => {
      const { port, nextConnection } = await rawServer();
      const client = await framedClient(port, 'line');
      const peer = await nextConnection();
      const waiting = [client.receive(), client.receive(), client.receive()];
      peer.socket.write(utf8('a\nb\r\nc\n'));
      expect(await within(Promise.all(waiting), 2_000, 'three receive() calls')).toEqual(['a', 'b', 'c']);
    });

    it('keeps messages that arrive before receive() is called', async () => {
      const { port, nextConnection } = await rawServer();
      const client = await framedClient(port, 'line');
      const peer = await nextConnection();
      peer.socket.write(utf8('early\nbird\n'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await receive(client)).toBe('early');
      expect(await receive(client)).toBe('bird');
    });

    it('delivers the messages that arrived before the close, then rejects with FramingError, every time', async () => {
      const { port, nextConnection } = await rawServer();
      const client = await framedClient(port, 'line');
      const peer = await nextConnection();
      peer.socket.end(utf8('a\nb\n'));
      // Let the connection close completely before asking for anything.
      await peer.waitForClose('the client to close its side');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await receive(client)).toBe('a');
      expect(await receive(client)).toBe('b');
      expect(await rejectionOf(client.receive(), 'receive() after the connection closed')).toBeInstanceOf(FramingError);
      expect(await rejectionOf(client.receive(), 'a second receive() after the close')).toBeInstanceOf(FramingError);
    });

    it('delivers an unterminated last line when the server closes the connection', async () => {
      const { port, nextConnection } = await rawServer();
      const client = await framedClient(port, 'line');
      const peer = await nextConnection();
      peer.socket.end(utf8('bye'));
      expect(await receive(client)).toBe('bye');
      expect(await rejectionOf(client.receive(), 'receive() after the last line')).toBeInstanceOf(FramingError);
    });

    it('rejects a receive() already waiting when the connection closes with nothing left', async () => {
      const { port, nextConnection } = await rawServer();
      const client = await framedClient(port, 'line');
      const peer = await nextConnection();
      const waiting = client.receive();
      peer.socket.end();
      expect(await rejectionOf(waiting, 'the waiting receive()')).toBeInstanceOf(FramingError);
      expect(await rejectionOf(client.receive(), 'receive() called after the close')).toBeInstanceOf(FramingError);
    });

    it('rejects with FramingError when the connection closes in the middle of a frame', async () => {
      const { port, nextConnection } = await rawServer();
      const client = await framedClient(port, 'length');
      const peer = await nextConnection();
      peer.socket.end(bytes([0, 0, 0, 9], 'abc'));
      expect(await rejectionOf(client.receive(), 'receive() on a truncated frame')).toBeInstanceOf(FramingError);
    });

    it('rejects a send after the connection has closed with FramingError', async () => {
      const { port, nextConnection } = await rawServer();
      const client = await framedClient(port, 'line');
      const peer = await nextConnection();
      peer.socket.destroy();
      await rejectionOf(client.receive(), 'receive() after the server hung up');
      const error = await rejectionOf(Promise.resolve().then(() => client.send('anyone?')), 'send() on a closed connection');
      expect(error).toBeInstanceOf(FramingError);
    });

    it('close() resolves once the connection is closed, and the server sees it close', async () => {
      const { port, nextConnection } = await rawServer();
      const client = await framedClient(port, 'line');
      const peer = await nextConnection();
      peer.socket.on('end', () => peer.socket.end()); // answer the client's FIN, as a server would
      await within(client.close(), 2_000, 'close()');
      await peer.waitForClose('the server side to see the connection close', 1_000);
    });

    it("rejects connect with the socket's ECONNREFUSED error when nothing listens", async () => {
      const port = await unusedPort();
      const error = await rejectionOf(FramedClient.connect(port, '127.0.0.1', 'line'), 'connect() to a closed port');
      expect((error as NodeJS.ErrnoException).code).toBe('ECONNREFUSED');
    });
  });
});
