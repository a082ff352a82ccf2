import { describe, it, expect } from 'vitest';
import { simulate, type ScenarioName, type TimelineEntry } from '@impl/tcp-fsm';
import { EXPECTED, SCENARIOS, closest, wire } from './reference.ts';

const column = (timeline: readonly TimelineEntry[], side: 'client' | 'server') => timeline.map((entry) => entry[side]);

describe('task 3: two endpoints', () => {
  describe.each(SCENARIOS)('%s', (name) => {
    const expected = EXPECTED[name];

    it('puts exactly the expected segments on the wire, in order', () => {
      const { timeline } = simulate(name);
      expect(wire(timeline)).toEqual(wire(closest(expected.timelines, timeline)));
    });

    it('records both states after each segment is handled', () => {
      const { timeline } = simulate(name);
      expect(timeline).toEqual(closest(expected.timelines, timeline));
    });

    it(`ends with client ${expected.client} and server ${expected.server}`, () => {
      const { client, server } = simulate(name);
      expect({ client, server }).toEqual({ client: expected.client, server: expected.server });
    });

    it('gives the same answer every time, in new arrays', () => {
      const first = simulate(name);
      const saved = structuredClone(first);
      first.timeline.pop();
      first.timeline[0]!.lost = true;
      expect(simulate(name)).toEqual(saved);
    });
  });

  describe('normal', () => {
    it('acknowledges the client DATA with a server ACK, with no change of state', () => {
      const { timeline } = simulate('normal');
      const data = timeline.findIndex((entry) => entry.segment === 'DATA');
      expect(timeline.slice(data, data + 2)).toEqual([
        { from: 'client', segment: 'DATA', lost: false, client: 'ESTABLISHED', server: 'ESTABLISHED' },
        { from: 'server', segment: 'ACK', lost: false, client: 'ESTABLISHED', server: 'ESTABLISHED' },
      ]);
    });

    it('leaves the client, which closed first, in TIME_WAIT until the end, and the server in CLOSE_WAIT until it closes', () => {
      const { timeline } = simulate('normal');
      expect(column(timeline, 'client').slice(-2)).toEqual(['TIME_WAIT', 'TIME_WAIT']);
      expect(column(timeline, 'server').slice(5, 7)).toEqual(['CLOSE_WAIT', 'CLOSE_WAIT']);
    });
  });

  describe('simultaneous-open', () => {
    it('crosses the SYNs: both are sent before either arrives, so the server is in SYN_RCVD, not LISTEN, when the client SYN lands', () => {
      const { timeline } = simulate('simultaneous-open');
      expect(timeline.slice(0, 2)).toEqual([
        { from: 'client', segment: 'SYN', lost: false, client: 'SYN_SENT', server: 'SYN_RCVD' },
        { from: 'server', segment: 'SYN', lost: false, client: 'SYN_RCVD', server: 'SYN_RCVD' },
      ]);
    });

    it('then sends a SYN+ACK from each side, and no plain ACK', () => {
      const { timeline } = simulate('simultaneous-open');
      expect(wire(timeline.slice(2)).sort()).toEqual(['client SYN+ACK', 'server SYN+ACK']);
    });
  });

  describe('simultaneous-close', () => {
    it('crosses the FINs: both sides close before either FIN arrives', () => {
      const { timeline } = simulate('simultaneous-close');
      expect(timeline.slice(3, 5)).toEqual([
        { from: 'client', segment: 'FIN', lost: false, client: 'FIN_WAIT_1', server: 'CLOSING' },
        { from: 'server', segment: 'FIN', lost: false, client: 'CLOSING', server: 'CLOSING' },
      ]);
    });

    it('takes both sides through CLOSING and TIME_WAIT', () => {
      const { timeline } = simulate('simultaneous-close');
      for (const side of ['client', 'server'] as const) {
        expect(column(timeline, side), side).toContain('CLOSING');
        expect(column(timeline, side).at(-1), side).toBe('TIME_WAIT');
      }
    });
  });

  describe('lost-final-ack', () => {
    it('loses exactly one segment: the client ACK of the server FIN, which changes no state', () => {
      const { timeline } = simulate('lost-final-ack');
      expect(timeline.filter((entry) => entry.lost)).toEqual([
        { from: 'client', segment: 'ACK', lost: true, client: 'TIME_WAIT', server: 'LAST_ACK' },
      ]);
      expect(timeline.findIndex((entry) => entry.lost)).toBe(8);
    });

    it('retransmits the server FIN, which the client, still in TIME_WAIT, ACKs again', () => {
      const { timeline } = simulate('lost-final-ack');
      expect(timeline.slice(-2)).toEqual([
        { from: 'server', segment: 'FIN', lost: false, client: 'TIME_WAIT', server: 'LAST_ACK' },
        { from: 'client', segment: 'ACK', lost: false, client: 'TIME_WAIT', server: 'CLOSED' },
      ]);
    });
  });

  describe('reset', () => {
    it('ends the connection with a server RST right after the handshake: both sides CLOSED at once', () => {
      const { timeline } = simulate('reset');
      expect(timeline).toHaveLength(4);
      expect(timeline[3]).toEqual({ from: 'server', segment: 'RST', lost: false, client: 'CLOSED', server: 'CLOSED' });
    });
  });

  describe('all scenarios', () => {
    it('marks no segment lost except in lost-final-ack', () => {
      for (const name of SCENARIOS.filter((n) => n !== 'lost-final-ack')) {
        expect(simulate(name).timeline.some((entry) => entry.lost), name).toBe(false);
      }
    });

    it('gives every entry exactly the fields from, segment, lost, client and server', () => {
      for (const name of SCENARIOS) {
        for (const entry of simulate(name).timeline) {
          expect(Object.keys(entry).sort(), name).toEqual(['client', 'from', 'lost', 'segment', 'server']);
        }
      }
    });

    it('throws for an unknown scenario name', () => {
      expect(() => simulate('bogus' as ScenarioName)).toThrow();
      expect(() => simulate('toString' as ScenarioName)).toThrow();
    });
  });
});
