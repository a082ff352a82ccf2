/**
 * TCP state machine.
 *
 * Every TCP connection is a small state machine (RFC 9293 §3.3.2, Figure 5):
 * application calls (OPEN, SEND, CLOSE, ABORT), arriving segments (SYN, ACK,
 * FIN, RST) and one timer move it from CLOSED through the handshake to
 * ESTABLISHED and, by one of several teardowns, back to CLOSED.
 *
 * Read README.md for the tasks, then replace each `throw new Error('Not implemented')`.
 * You may add helper functions, constants, fields and methods of your own.
 */

/** The eleven states of RFC 9293, spelled as the classic kata spells them. */
export type State =
  | 'CLOSED'
  | 'LISTEN'
  | 'SYN_SENT'
  | 'SYN_RCVD'
  | 'ESTABLISHED'
  | 'FIN_WAIT_1'
  | 'FIN_WAIT_2'
  | 'CLOSE_WAIT'
  | 'CLOSING'
  | 'LAST_ACK'
  | 'TIME_WAIT';

/**
 * What can happen to a connection. `APP_*` events are calls from the local
 * application (`APP_TIMEOUT` is the 2MSL timer of TIME_WAIT running out);
 * `RCV_*` events are segments arriving from the peer. `RCV_FIN_ACK` is one
 * segment carrying both a FIN and the ACK of our own FIN.
 */
export type Event =
  | 'APP_PASSIVE_OPEN'
  | 'APP_ACTIVE_OPEN'
  | 'APP_SEND'
  | 'APP_CLOSE'
  | 'APP_ABORT'
  | 'APP_TIMEOUT'
  | 'RCV_SYN'
  | 'RCV_ACK'
  | 'RCV_SYN_ACK'
  | 'RCV_FIN'
  | 'RCV_FIN_ACK'
  | 'RCV_RST';

/** What a connection puts on the wire. `DATA` is a segment carrying application bytes. */
export type Segment = 'SYN' | 'SYN+ACK' | 'ACK' | 'FIN' | 'RST' | 'DATA';

/**
 * Thrown by `TcpConnection.handle` for an event that is not allowed in the
 * current state, and for an unknown event name.
 * Already complete: use it, don't change it.
 */
export class TransitionError extends Error {
  readonly state: State;
  readonly event: string;

  constructor(state: State, event: string) {
    super(`event ${event} is not allowed in state ${state}`);
    this.name = 'TransitionError';
    this.state = state;
    this.event = event;
  }
}

// ---------------------------------------------------------------------------
// Task 1: The classic table
// ---------------------------------------------------------------------------

/**
 * The interview kata: starting in `CLOSED`, applies each event in turn and
 * returns the final state, using exactly these 20 transitions:
 *
 * | from        | event → to                                                        |
 * |-------------|-------------------------------------------------------------------|
 * | CLOSED      | APP_PASSIVE_OPEN → LISTEN, APP_ACTIVE_OPEN → SYN_SENT             |
 * | LISTEN      | RCV_SYN → SYN_RCVD, APP_SEND → SYN_SENT, APP_CLOSE → CLOSED       |
 * | SYN_RCVD    | APP_CLOSE → FIN_WAIT_1, RCV_ACK → ESTABLISHED                     |
 * | SYN_SENT    | RCV_SYN → SYN_RCVD, RCV_SYN_ACK → ESTABLISHED, APP_CLOSE → CLOSED |
 * | ESTABLISHED | APP_CLOSE → FIN_WAIT_1, RCV_FIN → CLOSE_WAIT                      |
 * | FIN_WAIT_1  | RCV_FIN → CLOSING, RCV_FIN_ACK → TIME_WAIT, RCV_ACK → FIN_WAIT_2  |
 * | CLOSING     | RCV_ACK → TIME_WAIT                                               |
 * | FIN_WAIT_2  | RCV_FIN → TIME_WAIT                                               |
 * | TIME_WAIT   | APP_TIMEOUT → CLOSED                                              |
 * | CLOSE_WAIT  | APP_CLOSE → LAST_ACK                                              |
 * | LAST_ACK    | RCV_ACK → CLOSED                                                  |
 *
 * Any other event in any state, including an unknown name (even one such as
 * `toString`), `APP_ABORT` or `RCV_RST`, makes the answer `'ERROR'` at once,
 * whatever follows. No events at all leaves the machine in `CLOSED`.
 *
 * @example traverseStates(['APP_PASSIVE_OPEN', 'RCV_SYN', 'RCV_ACK']) === 'ESTABLISHED'
 * @example traverseStates(['APP_ACTIVE_OPEN', 'RCV_RST']) === 'ERROR'
 */
export function traverseStates(events: string[]): State | 'ERROR' {
  throw new Error('Not implemented');
}

// ---------------------------------------------------------------------------
// Task 2: The RFC 9293 model
// ---------------------------------------------------------------------------

/** One accepted event: where the connection was, where it went, and the segments it sent (in order). */
export interface Step {
  from: State;
  event: Event;
  to: State;
  send: Segment[];
}

/**
 * One endpoint of a connection, following the event processing of RFC 9293
 * §3.10. README.md gives the complete table of transitions and the segments
 * each one sends.
 *
 * @example
 * const connection = new TcpConnection();
 * connection.handle('APP_ACTIVE_OPEN'); // { from: 'CLOSED', event: 'APP_ACTIVE_OPEN', to: 'SYN_SENT', send: ['SYN'] }
 * connection.state; // 'SYN_SENT'
 */
export class TcpConnection {
  /** The current state: `CLOSED` for a new connection. Read-only from outside. */
  get state(): State {
    throw new Error('Not implemented');
  }

  /**
   * Every accepted event so far, oldest first. Code that changes the returned
   * array or its steps must not change the connection: hand out a copy (or
   * frozen objects), never the array you keep.
   */
  get history(): Step[] {
    throw new Error('Not implemented');
  }

  /**
   * Applies `event`: moves to the next state, appends the step to `history`
   * and returns it. An accepted event that changes nothing (a RST ignored in
   * LISTEN) is a step too.
   *
   * An event the table does not list for the current state, or an unknown
   * name, throws `TransitionError` (with this state and that event) and
   * changes neither `state` nor `history`.
   *
   * A RST in SYN_RCVD depends on how SYN_RCVD was entered (RFC 9293
   * §3.10.7.4): from LISTEN by RCV_SYN (a passive open), it goes back to
   * LISTEN; from SYN_SENT (an active open: the peer refused it), to CLOSED.
   */
  handle(event: Event): Step {
    throw new Error('Not implemented');
  }
}

// ---------------------------------------------------------------------------
// Task 3: Two endpoints
// ---------------------------------------------------------------------------

export type Side = 'client' | 'server';

export type ScenarioName = 'normal' | 'simultaneous-open' | 'simultaneous-close' | 'lost-final-ack' | 'reset';

/** One segment on the wire. */
export interface TimelineEntry {
  /** Who sent it. */
  from: Side;
  segment: Segment;
  /** True when the segment never arrived. */
  lost: boolean;
  /** Both states just after the receiver has handled the segment (unchanged when it was lost). */
  client: State;
  server: State;
}

/**
 * Plays one scenario between a client and a server `TcpConnection` joined by
 * an in-memory channel, and returns one timeline entry per segment, in the
 * order the segments arrive (or are lost), with the final states after any
 * TIME_WAIT has timed out.
 *
 * - Every segment sent is delivered to the other side as an event: SYN as
 *   RCV_SYN, SYN+ACK as RCV_SYN_ACK, ACK as RCV_ACK, FIN as RCV_FIN, RST as
 *   RCV_RST. DATA is answered with an ACK and changes no state.
 * - Where two segments cross, both are sent before either is delivered.
 * - README.md lists the exact sequence of each scenario.
 *
 * Throws an `Error` for any other scenario name.
 *
 * @example simulate('reset').timeline.at(-1) // { from: 'server', segment: 'RST', lost: false, client: 'CLOSED', server: 'CLOSED' }
 */
export function simulate(name: ScenarioName): { timeline: TimelineEntry[]; client: State; server: State } {
  throw new Error('Not implemented');
}
