import type { Mutant } from '../src/mutant.ts';

export default [
  // Task 1: the classic table
  {
    name: 'kata without the simultaneous open (SYN_SENT + RCV_SYN missing)',
    task: 1,
    find: "SYN_SENT: { RCV_SYN: 'SYN_RCVD', RCV_SYN_ACK: 'ESTABLISHED', APP_CLOSE: 'CLOSED' },",
    replace: "SYN_SENT: { RCV_SYN_ACK: 'ESTABLISHED', APP_CLOSE: 'CLOSED' },",
  },
  {
    name: 'kata without the simultaneous close (FIN_WAIT_1 + RCV_FIN missing)',
    task: 1,
    find: "FIN_WAIT_1: { RCV_FIN: 'CLOSING', RCV_FIN_ACK: 'TIME_WAIT', RCV_ACK: 'FIN_WAIT_2' },",
    replace: "FIN_WAIT_1: { RCV_FIN_ACK: 'TIME_WAIT', RCV_ACK: 'FIN_WAIT_2' },",
  },
  {
    name: 'kata: FIN_WAIT_1 + RCV_FIN_ACK goes to FIN_WAIT_2',
    task: 1,
    find: "RCV_FIN_ACK: 'TIME_WAIT', RCV_ACK: 'FIN_WAIT_2' },",
    replace: "RCV_FIN_ACK: 'FIN_WAIT_2', RCV_ACK: 'FIN_WAIT_2' },",
  },
  {
    name: 'kata: CLOSING + RCV_ACK skips TIME_WAIT',
    task: 1,
    find: "CLOSING: { RCV_ACK: 'TIME_WAIT' },",
    replace: "CLOSING: { RCV_ACK: 'CLOSED' },",
  },
  {
    name: 'kata: the passive closer waits in TIME_WAIT (LAST_ACK + RCV_ACK)',
    task: 1,
    find: "LAST_ACK: { RCV_ACK: 'CLOSED' },",
    replace: "LAST_ACK: { RCV_ACK: 'TIME_WAIT' },",
  },
  {
    name: 'kata: LISTEN + APP_SEND missing',
    task: 1,
    find: "LISTEN: { RCV_SYN: 'SYN_RCVD', APP_SEND: 'SYN_SENT', APP_CLOSE: 'CLOSED' },",
    replace: "LISTEN: { RCV_SYN: 'SYN_RCVD', APP_CLOSE: 'CLOSED' },",
  },
  {
    name: 'kata: SYN_RCVD + APP_CLOSE goes straight to CLOSED',
    task: 1,
    find: "SYN_RCVD: { APP_CLOSE: 'FIN_WAIT_1', RCV_ACK: 'ESTABLISHED' },",
    replace: "SYN_RCVD: { APP_CLOSE: 'CLOSED', RCV_ACK: 'ESTABLISHED' },",
  },
  {
    name: 'kata accepts RCV_RST in ESTABLISHED (borrowed from the RFC model)',
    task: 1,
    find: "ESTABLISHED: { APP_CLOSE: 'FIN_WAIT_1', RCV_FIN: 'CLOSE_WAIT' },",
    replace: "ESTABLISHED: { APP_CLOSE: 'FIN_WAIT_1', RCV_FIN: 'CLOSE_WAIT', RCV_RST: 'CLOSED' },",
  },
  {
    name: 'kata skips a bad event instead of answering ERROR',
    task: 1,
    find: "if (next === undefined) return 'ERROR';",
    replace: 'if (next === undefined) continue;',
  },
  {
    name: 'kata looks events up with `in`, so inherited names such as toString pass',
    task: 1,
    find: 'return Object.hasOwn(row, event) ? row[event as Event] : undefined;',
    replace: 'return event in row ? row[event as Event] : undefined;',
  },
  {
    name: 'kata keeps its state between calls (module-level variable)',
    task: 1,
    find: "export function traverseStates(events: string[]): State | 'ERROR' {\n  let state: State = 'CLOSED';",
    replace: "let state: State = 'CLOSED';\nexport function traverseStates(events: string[]): State | 'ERROR' {",
  },

  // Task 2: the RFC 9293 model
  {
    name: 'RFC model without the simultaneous open (SYN_SENT + RCV_SYN missing)',
    task: 2,
    find: "RCV_SYN: go('SYN_RCVD', 'SYN+ACK'), // §3.10.7.3",
    replace: '// §3.10.7.3',
  },
  {
    name: 'RFC model: SYN_RCVD + RCV_SYN_ACK missing (simultaneous open never completes)',
    task: 2,
    find: "RCV_SYN_ACK: go('ESTABLISHED'), // §3.5, Figure 7",
    replace: '// §3.5, Figure 7',
  },
  {
    name: 'RFC model without the simultaneous close (FIN_WAIT_1 + RCV_FIN missing)',
    task: 2,
    find: "RCV_FIN: go('CLOSING', 'ACK'),",
    replace: '',
  },
  {
    name: 'RFC model: FIN_WAIT_1 + RCV_FIN_ACK goes to FIN_WAIT_2',
    task: 2,
    find: "RCV_FIN_ACK: go('TIME_WAIT', 'ACK'),",
    replace: "RCV_FIN_ACK: go('FIN_WAIT_2', 'ACK'),",
  },
  {
    name: 'RFC model: CLOSING + RCV_ACK missing',
    task: 2,
    find: "RCV_ACK: go('TIME_WAIT'), // §3.10.7.4, fifth: our FIN is acknowledged",
    replace: '',
  },
  {
    name: 'RST in SYN_RCVD always goes back to LISTEN',
    task: 2,
    find: "return this.#history.at(-1)!.from === 'LISTEN' ? 'LISTEN' : 'CLOSED';",
    replace: "return 'LISTEN';",
  },
  {
    name: 'RST in SYN_RCVD always closes',
    task: 2,
    find: "return this.#history.at(-1)!.from === 'LISTEN' ? 'LISTEN' : 'CLOSED';",
    replace: "return 'CLOSED';",
  },
  {
    name: 'RST in SYN_RCVD goes to LISTEN whenever the connection was ever in LISTEN (LISTEN + APP_SEND counted as passive)',
    task: 2,
    find: "return this.#history.at(-1)!.from === 'LISTEN' ? 'LISTEN' : 'CLOSED';",
    replace: "return this.#history.some((step) => step.to === 'LISTEN') ? 'LISTEN' : 'CLOSED';",
  },
  {
    name: 'RST in SYN_RCVD goes to LISTEN when the first event was a passive open',
    task: 2,
    find: "return this.#history.at(-1)!.from === 'LISTEN' ? 'LISTEN' : 'CLOSED';",
    replace: "return this.#history[0]!.event === 'APP_PASSIVE_OPEN' ? 'LISTEN' : 'CLOSED';",
  },
  {
    name: 'RST in LISTEN closes instead of being ignored',
    task: 2,
    find: "RCV_RST: go('LISTEN'),",
    replace: "RCV_RST: go('CLOSED'),",
  },
  {
    name: 'TIME_WAIT does not re-ACK a retransmitted FIN',
    task: 2,
    find: "RCV_FIN: go('TIME_WAIT', 'ACK'), // §3.10.7.4, eighth: our last ACK was lost",
    replace: '// §3.10.7.4, eighth: our last ACK was lost',
  },
  {
    name: 'APP_ABORT in ESTABLISHED sends no RST',
    task: 2,
    find: "APP_SEND: go('ESTABLISHED', 'DATA'), // §3.10.2\n    RCV_ACK: go('ESTABLISHED'), // §3.10.7.4, fifth: acknowledges data\n    APP_CLOSE: go('FIN_WAIT_1', 'FIN'), // §3.10.4\n    RCV_FIN: go('CLOSE_WAIT', 'ACK'), // §3.10.7.4, eighth: the peer has finished sending (half-close, §3.6.1)\n    APP_ABORT: go('CLOSED', 'RST'),",
    replace: "APP_SEND: go('ESTABLISHED', 'DATA'), // §3.10.2\n    RCV_ACK: go('ESTABLISHED'), // §3.10.7.4, fifth: acknowledges data\n    APP_CLOSE: go('FIN_WAIT_1', 'FIN'), // §3.10.4\n    RCV_FIN: go('CLOSE_WAIT', 'ACK'), // §3.10.7.4, eighth: the peer has finished sending (half-close, §3.6.1)\n    APP_ABORT: go('CLOSED'),",
  },
  {
    name: 'APP_ABORT in CLOSING sends a RST although both FINs are out',
    task: 2,
    find: "APP_ABORT: go('CLOSED'), // §3.10.5: both FINs are out, so no RST",
    replace: "APP_ABORT: go('CLOSED', 'RST'),",
  },
  {
    name: 'a refused event is still recorded in history',
    task: 2,
    find: 'if (!rule) throw new TransitionError(this.#state, event);',
    replace:
      'if (!rule) {\n      this.#history.push({ from: this.#state, event, to: this.#state, send: [] });\n      throw new TransitionError(this.#state, event);\n    }',
  },
  {
    name: 'a refused event resets the connection to CLOSED',
    task: 2,
    find: 'if (!rule) throw new TransitionError(this.#state, event);',
    replace: "if (!rule) {\n      this.#state = 'CLOSED';\n      throw new TransitionError(this.#state, event);\n    }",
  },
  {
    name: 'a refused event throws a plain Error instead of TransitionError',
    task: 2,
    find: 'if (!rule) throw new TransitionError(this.#state, event);',
    replace: 'if (!rule) throw new Error(`event ${event} is not allowed in state ${this.#state}`);',
  },
  {
    name: 'history hands out the internal array',
    task: 2,
    find: 'return this.#history.map(copyStep);',
    replace: 'return this.#history;',
  },
  {
    name: 'history copies the array but shares the steps',
    task: 2,
    find: 'return this.#history.map(copyStep);',
    replace: 'return [...this.#history];',
  },
  {
    name: 'handle returns the step stored in history',
    task: 2,
    find: 'return copyStep(step);',
    replace: 'return step;',
  },
  {
    name: 'state has a setter: anyone can move the connection',
    task: 2,
    find: 'get state(): State {\n    return this.#state;\n  }',
    replace: 'get state(): State {\n    return this.#state;\n  }\n\n  set state(value: State) {\n    this.#state = value;\n  }',
  },

  // Task 3: two endpoints
  {
    name: 'segments delivered the moment they are sent: nothing ever crosses',
    task: 3,
    find: 'this.send(side, this.endpoints[side].handle(event).send);',
    replace: 'this.send(side, this.endpoints[side].handle(event).send);\n    this.deliver();',
  },
  {
    name: 'the wire delivers the newest segment first (a stack, not a queue)',
    task: 3,
    find: 'for (let next = this.#wire.shift(); next; next = this.#wire.shift()) {',
    replace: 'for (let next = this.#wire.pop(); next; next = this.#wire.pop()) {',
  },
  {
    name: 'timeline records the states before the receiver handles the segment',
    task: 3,
    find:
      "      const receiver = peerOf(from);\n      if (!lost) {\n        // §3.10.7.4, seventh: received text is acknowledged; the state does not change.\n        const answer = segment === 'DATA' ? ['ACK' as const] : this.endpoints[receiver].handle(ARRIVES_AS[segment]).send;\n        this.send(receiver, answer);\n      }\n      this.timeline.push({ from, segment, lost, client: this.endpoints.client.state, server: this.endpoints.server.state });",
    replace:
      "      const receiver = peerOf(from);\n      this.timeline.push({ from, segment, lost, client: this.endpoints.client.state, server: this.endpoints.server.state });\n      if (!lost) {\n        // §3.10.7.4, seventh: received text is acknowledged; the state does not change.\n        const answer = segment === 'DATA' ? ['ACK' as const] : this.endpoints[receiver].handle(ARRIVES_AS[segment]).send;\n        this.send(receiver, answer);\n      }",
  },
  {
    name: 'DATA is not acknowledged',
    task: 3,
    find: "segment === 'DATA' ? ['ACK' as const] :",
    replace: "segment === 'DATA' ? [] :",
  },
  {
    name: 'a lost segment is delivered anyway',
    task: 3,
    find: 'if (!lost) {',
    replace: 'if (lost || !lost) {',
  },
  {
    name: 'lost segments are not marked lost in the timeline',
    task: 3,
    find: 'this.timeline.push({ from, segment, lost, client:',
    replace: 'this.timeline.push({ from, segment, lost: false, client:',
  },
  {
    name: 'TIME_WAIT never times out: final states left in TIME_WAIT',
    task: 3,
    find: "if (connection.state === 'TIME_WAIT') connection.handle('APP_TIMEOUT');",
    replace: '',
  },
  {
    name: 'lost-final-ack without the retransmitted FIN',
    task: 3,
    find: "net.send('server', ['FIN']);",
    replace: '',
  },
  {
    name: 'lost-final-ack loses the handshake ACK instead of the last one',
    task: 3,
    find: "    handshake(net);\n    // After the handshake, the next ACK the client sends is its last: the one that answers the server's FIN.\n    net.lose('client', 'ACK');",
    replace: "    net.lose('client', 'ACK');\n    handshake(net);",
  },
  {
    name: 'simultaneous open where the server listens instead of opening actively',
    task: 3,
    find: "net.act('client', 'APP_ACTIVE_OPEN');\n    net.act('server', 'APP_ACTIVE_OPEN');",
    replace: "net.act('server', 'APP_PASSIVE_OPEN');\n    net.act('client', 'APP_ACTIVE_OPEN');",
  },
  {
    name: "simultaneous close where the client's FIN arrives before the server closes (an ordinary close)",
    task: 3,
    find: "net.act('client', 'APP_CLOSE');\n    net.act('server', 'APP_CLOSE');\n    net.deliver();",
    replace: "net.act('client', 'APP_CLOSE');\n    net.deliver();\n    net.act('server', 'APP_CLOSE');\n    net.deliver();",
  },
  {
    name: 'normal scenario without the DATA exchange',
    task: 3,
    find: "net.act('client', 'APP_SEND');\n  net.deliver();",
    replace: '',
  },
  {
    name: 'reset scenario closes gracefully instead of aborting',
    task: 3,
    find: "net.act('server', 'APP_ABORT');",
    replace: "net.act('server', 'APP_CLOSE');",
  },
  {
    name: 'the server closes without waiting for the client FIN to arrive',
    task: 3,
    find: "  net.act('client', 'APP_CLOSE');\n  net.deliver();\n  net.act('server', 'APP_CLOSE');",
    replace: "  net.act('client', 'APP_CLOSE');\n  net.act('server', 'APP_CLOSE');",
  },
] satisfies Mutant[];
