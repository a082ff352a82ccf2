/**
 * TCP connection state machine: reference solution.
 *
 * Three views of one machine. The classic interview table (RFC 9293 Figure 5,
 * §3.3.2, without segments) as a pure function; the event processing rules of
 * RFC 9293 §3.10 as a connection object that records what it sends; and two
 * such connections wired together through an in-memory channel.
 *
 * Both tables are plain data looked up by own keys only, so that an event
 * named `toString` or `__proto__` is rejected like any other unknown name.
 */

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

export type Segment = 'SYN' | 'SYN+ACK' | 'ACK' | 'FIN' | 'RST' | 'DATA';

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

/** A table row: what each accepted event leads to. */
type Row<T> = Partial<Record<Event, T>>;

function lookup<T>(table: Record<State, Row<T>>, state: State, event: string): T | undefined {
  const row = table[state];
  // Own keys only: `'toString' in row` is true for every object.
  return Object.hasOwn(row, event) ? row[event as Event] : undefined;
}

// ---------------------------------------------------------------------------
// Task 1: The classic table
// ---------------------------------------------------------------------------

/** The 20 transitions of the kata: RFC 9293 Figure 5 without segments, RST or ABORT. */
const CLASSIC: Record<State, Row<State>> = {
  CLOSED: { APP_PASSIVE_OPEN: 'LISTEN', APP_ACTIVE_OPEN: 'SYN_SENT' },
  LISTEN: { RCV_SYN: 'SYN_RCVD', APP_SEND: 'SYN_SENT', APP_CLOSE: 'CLOSED' },
  SYN_RCVD: { APP_CLOSE: 'FIN_WAIT_1', RCV_ACK: 'ESTABLISHED' },
  SYN_SENT: { RCV_SYN: 'SYN_RCVD', RCV_SYN_ACK: 'ESTABLISHED', APP_CLOSE: 'CLOSED' },
  ESTABLISHED: { APP_CLOSE: 'FIN_WAIT_1', RCV_FIN: 'CLOSE_WAIT' },
  FIN_WAIT_1: { RCV_FIN: 'CLOSING', RCV_FIN_ACK: 'TIME_WAIT', RCV_ACK: 'FIN_WAIT_2' },
  CLOSING: { RCV_ACK: 'TIME_WAIT' },
  FIN_WAIT_2: { RCV_FIN: 'TIME_WAIT' },
  TIME_WAIT: { APP_TIMEOUT: 'CLOSED' },
  CLOSE_WAIT: { APP_CLOSE: 'LAST_ACK' },
  LAST_ACK: { RCV_ACK: 'CLOSED' },
};

export function traverseStates(events: string[]): State | 'ERROR' {
  let state: State = 'CLOSED';
  for (const event of events) {
    const next: State | undefined = lookup(CLASSIC, state, event);
    // The kata has no way back from a bad event: the rest of the list is not looked at.
    if (next === undefined) return 'ERROR';
    state = next;
  }
  return state;
}

// ---------------------------------------------------------------------------
// Task 2: The RFC 9293 model
// ---------------------------------------------------------------------------

export interface Step {
  from: State;
  event: Event;
  to: State;
  send: Segment[];
}

interface Rule {
  to: State;
  send: readonly Segment[];
}

const go = (to: State, ...send: Segment[]): Rule => ({ to, send });

// Section numbers are RFC 9293's: §3.10.1-§3.10.5 are the user calls (OPEN, SEND, CLOSE, ABORT),
// §3.10.7.x "SEGMENT ARRIVES" in each state, §3.10.8 the timeouts.
const RFC9293: Record<State, Row<Rule>> = {
  CLOSED: {
    APP_PASSIVE_OPEN: go('LISTEN'), // §3.10.1: a passive OPEN waits for a SYN
    APP_ACTIVE_OPEN: go('SYN_SENT', 'SYN'), // §3.10.1: an active OPEN sends its SYN
  },
  LISTEN: {
    RCV_SYN: go('SYN_RCVD', 'SYN+ACK'), // §3.10.7.2, third: check for a SYN
    APP_SEND: go('SYN_SENT', 'SYN'), // §3.10.2: SEND turns the passive connection into an active one
    APP_CLOSE: go('CLOSED'), // §3.10.4
    APP_ABORT: go('CLOSED'), // §3.10.5: nothing was sent, so no RST
    RCV_RST: go('LISTEN'), // §3.10.7.2, first: no connection exists for a RST to reset; ignore it
  },
  SYN_SENT: {
    RCV_SYN: go('SYN_RCVD', 'SYN+ACK'), // §3.10.7.3, fourth: a SYN without ACK is a simultaneous open (§3.5, Figure 7)
    RCV_SYN_ACK: go('ESTABLISHED', 'ACK'), // §3.10.7.3, fourth: our SYN is acknowledged
    APP_CLOSE: go('CLOSED'), // §3.10.4
    APP_ABORT: go('CLOSED'), // §3.10.5: no RST before the peer has synchronized
    RCV_RST: go('CLOSED'), // §3.10.7.3, second: "connection reset" (refused)
  },
  SYN_RCVD: {
    RCV_ACK: go('ESTABLISHED'), // §3.10.7.4, fifth: the ACK of our SYN
    RCV_SYN_ACK: go('ESTABLISHED'), // §3.5, Figure 7: the peer's SYN+ACK of a simultaneous open acknowledges our SYN
    APP_CLOSE: go('FIN_WAIT_1', 'FIN'), // §3.10.4: no data queued, so the FIN goes at once
    RCV_FIN: go('CLOSE_WAIT', 'ACK'), // §3.10.7.4, eighth: check the FIN bit
    APP_ABORT: go('CLOSED', 'RST'), // §3.10.5
    RCV_RST: go('CLOSED'), // §3.10.7.4, second: or LISTEN, see TcpConnection.#target
  },
  ESTABLISHED: {
    APP_SEND: go('ESTABLISHED', 'DATA'), // §3.10.2
    RCV_ACK: go('ESTABLISHED'), // §3.10.7.4, fifth: acknowledges data
    APP_CLOSE: go('FIN_WAIT_1', 'FIN'), // §3.10.4
    RCV_FIN: go('CLOSE_WAIT', 'ACK'), // §3.10.7.4, eighth: the peer has finished sending (half-close, §3.6.1)
    APP_ABORT: go('CLOSED', 'RST'), // §3.10.5
    RCV_RST: go('CLOSED'), // §3.10.7.4, second: "connection reset"
  },
  FIN_WAIT_1: {
    RCV_ACK: go('FIN_WAIT_2'), // §3.10.7.4, fifth: our FIN is acknowledged
    RCV_FIN: go('CLOSING', 'ACK'), // §3.10.7.4, eighth: FIN not yet acknowledged; simultaneous close (§3.6, Figure 13)
    RCV_FIN_ACK: go('TIME_WAIT', 'ACK'), // §3.10.7.4, eighth: "if our FIN has been ACKed (perhaps in this segment)"
    APP_ABORT: go('CLOSED', 'RST'), // §3.10.5
    RCV_RST: go('CLOSED'), // §3.10.7.4, second
  },
  FIN_WAIT_2: {
    RCV_FIN: go('TIME_WAIT', 'ACK'), // §3.10.7.4, eighth
    APP_ABORT: go('CLOSED', 'RST'), // §3.10.5
    RCV_RST: go('CLOSED'), // §3.10.7.4, second
  },
  CLOSE_WAIT: {
    APP_SEND: go('CLOSE_WAIT', 'DATA'), // §3.10.2: only the peer has stopped sending
    RCV_ACK: go('CLOSE_WAIT'), // §3.10.7.4, fifth: as in ESTABLISHED
    APP_CLOSE: go('LAST_ACK', 'FIN'), // §3.10.4
    APP_ABORT: go('CLOSED', 'RST'), // §3.10.5
    RCV_RST: go('CLOSED'), // §3.10.7.4, second
  },
  CLOSING: {
    RCV_ACK: go('TIME_WAIT'), // §3.10.7.4, fifth: our FIN is acknowledged
    APP_ABORT: go('CLOSED'), // §3.10.5: both FINs are out, so no RST
    RCV_RST: go('CLOSED'), // §3.10.7.4, second
  },
  LAST_ACK: {
    RCV_ACK: go('CLOSED'), // §3.10.7.4, fifth: the ACK of our FIN ends the connection
    APP_ABORT: go('CLOSED'), // §3.10.5
    RCV_RST: go('CLOSED'), // §3.10.7.4, second
  },
  TIME_WAIT: {
    APP_TIMEOUT: go('CLOSED'), // §3.10.8: the 2MSL timer of §3.6.1 (MUST-13) expires
    RCV_FIN: go('TIME_WAIT', 'ACK'), // §3.10.7.4, eighth: our last ACK was lost; ACK again, restart 2MSL
    APP_ABORT: go('CLOSED'), // §3.10.5
    RCV_RST: go('CLOSED'), // §3.10.7.4, second
  },
};

const copyStep = (step: Step): Step => ({ ...step, send: [...step.send] });

export class TcpConnection {
  #state: State = 'CLOSED';
  readonly #history: Step[] = [];

  get state(): State {
    return this.#state;
  }

  /** A fresh copy on every read: changing it cannot change the connection. */
  get history(): Step[] {
    return this.#history.map(copyStep);
  }

  handle(event: Event): Step {
    const rule = lookup(RFC9293, this.#state, event);
    if (!rule) throw new TransitionError(this.#state, event);
    const step: Step = { from: this.#state, event, to: this.#target(event, rule), send: [...rule.send] };
    this.#history.push(step);
    this.#state = step.to;
    return copyStep(step);
  }

  #target(event: Event, rule: Rule): State {
    if (this.#state === 'SYN_RCVD' && event === 'RCV_RST') {
      // §3.10.7.4, second: a connection that came from LISTEN (passive OPEN) returns to LISTEN; one that came
      // from SYN-SENT (active OPEN, including LISTEN + SEND) was refused and closes. §3.5 makes remembering
      // which a MUST (MUST-11). No accepted event stays in SYN_RCVD, so the last step is the one that entered it.
      return this.#history.at(-1)!.from === 'LISTEN' ? 'LISTEN' : 'CLOSED';
    }
    return rule.to;
  }
}

// ---------------------------------------------------------------------------
// Task 3: Two endpoints
// ---------------------------------------------------------------------------

export type Side = 'client' | 'server';
export type ScenarioName = 'normal' | 'simultaneous-open' | 'simultaneous-close' | 'lost-final-ack' | 'reset';

export interface TimelineEntry {
  from: Side;
  segment: Segment;
  lost: boolean;
  client: State;
  server: State;
}

/** The event each segment is on arrival. DATA is no event: the receiver only acknowledges it. */
const ARRIVES_AS: Record<Exclude<Segment, 'DATA'>, Event> = {
  SYN: 'RCV_SYN',
  'SYN+ACK': 'RCV_SYN_ACK',
  ACK: 'RCV_ACK',
  FIN: 'RCV_FIN',
  RST: 'RCV_RST',
};

const peerOf = (side: Side): Side => (side === 'client' ? 'server' : 'client');

/** Two connections and the wire between them: a FIFO queue, so segments sent together cross. */
class Network {
  readonly endpoints: Record<Side, TcpConnection> = { client: new TcpConnection(), server: new TcpConnection() };
  readonly timeline: TimelineEntry[] = [];
  readonly #wire: Array<{ from: Side; segment: Segment; lost: boolean }> = [];
  #toLose: { from: Side; segment: Segment } | null = null;

  /** An application call; what it sends goes on the wire, and arrives only when `deliver` runs. */
  act(side: Side, event: Event): void {
    this.send(side, this.endpoints[side].handle(event).send);
  }

  send(from: Side, segments: readonly Segment[]): void {
    for (const segment of segments) {
      const lost = this.#toLose?.from === from && this.#toLose.segment === segment;
      if (lost) this.#toLose = null;
      this.#wire.push({ from, segment, lost });
    }
  }

  /** The next `segment` that `from` sends is dropped on the way. */
  lose(from: Side, segment: Segment): void {
    this.#toLose = { from, segment };
  }

  /** Delivers everything on the wire, and whatever the receivers send in answer, in the order sent. */
  deliver(): void {
    for (let next = this.#wire.shift(); next; next = this.#wire.shift()) {
      const { from, segment, lost } = next;
      const receiver = peerOf(from);
      if (!lost) {
        // §3.10.7.4, seventh: received text is acknowledged; the state does not change.
        const answer = segment === 'DATA' ? ['ACK' as const] : this.endpoints[receiver].handle(ARRIVES_AS[segment]).send;
        this.send(receiver, answer);
      }
      this.timeline.push({ from, segment, lost, client: this.endpoints.client.state, server: this.endpoints.server.state });
    }
  }
}

function handshake(net: Network): void {
  net.act('server', 'APP_PASSIVE_OPEN');
  net.act('client', 'APP_ACTIVE_OPEN');
  net.deliver();
}

/** The client sends data and closes first; the server closes once the client's FIN has arrived. */
function exchangeAndClose(net: Network): void {
  net.act('client', 'APP_SEND');
  net.deliver();
  net.act('client', 'APP_CLOSE');
  net.deliver();
  net.act('server', 'APP_CLOSE');
  net.deliver();
}

const SCENARIOS: Record<ScenarioName, (net: Network) => void> = {
  normal(net) {
    handshake(net);
    exchangeAndClose(net);
  },
  'simultaneous-open'(net) {
    // Both open actively before either SYN arrives (§3.5, Figure 7).
    net.act('client', 'APP_ACTIVE_OPEN');
    net.act('server', 'APP_ACTIVE_OPEN');
    net.deliver();
  },
  'simultaneous-close'(net) {
    handshake(net);
    // Both close before either FIN arrives (§3.6, Figure 13).
    net.act('client', 'APP_CLOSE');
    net.act('server', 'APP_CLOSE');
    net.deliver();
  },
  'lost-final-ack'(net) {
    handshake(net);
    // After the handshake, the next ACK the client sends is its last: the one that answers the server's FIN.
    net.lose('client', 'ACK');
    exchangeAndClose(net);
    // §3.8.1: the server's retransmission timer fires and its FIN goes again, with no change of state.
    // The client is still in TIME_WAIT, which exists for exactly this.
    net.send('server', ['FIN']);
    net.deliver();
  },
  reset(net) {
    handshake(net);
    net.act('server', 'APP_ABORT');
    net.deliver();
  },
};

export function simulate(name: ScenarioName): { timeline: TimelineEntry[]; client: State; server: State } {
  if (!Object.hasOwn(SCENARIOS, name)) throw new Error(`unknown scenario "${String(name)}"`);
  const net = new Network();
  SCENARIOS[name](net);
  // §3.10.8: nothing else arrives, so TIME_WAIT runs out its 2MSL.
  for (const connection of Object.values(net.endpoints)) {
    if (connection.state === 'TIME_WAIT') connection.handle('APP_TIMEOUT');
  }
  return { timeline: net.timeline, client: net.endpoints.client.state, server: net.endpoints.server.state };
}
