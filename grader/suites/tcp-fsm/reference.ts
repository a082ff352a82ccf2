// The hidden suite's own model of both tables and of the five timelines, written from the exercise's tables and
// never taken from the solution. Shared by the task files; not a test file itself.
import fc from 'fast-check';
import type { Event, ScenarioName, Segment, Side, State, Step, TimelineEntry } from '@impl/tcp-fsm';

export const STATES: State[] = [
  'CLOSED',
  'LISTEN',
  'SYN_SENT',
  'SYN_RCVD',
  'ESTABLISHED',
  'FIN_WAIT_1',
  'FIN_WAIT_2',
  'CLOSE_WAIT',
  'CLOSING',
  'LAST_ACK',
  'TIME_WAIT',
];

export const EVENTS: Event[] = [
  'APP_PASSIVE_OPEN',
  'APP_ACTIVE_OPEN',
  'APP_SEND',
  'APP_CLOSE',
  'APP_ABORT',
  'APP_TIMEOUT',
  'RCV_SYN',
  'RCV_ACK',
  'RCV_SYN_ACK',
  'RCV_FIN',
  'RCV_FIN_ACK',
  'RCV_RST',
];

/** Names that are not events: inherited object keys, case and spacing variants, near misses. */
export const UNKNOWN_EVENTS = [
  '',
  'toString',
  'constructor',
  '__proto__',
  'hasOwnProperty',
  'valueOf',
  'app_passive_open',
  ' APP_PASSIVE_OPEN',
  'APP_ACTIVE_OPEN ',
  'RCV_SYN+ACK',
  'RCV_DATA',
  'APP_OPEN',
  'ERROR',
  'CLOSED',
];

// --- Task 1: the kata's 20 transitions, keyed "STATE EVENT" -------------------------------------------------

const KATA_TRANSITIONS: Array<[State, Event, State]> = [
  ['CLOSED', 'APP_PASSIVE_OPEN', 'LISTEN'],
  ['CLOSED', 'APP_ACTIVE_OPEN', 'SYN_SENT'],
  ['LISTEN', 'RCV_SYN', 'SYN_RCVD'],
  ['LISTEN', 'APP_SEND', 'SYN_SENT'],
  ['LISTEN', 'APP_CLOSE', 'CLOSED'],
  ['SYN_RCVD', 'APP_CLOSE', 'FIN_WAIT_1'],
  ['SYN_RCVD', 'RCV_ACK', 'ESTABLISHED'],
  ['SYN_SENT', 'RCV_SYN', 'SYN_RCVD'],
  ['SYN_SENT', 'RCV_SYN_ACK', 'ESTABLISHED'],
  ['SYN_SENT', 'APP_CLOSE', 'CLOSED'],
  ['ESTABLISHED', 'APP_CLOSE', 'FIN_WAIT_1'],
  ['ESTABLISHED', 'RCV_FIN', 'CLOSE_WAIT'],
  ['FIN_WAIT_1', 'RCV_FIN', 'CLOSING'],
  ['FIN_WAIT_1', 'RCV_FIN_ACK', 'TIME_WAIT'],
  ['FIN_WAIT_1', 'RCV_ACK', 'FIN_WAIT_2'],
  ['CLOSING', 'RCV_ACK', 'TIME_WAIT'],
  ['FIN_WAIT_2', 'RCV_FIN', 'TIME_WAIT'],
  ['TIME_WAIT', 'APP_TIMEOUT', 'CLOSED'],
  ['CLOSE_WAIT', 'APP_CLOSE', 'LAST_ACK'],
  ['LAST_ACK', 'RCV_ACK', 'CLOSED'],
];
const KATA = new Map(KATA_TRANSITIONS.map(([from, event, to]) => [`${from} ${event}`, to]));

/** The kata's answer for one state and event. */
export function kataStep(state: State, event: string): State | 'ERROR' {
  return KATA.get(`${state} ${event}`) ?? 'ERROR';
}

/** The kata, the obvious way. */
export function kataModel(events: readonly string[]): State | 'ERROR' {
  let state: State | 'ERROR' = 'CLOSED';
  for (const event of events) if (state !== 'ERROR') state = kataStep(state, event);
  return state;
}

/** The events the kata accepts in `state`, in table order. */
export function kataEvents(state: State): Event[] {
  return KATA_TRANSITIONS.filter(([from]) => from === state).map(([, event]) => event);
}

/** A short way to each state, valid in the kata and in the RFC model alike. */
export const PATHS: Record<State, Event[]> = {
  CLOSED: [],
  LISTEN: ['APP_PASSIVE_OPEN'],
  SYN_SENT: ['APP_ACTIVE_OPEN'],
  SYN_RCVD: ['APP_PASSIVE_OPEN', 'RCV_SYN'],
  ESTABLISHED: ['APP_ACTIVE_OPEN', 'RCV_SYN_ACK'],
  FIN_WAIT_1: ['APP_ACTIVE_OPEN', 'RCV_SYN_ACK', 'APP_CLOSE'],
  FIN_WAIT_2: ['APP_ACTIVE_OPEN', 'RCV_SYN_ACK', 'APP_CLOSE', 'RCV_ACK'],
  CLOSE_WAIT: ['APP_ACTIVE_OPEN', 'RCV_SYN_ACK', 'RCV_FIN'],
  CLOSING: ['APP_ACTIVE_OPEN', 'RCV_SYN_ACK', 'APP_CLOSE', 'RCV_FIN'],
  LAST_ACK: ['APP_ACTIVE_OPEN', 'RCV_SYN_ACK', 'RCV_FIN', 'APP_CLOSE'],
  TIME_WAIT: ['APP_ACTIVE_OPEN', 'RCV_SYN_ACK', 'APP_CLOSE', 'RCV_FIN_ACK'],
};

// --- Task 2: the RFC 9293 table --------------------------------------------------------------------------------

const RFC_TRANSITIONS: Array<[State, Event, State, Segment[]]> = [
  ['CLOSED', 'APP_PASSIVE_OPEN', 'LISTEN', []],
  ['CLOSED', 'APP_ACTIVE_OPEN', 'SYN_SENT', ['SYN']],
  ['LISTEN', 'RCV_SYN', 'SYN_RCVD', ['SYN+ACK']],
  ['LISTEN', 'APP_SEND', 'SYN_SENT', ['SYN']],
  ['LISTEN', 'APP_CLOSE', 'CLOSED', []],
  ['LISTEN', 'APP_ABORT', 'CLOSED', []],
  ['LISTEN', 'RCV_RST', 'LISTEN', []],
  ['SYN_SENT', 'RCV_SYN', 'SYN_RCVD', ['SYN+ACK']],
  ['SYN_SENT', 'RCV_SYN_ACK', 'ESTABLISHED', ['ACK']],
  ['SYN_SENT', 'APP_CLOSE', 'CLOSED', []],
  ['SYN_SENT', 'APP_ABORT', 'CLOSED', []],
  ['SYN_SENT', 'RCV_RST', 'CLOSED', []],
  ['SYN_RCVD', 'RCV_ACK', 'ESTABLISHED', []],
  ['SYN_RCVD', 'RCV_SYN_ACK', 'ESTABLISHED', []],
  ['SYN_RCVD', 'APP_CLOSE', 'FIN_WAIT_1', ['FIN']],
  ['SYN_RCVD', 'RCV_FIN', 'CLOSE_WAIT', ['ACK']],
  ['SYN_RCVD', 'APP_ABORT', 'CLOSED', ['RST']],
  ['SYN_RCVD', 'RCV_RST', 'CLOSED', []], // LISTEN after a passive open: see Model.apply
  ['ESTABLISHED', 'APP_SEND', 'ESTABLISHED', ['DATA']],
  ['ESTABLISHED', 'RCV_ACK', 'ESTABLISHED', []],
  ['ESTABLISHED', 'APP_CLOSE', 'FIN_WAIT_1', ['FIN']],
  ['ESTABLISHED', 'RCV_FIN', 'CLOSE_WAIT', ['ACK']],
  ['ESTABLISHED', 'APP_ABORT', 'CLOSED', ['RST']],
  ['ESTABLISHED', 'RCV_RST', 'CLOSED', []],
  ['FIN_WAIT_1', 'RCV_ACK', 'FIN_WAIT_2', []],
  ['FIN_WAIT_1', 'RCV_FIN', 'CLOSING', ['ACK']],
  ['FIN_WAIT_1', 'RCV_FIN_ACK', 'TIME_WAIT', ['ACK']],
  ['FIN_WAIT_1', 'APP_ABORT', 'CLOSED', ['RST']],
  ['FIN_WAIT_1', 'RCV_RST', 'CLOSED', []],
  ['FIN_WAIT_2', 'RCV_FIN', 'TIME_WAIT', ['ACK']],
  ['FIN_WAIT_2', 'APP_ABORT', 'CLOSED', ['RST']],
  ['FIN_WAIT_2', 'RCV_RST', 'CLOSED', []],
  ['CLOSE_WAIT', 'APP_SEND', 'CLOSE_WAIT', ['DATA']],
  ['CLOSE_WAIT', 'RCV_ACK', 'CLOSE_WAIT', []],
  ['CLOSE_WAIT', 'APP_CLOSE', 'LAST_ACK', ['FIN']],
  ['CLOSE_WAIT', 'APP_ABORT', 'CLOSED', ['RST']],
  ['CLOSE_WAIT', 'RCV_RST', 'CLOSED', []],
  ['CLOSING', 'RCV_ACK', 'TIME_WAIT', []],
  ['CLOSING', 'APP_ABORT', 'CLOSED', []],
  ['CLOSING', 'RCV_RST', 'CLOSED', []],
  ['LAST_ACK', 'RCV_ACK', 'CLOSED', []],
  ['LAST_ACK', 'APP_ABORT', 'CLOSED', []],
  ['LAST_ACK', 'RCV_RST', 'CLOSED', []],
  ['TIME_WAIT', 'APP_TIMEOUT', 'CLOSED', []],
  ['TIME_WAIT', 'RCV_FIN', 'TIME_WAIT', ['ACK']],
  ['TIME_WAIT', 'APP_ABORT', 'CLOSED', []],
  ['TIME_WAIT', 'RCV_RST', 'CLOSED', []],
];
const RFC = new Map(RFC_TRANSITIONS.map(([from, event, to, send]) => [`${from} ${event}`, { to, send }]));

/** The RFC 9293 connection, the obvious way: a flag remembers whether SYN_RCVD came from LISTEN. */
export class Model {
  state: State = 'CLOSED';
  readonly history: Step[] = [];
  private passive = false;

  /** The step, or null when the event is rejected (and nothing changes). */
  apply(event: string): Step | null {
    const rule = RFC.get(`${this.state} ${event}`);
    if (!rule) return null;
    let to = rule.to;
    if (this.state === 'SYN_RCVD' && event === 'RCV_RST') to = this.passive ? 'LISTEN' : 'CLOSED';
    if (to === 'SYN_RCVD') this.passive = this.state === 'LISTEN';
    const step: Step = { from: this.state, event: event as Event, to, send: [...rule.send] };
    this.history.push(step);
    this.state = to;
    return step;
  }

  /** The events this model accepts now, in the order of EVENTS. */
  accepted(): Event[] {
    return EVENTS.filter((event) => RFC.has(`${this.state} ${event}`));
  }
}

/** A model after `events`, all of which must be accepted. */
export function modelAfter(events: readonly Event[]): Model {
  const model = new Model();
  for (const event of events) {
    if (!model.apply(event)) throw new Error(`reference path rejected ${event} in ${model.state}`);
  }
  return model;
}

/** Ways into every state, SYN_RCVD by each route that matters for its RST. */
export const RFC_PATHS: Array<{ name: string; state: State; events: Event[] }> = [
  ...STATES.filter((state) => state !== 'SYN_RCVD').map((state) => ({ name: state, state, events: PATHS[state] })),
  { name: 'SYN_RCVD (passive: LISTEN + RCV_SYN)', state: 'SYN_RCVD', events: ['APP_PASSIVE_OPEN', 'RCV_SYN'] },
  { name: 'SYN_RCVD (active: SYN_SENT + RCV_SYN)', state: 'SYN_RCVD', events: ['APP_ACTIVE_OPEN', 'RCV_SYN'] },
  {
    name: 'SYN_RCVD (LISTEN + APP_SEND, then RCV_SYN: active)',
    state: 'SYN_RCVD',
    events: ['APP_PASSIVE_OPEN', 'APP_SEND', 'RCV_SYN'],
  },
  { name: 'ESTABLISHED (passive open)', state: 'ESTABLISHED', events: ['APP_PASSIVE_OPEN', 'RCV_SYN', 'RCV_ACK'] },
  {
    name: 'FIN_WAIT_1 (closed from SYN_RCVD)',
    state: 'FIN_WAIT_1',
    events: ['APP_PASSIVE_OPEN', 'RCV_SYN', 'APP_CLOSE'],
  },
];

// --- Random event sequences ------------------------------------------------------------------------------------

/** Any event or unknown name, uniformly. */
export const anyEventName = fc.constantFrom<string>(...EVENTS, ...UNKNOWN_EVENTS);

/**
 * A choice at each step: mostly "take the n-th accepted event" (so sequences get deep into the machine), now and
 * then a stray name. `resolve` turns the choices into concrete events against a table.
 */
export const choices = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: fc.nat().map((n) => ({ pick: n })) },
    { weight: 1, arbitrary: anyEventName.map((name) => ({ stray: name })) },
  ),
  { maxLength: 40 },
);

export type Choice = { pick: number } | { stray: string };

/** The events the choices make, given what is accepted in each state. */
export function resolve(list: readonly Choice[], accepted: (events: readonly string[]) => readonly string[]): string[] {
  const events: string[] = [];
  for (const choice of list) {
    if ('stray' in choice) {
      events.push(choice.stray);
    } else {
      const options = accepted(events);
      if (options.length > 0) events.push(options[choice.pick % options.length]!);
    }
  }
  return events;
}

/** What the kata accepts after `events` (nothing once it has failed). */
export function kataAccepted(events: readonly string[]): Event[] {
  const state = kataModel(events);
  return state === 'ERROR' ? [] : kataEvents(state);
}

/** What the RFC model accepts after `events` (rejected ones change nothing). */
export function rfcAccepted(events: readonly string[]): Event[] {
  const model = new Model();
  for (const event of events) model.apply(event);
  return model.accepted();
}

// --- Task 3: the five timelines ---------------------------------------------------------------------------------

export const SCENARIOS: ScenarioName[] = ['normal', 'simultaneous-open', 'simultaneous-close', 'lost-final-ack', 'reset'];

const entry = (from: Side, segment: Segment, client: State, server: State, lost = false): TimelineEntry => ({
  from,
  segment,
  lost,
  client,
  server,
});

const HANDSHAKE = [
  entry('client', 'SYN', 'SYN_SENT', 'SYN_RCVD'),
  entry('server', 'SYN+ACK', 'ESTABLISHED', 'SYN_RCVD'),
  entry('client', 'ACK', 'ESTABLISHED', 'ESTABLISHED'),
];

const DATA_AND_CLOSE = [
  entry('client', 'DATA', 'ESTABLISHED', 'ESTABLISHED'),
  entry('server', 'ACK', 'ESTABLISHED', 'ESTABLISHED'),
  entry('client', 'FIN', 'FIN_WAIT_1', 'CLOSE_WAIT'),
  entry('server', 'ACK', 'FIN_WAIT_2', 'CLOSE_WAIT'),
  entry('server', 'FIN', 'TIME_WAIT', 'LAST_ACK'),
];

/** Every acceptable timeline of each scenario (two where the exercise allows either order), and the final states. */
export const EXPECTED: Record<ScenarioName, { timelines: TimelineEntry[][]; client: State; server: State }> = {
  normal: {
    timelines: [[...HANDSHAKE, ...DATA_AND_CLOSE, entry('client', 'ACK', 'TIME_WAIT', 'CLOSED')]],
    client: 'CLOSED',
    server: 'CLOSED',
  },
  'simultaneous-open': {
    timelines: [
      [
        entry('client', 'SYN', 'SYN_SENT', 'SYN_RCVD'),
        entry('server', 'SYN', 'SYN_RCVD', 'SYN_RCVD'),
        entry('server', 'SYN+ACK', 'ESTABLISHED', 'SYN_RCVD'),
        entry('client', 'SYN+ACK', 'ESTABLISHED', 'ESTABLISHED'),
      ],
      [
        entry('client', 'SYN', 'SYN_SENT', 'SYN_RCVD'),
        entry('server', 'SYN', 'SYN_RCVD', 'SYN_RCVD'),
        entry('client', 'SYN+ACK', 'SYN_RCVD', 'ESTABLISHED'),
        entry('server', 'SYN+ACK', 'ESTABLISHED', 'ESTABLISHED'),
      ],
    ],
    client: 'ESTABLISHED',
    server: 'ESTABLISHED',
  },
  'simultaneous-close': {
    timelines: [
      [
        ...HANDSHAKE,
        entry('client', 'FIN', 'FIN_WAIT_1', 'CLOSING'),
        entry('server', 'FIN', 'CLOSING', 'CLOSING'),
        entry('server', 'ACK', 'TIME_WAIT', 'CLOSING'),
        entry('client', 'ACK', 'TIME_WAIT', 'TIME_WAIT'),
      ],
      [
        ...HANDSHAKE,
        entry('client', 'FIN', 'FIN_WAIT_1', 'CLOSING'),
        entry('server', 'FIN', 'CLOSING', 'CLOSING'),
        entry('client', 'ACK', 'CLOSING', 'TIME_WAIT'),
        entry('server', 'ACK', 'TIME_WAIT', 'TIME_WAIT'),
      ],
    ],
    client: 'CLOSED',
    server: 'CLOSED',
  },
  'lost-final-ack': {
    timelines: [
      [
        ...HANDSHAKE,
        ...DATA_AND_CLOSE,
        entry('client', 'ACK', 'TIME_WAIT', 'LAST_ACK', true),
        entry('server', 'FIN', 'TIME_WAIT', 'LAST_ACK'),
        entry('client', 'ACK', 'TIME_WAIT', 'CLOSED'),
      ],
    ],
    client: 'CLOSED',
    server: 'CLOSED',
  },
  reset: {
    timelines: [[...HANDSHAKE, entry('server', 'RST', 'CLOSED', 'CLOSED')]],
    client: 'CLOSED',
    server: 'CLOSED',
  },
};

/** The acceptable timeline that agrees longest with `actual`: the one to show in a diff. */
export function closest(timelines: TimelineEntry[][], actual: readonly TimelineEntry[]): TimelineEntry[] {
  const same = (a: TimelineEntry, b: TimelineEntry | undefined) =>
    b !== undefined && a.from === b.from && a.segment === b.segment && a.lost === b.lost && a.client === b.client && a.server === b.server;
  const agreement = (expected: TimelineEntry[]) => {
    let i = 0;
    while (i < expected.length && same(expected[i]!, actual[i])) i++;
    return i;
  };
  return timelines.reduce((best, candidate) => (agreement(candidate) > agreement(best) ? candidate : best));
}

/** "client SYN", "server SYN+ACK", …: the wire without the states, for readable diffs. */
export const wire = (timeline: readonly TimelineEntry[]): string[] =>
  timeline.map((e) => `${e.from} ${e.segment}${e.lost ? ' (lost)' : ''}`);
