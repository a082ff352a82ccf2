import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { traverseStates } from '@impl/tcp-fsm';
import { EVENTS, PATHS, STATES, UNKNOWN_EVENTS, anyEventName, choices, kataAccepted, kataModel, kataStep, resolve } from './reference.ts';

describe('task 1: the classic table', () => {
  describe('whole connections', () => {
    it('stays in CLOSED when there are no events', () => {
      expect(traverseStates([])).toBe('CLOSED');
    });

    it('opens passively: APP_PASSIVE_OPEN, RCV_SYN, RCV_ACK ends in ESTABLISHED', () => {
      expect(traverseStates(['APP_PASSIVE_OPEN', 'RCV_SYN', 'RCV_ACK'])).toBe('ESTABLISHED');
    });

    it('opens actively: APP_ACTIVE_OPEN, RCV_SYN_ACK ends in ESTABLISHED', () => {
      expect(traverseStates(['APP_ACTIVE_OPEN', 'RCV_SYN_ACK'])).toBe('ESTABLISHED');
    });

    it('closes actively through FIN_WAIT_1, FIN_WAIT_2 and TIME_WAIT to CLOSED', () => {
      const open = ['APP_ACTIVE_OPEN', 'RCV_SYN_ACK'];
      expect(traverseStates([...open, 'APP_CLOSE'])).toBe('FIN_WAIT_1');
      expect(traverseStates([...open, 'APP_CLOSE', 'RCV_ACK'])).toBe('FIN_WAIT_2');
      expect(traverseStates([...open, 'APP_CLOSE', 'RCV_ACK', 'RCV_FIN'])).toBe('TIME_WAIT');
      expect(traverseStates([...open, 'APP_CLOSE', 'RCV_ACK', 'RCV_FIN', 'APP_TIMEOUT'])).toBe('CLOSED');
    });

    it('closes passively through CLOSE_WAIT and LAST_ACK to CLOSED', () => {
      const open = ['APP_PASSIVE_OPEN', 'RCV_SYN', 'RCV_ACK'];
      expect(traverseStates([...open, 'RCV_FIN'])).toBe('CLOSE_WAIT');
      expect(traverseStates([...open, 'RCV_FIN', 'APP_CLOSE'])).toBe('LAST_ACK');
      expect(traverseStates([...open, 'RCV_FIN', 'APP_CLOSE', 'RCV_ACK'])).toBe('CLOSED');
    });

    it('opens simultaneously: SYN_SENT + RCV_SYN goes to SYN_RCVD, then RCV_ACK to ESTABLISHED', () => {
      expect(traverseStates(['APP_ACTIVE_OPEN', 'RCV_SYN'])).toBe('SYN_RCVD');
      expect(traverseStates(['APP_ACTIVE_OPEN', 'RCV_SYN', 'RCV_ACK'])).toBe('ESTABLISHED');
    });

    it('closes simultaneously: FIN_WAIT_1 + RCV_FIN goes to CLOSING, then RCV_ACK to TIME_WAIT', () => {
      const closing = ['APP_ACTIVE_OPEN', 'RCV_SYN_ACK', 'APP_CLOSE', 'RCV_FIN'];
      expect(traverseStates(closing)).toBe('CLOSING');
      expect(traverseStates([...closing, 'RCV_ACK'])).toBe('TIME_WAIT');
      expect(traverseStates([...closing, 'RCV_ACK', 'APP_TIMEOUT'])).toBe('CLOSED');
    });

    it('takes FIN_WAIT_1 + RCV_FIN_ACK straight to TIME_WAIT, not to FIN_WAIT_2', () => {
      expect(traverseStates(['APP_ACTIVE_OPEN', 'RCV_SYN_ACK', 'APP_CLOSE', 'RCV_FIN_ACK'])).toBe('TIME_WAIT');
    });

    it('turns a listening socket active: LISTEN + APP_SEND goes to SYN_SENT', () => {
      expect(traverseStates(['APP_PASSIVE_OPEN', 'APP_SEND'])).toBe('SYN_SENT');
      expect(traverseStates(['APP_PASSIVE_OPEN', 'APP_SEND', 'RCV_SYN_ACK'])).toBe('ESTABLISHED');
    });

    it('closes from LISTEN and SYN_SENT straight to CLOSED, and from SYN_RCVD to FIN_WAIT_1', () => {
      expect(traverseStates(['APP_PASSIVE_OPEN', 'APP_CLOSE'])).toBe('CLOSED');
      expect(traverseStates(['APP_ACTIVE_OPEN', 'APP_CLOSE'])).toBe('CLOSED');
      expect(traverseStates(['APP_PASSIVE_OPEN', 'RCV_SYN', 'APP_CLOSE'])).toBe('FIN_WAIT_1');
    });

    it('runs several connections one after another', () => {
      const once = ['APP_PASSIVE_OPEN', 'RCV_SYN', 'RCV_ACK', 'RCV_FIN', 'APP_CLOSE', 'RCV_ACK'];
      expect(traverseStates([...once, ...once, 'APP_ACTIVE_OPEN'])).toBe('SYN_SENT');
    });
  });

  describe('ERROR', () => {
    it('answers ERROR for an event the state does not accept: CLOSED + RCV_ACK', () => {
      expect(traverseStates(['RCV_ACK'])).toBe('ERROR');
    });

    it('stops at the first bad event: what follows cannot bring the machine back', () => {
      expect(traverseStates(['APP_PASSIVE_OPEN', 'RCV_ACK', 'RCV_SYN'])).toBe('ERROR');
      expect(traverseStates(['APP_TIMEOUT', 'APP_ACTIVE_OPEN'])).toBe('ERROR');
      expect(traverseStates(['APP_ACTIVE_OPEN', 'APP_ACTIVE_OPEN', 'RCV_SYN_ACK'])).toBe('ERROR');
    });

    it.each(STATES)('answers ERROR for RCV_RST and APP_ABORT in %s: the kata has neither', (state) => {
      expect(traverseStates([...PATHS[state], 'RCV_RST'])).toBe('ERROR');
      expect(traverseStates([...PATHS[state], 'APP_ABORT'])).toBe('ERROR');
    });

    it.each(UNKNOWN_EVENTS.map((name) => [JSON.stringify(name), name]))(
      'answers ERROR for the unknown event name %s, first or after a valid event',
      (_label, name) => {
        expect(traverseStates([name])).toBe('ERROR');
        expect(traverseStates(['APP_PASSIVE_OPEN', name])).toBe('ERROR');
        expect(traverseStates(['APP_ACTIVE_OPEN', 'RCV_SYN_ACK', name, 'APP_CLOSE'])).toBe('ERROR');
      },
    );

    it('answers ERROR for ESTABLISHED + APP_SEND, which only the RFC model allows', () => {
      expect(traverseStates(['APP_ACTIVE_OPEN', 'RCV_SYN_ACK', 'APP_SEND'])).toBe('ERROR');
    });
  });

  describe('every state and event', () => {
    const pairs = STATES.flatMap((state) => EVENTS.map((event) => [state, event, kataStep(state, event)] as const));

    it.each(pairs)('%s + %s gives %s', (state, event, expected) => {
      expect(traverseStates([...PATHS[state], event])).toBe(expected);
    });

    it('accepts exactly 20 of the 132 state and event pairs', () => {
      const accepted = pairs.filter(([state, event]) => traverseStates([...PATHS[state], event]) !== 'ERROR');
      expect(accepted).toHaveLength(20);
    });
  });

  describe('the function itself', () => {
    it('leaves its argument unchanged', () => {
      const events = ['APP_PASSIVE_OPEN', 'RCV_SYN', 'BOGUS'];
      traverseStates(events);
      expect(events).toEqual(['APP_PASSIVE_OPEN', 'RCV_SYN', 'BOGUS']);
    });

    it('keeps nothing between calls: each call starts from CLOSED', () => {
      expect(traverseStates(['APP_PASSIVE_OPEN'])).toBe('LISTEN');
      expect(traverseStates(['APP_ACTIVE_OPEN'])).toBe('SYN_SENT');
      expect(traverseStates(['RCV_ACK'])).toBe('ERROR');
      expect(traverseStates([])).toBe('CLOSED');
    });

    it('handles a long list quickly: 100,000 passive open and close cycles', () => {
      const events = Array.from({ length: 100_000 }, () => ['APP_PASSIVE_OPEN', 'APP_CLOSE']).flat();
      expect(traverseStates(events)).toBe('CLOSED');
    });
  });

  describe('properties', () => {
    it('property: agrees with the table on sequences that wander deep into the machine', () => {
      fc.assert(
        fc.property(choices, (list) => {
          const events = resolve(list, kataAccepted);
          expect(traverseStates(events)).toBe(kataModel(events));
        }),
        { numRuns: 500 },
      );
    });

    it('property: agrees with the table on uniformly random events and names', () => {
      fc.assert(
        fc.property(fc.array(anyEventName, { maxLength: 8 }), (events) => {
          expect(traverseStates(events)).toBe(kataModel(events));
        }),
        { numRuns: 500 },
      );
    });

    it('property: once ERROR, always ERROR, even when valid events follow', () => {
      fc.assert(
        fc.property(choices, fc.constantFrom('RCV_RST', 'APP_ABORT', 'BOGUS'), choices, (before, bad, after) => {
          // RCV_RST, APP_ABORT and unknown names are refused in every state of the kata.
          const events = resolve(before, kataAccepted);
          const failed = [...events, bad];
          // What follows is made of events the kata would accept from where the machine stood before failing.
          const tail = resolve(after, (more) => kataAccepted([...events, ...more]));
          expect(traverseStates([...failed, ...tail])).toBe('ERROR');
        }),
        { numRuns: 300 },
      );
    });
  });
});
