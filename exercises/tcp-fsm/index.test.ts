import { describe, it, expect } from 'vitest';
import { TcpConnection, TransitionError, simulate, traverseStates } from '@impl/tcp-fsm';

describe('task 1: the classic table', () => {
  it('opens passively: APP_PASSIVE_OPEN, RCV_SYN, RCV_ACK ends in ESTABLISHED', () => {
    expect(traverseStates(['APP_PASSIVE_OPEN', 'RCV_SYN', 'RCV_ACK'])).toBe('ESTABLISHED');
  });

  it('closes actively and waits in TIME_WAIT until the timeout', () => {
    const events = ['APP_ACTIVE_OPEN', 'RCV_SYN_ACK', 'APP_CLOSE', 'RCV_FIN_ACK'];
    expect(traverseStates(events)).toBe('TIME_WAIT');
    expect(traverseStates([...events, 'APP_TIMEOUT'])).toBe('CLOSED');
  });

  it('stays in CLOSED when there are no events', () => {
    expect(traverseStates([])).toBe('CLOSED');
  });

  it('answers ERROR at the first event the state does not accept, whatever follows', () => {
    expect(traverseStates(['APP_ACTIVE_OPEN', 'RCV_RST'])).toBe('ERROR');
    expect(traverseStates(['APP_PASSIVE_OPEN', 'RCV_ACK', 'RCV_SYN'])).toBe('ERROR');
  });
});

describe('task 2: the RFC 9293 model', () => {
  it('starts in CLOSED, and an active open sends a SYN', () => {
    const connection = new TcpConnection();
    expect(connection.state).toBe('CLOSED');
    expect(connection.handle('APP_ACTIVE_OPEN')).toEqual({ from: 'CLOSED', event: 'APP_ACTIVE_OPEN', to: 'SYN_SENT', send: ['SYN'] });
    expect(connection.state).toBe('SYN_SENT');
  });

  it('records every accepted event in history', () => {
    const connection = new TcpConnection();
    connection.handle('APP_PASSIVE_OPEN');
    connection.handle('RCV_SYN');
    expect(connection.history).toEqual([
      { from: 'CLOSED', event: 'APP_PASSIVE_OPEN', to: 'LISTEN', send: [] },
      { from: 'LISTEN', event: 'RCV_SYN', to: 'SYN_RCVD', send: ['SYN+ACK'] },
    ]);
  });

  it('refuses an event the state does not accept with a TransitionError, and changes nothing', () => {
    const connection = new TcpConnection();
    expect(() => connection.handle('RCV_FIN')).toThrow(TransitionError);
    expect(connection.state).toBe('CLOSED');
    expect(connection.history).toEqual([]);
  });

  it('sends a RST in SYN_RCVD back to LISTEN after a passive open, but to CLOSED after an active one', () => {
    const passive = new TcpConnection();
    passive.handle('APP_PASSIVE_OPEN');
    passive.handle('RCV_SYN');
    expect(passive.handle('RCV_RST').to).toBe('LISTEN');

    const active = new TcpConnection();
    active.handle('APP_ACTIVE_OPEN');
    active.handle('RCV_SYN');
    expect(active.handle('RCV_RST').to).toBe('CLOSED');
  });
});

describe('task 3: two endpoints', () => {
  it('runs the normal scenario: handshake, one DATA, and the four-segment close', () => {
    const { timeline, client, server } = simulate('normal');
    expect(timeline.map((entry) => `${entry.from} ${entry.segment}`)).toEqual([
      'client SYN',
      'server SYN+ACK',
      'client ACK',
      'client DATA',
      'server ACK',
      'client FIN',
      'server ACK',
      'server FIN',
      'client ACK',
    ]);
    expect({ client, server }).toEqual({ client: 'CLOSED', server: 'CLOSED' });
  });

  it('records the states after the receiver has handled each segment', () => {
    const { timeline } = simulate('normal');
    expect(timeline[0]).toEqual({ from: 'client', segment: 'SYN', lost: false, client: 'SYN_SENT', server: 'SYN_RCVD' });
    expect(timeline.at(-1)).toEqual({ from: 'client', segment: 'ACK', lost: false, client: 'TIME_WAIT', server: 'CLOSED' });
  });

  it('ends a reset connection with a server RST that closes both sides', () => {
    expect(simulate('reset').timeline.at(-1)).toEqual({ from: 'server', segment: 'RST', lost: false, client: 'CLOSED', server: 'CLOSED' });
  });
});
