import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { TcpConnection, TransitionError, type Event, type Step } from '@impl/tcp-fsm';
import { EVENTS, Model, PATHS, RFC_PATHS, STATES, UNKNOWN_EVENTS, anyEventName, choices, modelAfter, resolve, rfcAccepted } from './reference.ts';

/** A connection driven through `events`, each of which must be accepted. */
function after(events: readonly Event[]): TcpConnection {
  const connection = new TcpConnection();
  for (const event of events) connection.handle(event);
  return connection;
}

/** What `handle` threw, or undefined when it returned. */
function thrownBy(connection: TcpConnection, event: string): unknown {
  try {
    connection.handle(event as Event);
  } catch (error) {
    return error;
  }
  return undefined;
}

/** Checks that `event` is refused with a TransitionError naming the state and the event, and changes nothing. */
function expectRefused(connection: TcpConnection, event: string): void {
  const state = connection.state;
  const history = connection.history;
  const error = thrownBy(connection, event);
  expect(error, `${event} in ${state} should throw TransitionError`).toBeInstanceOf(TransitionError);
  expect((error as TransitionError).state).toBe(state);
  expect((error as TransitionError).event).toBe(event);
  expect(connection.state, 'state after a refused event').toBe(state);
  expect(connection.history, 'history after a refused event').toEqual(history);
}

const PASSIVE: Event[] = ['APP_PASSIVE_OPEN', 'RCV_SYN'];
const ACTIVE: Event[] = ['APP_ACTIVE_OPEN', 'RCV_SYN'];

describe('task 2: the RFC 9293 model', () => {
  describe('TransitionError', () => {
    it('is what a refused event throws: an Error named TransitionError, with state and event, whose message names both', () => {
      const error = thrownBy(new TcpConnection(), 'RCV_ACK');
      expect(error).toBeInstanceOf(TransitionError);
      expect(error).toBeInstanceOf(Error);
      const { name, message, state, event } = error as TransitionError;
      expect({ name, state, event }).toEqual({ name: 'TransitionError', state: 'CLOSED', event: 'RCV_ACK' });
      expect(message).toContain('CLOSED');
      expect(message).toContain('RCV_ACK');
    });
  });

  describe('a new connection', () => {
    it('starts in CLOSED with an empty history', () => {
      const connection = new TcpConnection();
      expect(connection.state).toBe('CLOSED');
      expect(connection.history).toEqual([]);
    });

    it('keeps its own state: two connections do not share anything', () => {
      const a = new TcpConnection();
      const b = new TcpConnection();
      a.handle('APP_ACTIVE_OPEN');
      expect(b.state).toBe('CLOSED');
      expect(b.history).toEqual([]);
      b.handle('APP_PASSIVE_OPEN');
      expect(a.state).toBe('SYN_SENT');
    });
  });

  describe('handle', () => {
    it('returns the step: CLOSED + APP_ACTIVE_OPEN goes to SYN_SENT and sends a SYN', () => {
      const connection = new TcpConnection();
      expect(connection.handle('APP_ACTIVE_OPEN')).toEqual({ from: 'CLOSED', event: 'APP_ACTIVE_OPEN', to: 'SYN_SENT', send: ['SYN'] });
      expect(connection.state).toBe('SYN_SENT');
    });

    it('answers a SYN in LISTEN with a SYN+ACK, and the ACK that follows sends nothing', () => {
      const connection = after(['APP_PASSIVE_OPEN']);
      expect(connection.handle('RCV_SYN')).toEqual({ from: 'LISTEN', event: 'RCV_SYN', to: 'SYN_RCVD', send: ['SYN+ACK'] });
      expect(connection.handle('RCV_ACK')).toEqual({ from: 'SYN_RCVD', event: 'RCV_ACK', to: 'ESTABLISHED', send: [] });
    });

    it('sends DATA in ESTABLISHED and CLOSE_WAIT, and accepts the ACKs of that data without moving', () => {
      const connection = after(['APP_ACTIVE_OPEN', 'RCV_SYN_ACK']);
      expect(connection.handle('APP_SEND')).toEqual({ from: 'ESTABLISHED', event: 'APP_SEND', to: 'ESTABLISHED', send: ['DATA'] });
      expect(connection.handle('RCV_ACK')).toEqual({ from: 'ESTABLISHED', event: 'RCV_ACK', to: 'ESTABLISHED', send: [] });
      connection.handle('RCV_FIN');
      expect(connection.handle('APP_SEND')).toEqual({ from: 'CLOSE_WAIT', event: 'APP_SEND', to: 'CLOSE_WAIT', send: ['DATA'] });
      expect(connection.handle('RCV_ACK')).toEqual({ from: 'CLOSE_WAIT', event: 'RCV_ACK', to: 'CLOSE_WAIT', send: [] });
    });

    it('appends every accepted event to history, in order, and returns the same step it records', () => {
      const connection = new TcpConnection();
      const returned = (['APP_ACTIVE_OPEN', 'RCV_SYN_ACK', 'APP_SEND', 'APP_CLOSE'] as Event[]).map((event) => connection.handle(event));
      expect(connection.history).toEqual([
        { from: 'CLOSED', event: 'APP_ACTIVE_OPEN', to: 'SYN_SENT', send: ['SYN'] },
        { from: 'SYN_SENT', event: 'RCV_SYN_ACK', to: 'ESTABLISHED', send: ['ACK'] },
        { from: 'ESTABLISHED', event: 'APP_SEND', to: 'ESTABLISHED', send: ['DATA'] },
        { from: 'ESTABLISHED', event: 'APP_CLOSE', to: 'FIN_WAIT_1', send: ['FIN'] },
      ]);
      expect(returned).toEqual(connection.history);
    });

    it('records a RST ignored in LISTEN as a step that stays in LISTEN', () => {
      const connection = after(['APP_PASSIVE_OPEN']);
      expect(connection.handle('RCV_RST')).toEqual({ from: 'LISTEN', event: 'RCV_RST', to: 'LISTEN', send: [] });
      expect(connection.history).toHaveLength(2);
      expect(connection.state).toBe('LISTEN');
    });
  });

  describe('simultaneous open and close', () => {
    it('opens simultaneously: SYN_SENT + RCV_SYN sends SYN+ACK and goes to SYN_RCVD, then RCV_SYN_ACK completes it', () => {
      const connection = after(['APP_ACTIVE_OPEN']);
      expect(connection.handle('RCV_SYN')).toEqual({ from: 'SYN_SENT', event: 'RCV_SYN', to: 'SYN_RCVD', send: ['SYN+ACK'] });
      expect(connection.handle('RCV_SYN_ACK')).toEqual({ from: 'SYN_RCVD', event: 'RCV_SYN_ACK', to: 'ESTABLISHED', send: [] });
    });

    it('closes simultaneously: FIN_WAIT_1 + RCV_FIN ACKs and goes to CLOSING, then RCV_ACK to TIME_WAIT', () => {
      const connection = after(['APP_ACTIVE_OPEN', 'RCV_SYN_ACK', 'APP_CLOSE']);
      expect(connection.handle('RCV_FIN')).toEqual({ from: 'FIN_WAIT_1', event: 'RCV_FIN', to: 'CLOSING', send: ['ACK'] });
      expect(connection.handle('RCV_ACK')).toEqual({ from: 'CLOSING', event: 'RCV_ACK', to: 'TIME_WAIT', send: [] });
      expect(connection.handle('APP_TIMEOUT')).toEqual({ from: 'TIME_WAIT', event: 'APP_TIMEOUT', to: 'CLOSED', send: [] });
    });

    it('takes FIN_WAIT_1 + RCV_FIN_ACK straight to TIME_WAIT with an ACK, not to FIN_WAIT_2', () => {
      const connection = after(['APP_ACTIVE_OPEN', 'RCV_SYN_ACK', 'APP_CLOSE']);
      expect(connection.handle('RCV_FIN_ACK')).toEqual({ from: 'FIN_WAIT_1', event: 'RCV_FIN_ACK', to: 'TIME_WAIT', send: ['ACK'] });
    });

    it('ACKs a retransmitted FIN in TIME_WAIT and stays there', () => {
      const connection = after(['APP_ACTIVE_OPEN', 'RCV_SYN_ACK', 'APP_CLOSE', 'RCV_ACK', 'RCV_FIN']);
      expect(connection.handle('RCV_FIN')).toEqual({ from: 'TIME_WAIT', event: 'RCV_FIN', to: 'TIME_WAIT', send: ['ACK'] });
    });
  });

  describe('RST in SYN_RCVD', () => {
    it('returns to LISTEN after a passive open: LISTEN + RCV_SYN, then RCV_RST', () => {
      expect(after([...PASSIVE, 'RCV_RST']).history.at(-1)).toEqual({ from: 'SYN_RCVD', event: 'RCV_RST', to: 'LISTEN', send: [] });
    });

    it('closes after an active open: SYN_SENT + RCV_SYN, then RCV_RST', () => {
      expect(after([...ACTIVE, 'RCV_RST']).history.at(-1)).toEqual({ from: 'SYN_RCVD', event: 'RCV_RST', to: 'CLOSED', send: [] });
    });

    it('closes after LISTEN + APP_SEND + RCV_SYN: APP_SEND made the open active', () => {
      expect(after(['APP_PASSIVE_OPEN', 'APP_SEND', 'RCV_SYN', 'RCV_RST']).state).toBe('CLOSED');
    });

    it('goes back to LISTEN again and again while the socket keeps listening', () => {
      const connection = after([...PASSIVE, 'RCV_RST', 'RCV_SYN', 'RCV_RST', 'RCV_SYN']);
      expect(connection.handle('RCV_RST').to).toBe('LISTEN');
    });

    it('closes when a socket that went back to LISTEN then sends, and a SYN crosses its own', () => {
      expect(after([...PASSIVE, 'RCV_RST', 'APP_SEND', 'RCV_SYN', 'RCV_RST']).state).toBe('CLOSED');
    });

    it('decides by how SYN_RCVD was entered this time, not by how an earlier connection began', () => {
      // Passive first, then a new active connection: refused, so CLOSED.
      expect(after(['APP_PASSIVE_OPEN', 'APP_CLOSE', ...ACTIVE, 'RCV_RST']).state).toBe('CLOSED');
      // Active first, then a new passive one: back to LISTEN.
      expect(after(['APP_ACTIVE_OPEN', 'APP_CLOSE', ...PASSIVE, 'RCV_RST']).state).toBe('LISTEN');
    });
  });

  describe('aborts and resets', () => {
    it.each([
      ['SYN_RCVD', PASSIVE],
      ['ESTABLISHED', ['APP_ACTIVE_OPEN', 'RCV_SYN_ACK']],
      ['FIN_WAIT_1', ['APP_ACTIVE_OPEN', 'RCV_SYN_ACK', 'APP_CLOSE']],
      ['FIN_WAIT_2', ['APP_ACTIVE_OPEN', 'RCV_SYN_ACK', 'APP_CLOSE', 'RCV_ACK']],
      ['CLOSE_WAIT', ['APP_ACTIVE_OPEN', 'RCV_SYN_ACK', 'RCV_FIN']],
    ] as Array<[string, Event[]]>)('APP_ABORT in %s sends a RST: the peer holds a synchronized connection', (_state, path) => {
      expect(after(path).handle('APP_ABORT').send).toEqual(['RST']);
    });

    it.each([
      ['LISTEN', ['APP_PASSIVE_OPEN']],
      ['SYN_SENT', ['APP_ACTIVE_OPEN']],
      ['CLOSING', ['APP_ACTIVE_OPEN', 'RCV_SYN_ACK', 'APP_CLOSE', 'RCV_FIN']],
      ['LAST_ACK', ['APP_ACTIVE_OPEN', 'RCV_SYN_ACK', 'RCV_FIN', 'APP_CLOSE']],
      ['TIME_WAIT', ['APP_ACTIVE_OPEN', 'RCV_SYN_ACK', 'APP_CLOSE', 'RCV_FIN_ACK']],
    ] as Array<[string, Event[]]>)('APP_ABORT in %s closes without sending anything', (_state, path) => {
      expect(after(path).handle('APP_ABORT')).toMatchObject({ to: 'CLOSED', send: [] });
    });

    it('ignores a RST in LISTEN and closes on one in SYN_SENT', () => {
      expect(after(['APP_PASSIVE_OPEN']).handle('RCV_RST').to).toBe('LISTEN');
      expect(after(['APP_ACTIVE_OPEN']).handle('RCV_RST').to).toBe('CLOSED');
    });

    it('refuses RCV_RST and APP_ABORT in CLOSED: there is nothing to reset', () => {
      expectRefused(new TcpConnection(), 'RCV_RST');
      expectRefused(new TcpConnection(), 'APP_ABORT');
    });
  });

  describe('every state and event', () => {
    const cases = RFC_PATHS.flatMap(({ name, events }) =>
      EVENTS.map((event) => {
        const model = modelAfter(events);
        const step = model.apply(event);
        const label = step ? `${step.to} [${step.send.join(', ')}]` : 'TransitionError';
        return [name, event, label, events, step] as const;
      }),
    );

    it.each(cases)('%s + %s gives %s', (_name, event, _label, events, expected) => {
      const connection = after(events);
      if (expected) {
        expect(connection.handle(event)).toEqual(expected);
        expect(connection.state).toBe(expected.to);
        expect(connection.history).toEqual(modelAfter([...events, event]).history);
      } else {
        expectRefused(connection, event);
      }
    });

    it('accepts exactly 47 of the 132 state and event pairs', () => {
      let accepted = 0;
      for (const state of STATES) {
        for (const event of EVENTS) if (thrownBy(after(PATHS[state]), event) === undefined) accepted++;
      }
      expect(accepted).toBe(47);
    });
  });

  describe('refused events change nothing', () => {
    it.each(UNKNOWN_EVENTS.map((name) => [JSON.stringify(name), name]))(
      'refuses the unknown event name %s with TransitionError, in CLOSED and in ESTABLISHED',
      (_label, name) => {
        expectRefused(new TcpConnection(), name);
        expectRefused(after(['APP_ACTIVE_OPEN', 'RCV_SYN_ACK']), name);
      },
    );

    it('keeps working normally after a refused event', () => {
      const connection = after(['APP_PASSIVE_OPEN']);
      expectRefused(connection, 'APP_TIMEOUT');
      expectRefused(connection, 'RCV_FIN');
      expect(connection.handle('RCV_SYN').to).toBe('SYN_RCVD');
      expectRefused(connection, 'APP_PASSIVE_OPEN');
      // The refused events did not disturb how SYN_RCVD was entered: still a passive open.
      expect(connection.handle('RCV_RST').to).toBe('LISTEN');
      expect(connection.history.map((step) => step.event)).toEqual(['APP_PASSIVE_OPEN', 'RCV_SYN', 'RCV_RST']);
    });
  });

  describe('state and history cannot be changed from outside', () => {
    it('hands out history as a copy: pushing into or emptying it leaves the connection alone', () => {
      const connection = after(['APP_ACTIVE_OPEN', 'RCV_SYN_ACK']);
      try {
        connection.history.push({ from: 'ESTABLISHED', event: 'APP_CLOSE', to: 'FIN_WAIT_1', send: ['FIN'] });
      } catch {
        // A frozen array is fine too.
      }
      expect(connection.history).toHaveLength(2);
      try {
        connection.history.length = 0;
      } catch {
        // Likewise.
      }
      expect(connection.history).toHaveLength(2);
      expect(connection.handle('APP_CLOSE').from).toBe('ESTABLISHED');
    });

    it('hands out steps in history as copies: changing one leaves the connection alone', () => {
      const connection = after(PASSIVE);
      const first = connection.history[1]!;
      try {
        (first as { from: string }).from = 'SYN_SENT';
        first.send.push('RST');
      } catch {
        // A frozen step is fine too.
      }
      expect(connection.history[1]).toEqual({ from: 'LISTEN', event: 'RCV_SYN', to: 'SYN_RCVD', send: ['SYN+ACK'] });
      // The RST still knows this SYN_RCVD came from LISTEN.
      expect(connection.handle('RCV_RST').to).toBe('LISTEN');
    });

    it('returns from handle a step that is not the one in history: changing it leaves history alone', () => {
      const connection = new TcpConnection();
      const step: Step = connection.handle('APP_ACTIVE_OPEN');
      try {
        step.to = 'ESTABLISHED';
        step.send.length = 0;
      } catch {
        // A frozen step is fine too.
      }
      expect(connection.history).toEqual([{ from: 'CLOSED', event: 'APP_ACTIVE_OPEN', to: 'SYN_SENT', send: ['SYN'] }]);
      expect(new TcpConnection().handle('APP_ACTIVE_OPEN').send).toEqual(['SYN']);
    });

    it('keeps state read-only: assigning to it throws or changes nothing', () => {
      const connection = new TcpConnection();
      try {
        (connection as { state: string }).state = 'ESTABLISHED';
      } catch {
        // A getter without a setter throws in strict code: fine.
      }
      expect(connection.state).toBe('CLOSED');
      expectRefused(connection, 'APP_CLOSE');
    });
  });

  describe('properties', () => {
    /** Applies every event to the connection and the model side by side. */
    function compare(events: readonly string[]): void {
      const connection = new TcpConnection();
      const model = new Model();
      for (const event of events) {
        const expected = model.apply(event);
        if (expected) expect(connection.handle(event as Event)).toEqual(expected);
        else expectRefused(connection, event);
        expect(connection.state).toBe(model.state);
      }
      expect(connection.history).toEqual(model.history);
    }

    it('property: agrees with the table, step by step, on sequences that wander deep into the machine', () => {
      fc.assert(
        fc.property(choices, (list) => compare(resolve(list, rfcAccepted))),
        { numRuns: 300 },
      );
    });

    it('property: agrees with the table on uniformly random events and names', () => {
      fc.assert(
        fc.property(fc.array(anyEventName, { maxLength: 30 }), (events) => compare(events)),
        { numRuns: 300 },
      );
    });

    it('property: replaying the events of history on a new connection gives the same history', () => {
      fc.assert(
        fc.property(choices, (list) => {
          const original = new TcpConnection();
          for (const event of resolve(list, rfcAccepted)) thrownBy(original, event);
          const replay = after(original.history.map((step) => step.event));
          expect(replay.history).toEqual(original.history);
          expect(replay.state).toBe(original.state);
        }),
        { numRuns: 200 },
      );
    });
  });
});
