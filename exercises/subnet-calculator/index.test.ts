import { describe, it, expect } from 'vitest';
import {
  AddressError,
  allocateVlsm,
  contains,
  describeSubnet,
  formatIPv4,
  maskToPrefix,
  parseIPv4,
  prefixToMask,
  splitByHostCount,
  splitBySubnetCount,
  summarize,
} from '@impl/subnet-calculator';

describe('task 1: addresses and masks', () => {
  it('parses 192.168.0.100 into 3232235620', () => {
    expect(parseIPv4('192.168.0.100')).toBe(3232235620);
  });

  it('parses the lowest and highest addresses', () => {
    expect(parseIPv4('0.0.0.0')).toBe(0);
    expect(parseIPv4('255.255.255.255')).toBe(4294967295);
  });

  it('rejects leading zeros, out-of-range octets and the wrong number of octets', () => {
    expect(() => parseIPv4('192.168.01.1')).toThrow(AddressError);
    expect(() => parseIPv4('192.168.0.256')).toThrow(AddressError);
    expect(() => parseIPv4('192.168.0')).toThrow(AddressError);
  });

  it('formats 3232235620 as 192.168.0.100', () => {
    expect(formatIPv4(3232235620)).toBe('192.168.0.100');
  });

  it('rejects values outside 0 to 2^32 - 1 when formatting', () => {
    expect(() => formatIPv4(-1)).toThrow(AddressError);
    expect(() => formatIPv4(2 ** 32)).toThrow(AddressError);
  });

  it('turns prefixes into masks, including /0 and /32', () => {
    expect(formatIPv4(prefixToMask(24))).toBe('255.255.255.0');
    expect(prefixToMask(0)).toBe(0);
    expect(prefixToMask(32)).toBe(4294967295);
  });

  it('turns masks back into prefixes', () => {
    expect(maskToPrefix('255.255.240.0')).toBe(20);
    expect(maskToPrefix(0xffffff00)).toBe(24);
  });

  it('rejects a non-contiguous mask such as 255.0.255.0', () => {
    expect(() => maskToPrefix('255.0.255.0')).toThrow(AddressError);
  });
});

describe('task 2: describe a subnet', () => {
  it('describes 192.168.1.77/26', () => {
    expect(describeSubnet('192.168.1.77/26')).toEqual({
      network: '192.168.1.64',
      broadcast: '192.168.1.127',
      mask: '255.255.255.192',
      wildcard: '0.0.0.63',
      prefix: 26,
      firstHost: '192.168.1.65',
      lastHost: '192.168.1.126',
      totalAddresses: 64,
      usableHosts: 62,
      addressClass: 'C',
      isPrivate: true,
    });
  });

  it('gives a /31 two usable addresses (RFC 3021)', () => {
    const info = describeSubnet('10.0.0.4/31');
    expect(info.firstHost).toBe('10.0.0.4');
    expect(info.lastHost).toBe('10.0.0.5');
    expect(info.usableHosts).toBe(2);
  });

  it('treats 10.0.0.0/7 as public because it reaches beyond 10.0.0.0/8', () => {
    expect(describeSubnet('10.0.0.0/8').isPrivate).toBe(true);
    expect(describeSubnet('10.0.0.0/7').isPrivate).toBe(false);
  });

  it('rejects a prefix with a leading zero such as /08', () => {
    expect(() => describeSubnet('10.0.0.0/08')).toThrow(AddressError);
  });

  it('checks whether a block contains an address', () => {
    expect(contains('10.0.0.0/8', '10.255.255.255')).toBe(true);
    expect(contains('10.0.0.0/8', '11.0.0.0')).toBe(false);
  });
});

describe('task 3: split a block', () => {
  it('splits 172.16.0.0/16 into 32 /21s when 30 subnets are needed', () => {
    const result = splitBySubnetCount('172.16.0.0/16', 30);
    expect(result.prefix).toBe(21);
    expect(result.mask).toBe('255.255.248.0');
    expect(result.subnets).toHaveLength(32);
    expect(result.subnets.slice(0, 2)).toEqual(['172.16.0.0/21', '172.16.8.0/21']);
    expect(result.subnets.at(-1)).toBe('172.16.248.0/21');
  });

  it('splits 192.168.1.0/24 into /26s for 50 hosts each', () => {
    expect(splitByHostCount('192.168.1.0/24', 50)).toEqual({
      prefix: 26,
      mask: '255.255.255.192',
      subnets: ['192.168.1.0/26', '192.168.1.64/26', '192.168.1.128/26', '192.168.1.192/26'],
    });
  });

  it('rejects a block too small for the requested hosts', () => {
    expect(() => splitByHostCount('192.168.1.0/24', 300)).toThrow(AddressError);
  });
});

describe('task 4: vlsm allocation', () => {
  it('places the largest requirement first and answers in input order', () => {
    expect(allocateVlsm('192.168.1.0/24', [20, 100, 50])).toEqual([
      { hosts: 20, subnet: '192.168.1.192/27' },
      { hosts: 100, subnet: '192.168.1.0/25' },
      { hosts: 50, subnet: '192.168.1.128/26' },
    ]);
  });

  it('gives a point-to-point link of 2 hosts a /30', () => {
    expect(allocateVlsm('10.0.0.0/29', [2])).toEqual([{ hosts: 2, subnet: '10.0.0.0/30' }]);
  });

  it('rejects requirements that do not fit', () => {
    expect(() => allocateVlsm('192.168.1.0/24', [200, 100])).toThrow(AddressError);
  });
});

describe('task 5: route summarisation', () => {
  it('merges two adjacent /24s into a /23', () => {
    expect(summarize(['10.0.0.0/24', '10.0.1.0/24'])).toEqual(['10.0.0.0/23']);
  });

  it('keeps neighbours that do not form an aligned block apart', () => {
    expect(summarize(['10.0.1.0/24', '10.0.2.0/24'])).toEqual(['10.0.1.0/24', '10.0.2.0/24']);
  });

  it('drops blocks already covered by another and sorts the result', () => {
    expect(summarize(['192.168.0.0/16', '10.0.0.0/8', '192.168.5.0/24'])).toEqual(['10.0.0.0/8', '192.168.0.0/16']);
  });
});
