import type { Mutant } from '../src/mutant.ts';

export default [
  // Task 1: addresses and masks
  {
    name: 'leading zeros accepted (192.168.01.1 parses)',
    task: 1,
    find: 'const OCTET = /^(0|[1-9][0-9]{0,2})$/;',
    replace: 'const OCTET = /^[0-9]{1,3}$/;',
  },
  {
    name: 'octets above 255 accepted',
    task: 1,
    find: 'if (!OCTET.test(octet) || Number(octet) > 255) {',
    replace: 'if (!OCTET.test(octet)) {',
  },
  {
    name: 'octets checked with Number() alone (whitespace, signs, hex and exponents accepted)',
    task: 1,
    find: 'if (!OCTET.test(octet) || Number(octet) > 255) {',
    replace: "if (octet.trim() === '' || !Number.isInteger(Number(octet)) || Number(octet) < 0 || Number(octet) > 255) {",
  },
  {
    name: 'address built with a signed shift (addresses from 128.0.0.0 come out negative)',
    task: 1,
    find: 'value = value * 256 + Number(octet);',
    replace: 'value = (value << 8) | Number(octet);',
  },
  {
    name: 'formatIPv4 accepts 2^32',
    task: 1,
    find: 'value < 0 || value > 0xffffffff',
    replace: 'value < 0 || value > 0x100000000',
  },
  {
    name: 'formatIPv4 accepts fractions and NaN',
    task: 1,
    find: "typeof value !== 'number' || !Number.isInteger(value) || value < 0",
    replace: "typeof value !== 'number' || value < 0",
  },
  {
    name: 'prefixToMask(0) forgets that shifts are taken mod 32',
    task: 1,
    find: 'return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;',
    replace: 'return (0xffffffff << (32 - prefix)) >>> 0;',
  },
  {
    name: 'mask left signed (no >>> 0)',
    task: 1,
    find: 'return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;',
    replace: 'return prefix === 0 ? 0 : 0xffffffff << (32 - prefix);',
  },
  {
    name: 'prefix 33 accepted',
    task: 1,
    find: 'if (prefix < 0 || prefix > 32) {',
    replace: 'if (prefix < 0 || prefix > 33) {',
  },
  {
    name: 'non-contiguous masks accepted (leading ones counted, the rest ignored)',
    task: 1,
    find: 'if (prefixToMask(prefix) !== value) {',
    replace: 'if (false) {',
  },

  // Task 2: describe a subnet
  {
    name: 'CIDR prefix with a leading zero accepted (/08)',
    task: 2,
    find: 'const PREFIX_LENGTH = /^(0|[1-9][0-9]?)$/;',
    replace: 'const PREFIX_LENGTH = /^[0-9]{1,2}$/;',
  },
  {
    name: 'CIDR prefix read with Number() (/+8, / 8 and /8.0 accepted)',
    task: 2,
    find: 'if (!PREFIX_LENGTH.test(prefixText)) {',
    replace: "if (prefixText.trim() === '' || !Number.isInteger(Number(prefixText))) {",
  },
  {
    name: 'network left signed (no >>> 0 after masking)',
    task: 2,
    find: 'const network = (address & prefixToMask(prefix)) >>> 0;',
    replace: 'const network = address & prefixToMask(prefix);',
  },
  {
    name: 'block size computed with 1 << (32 - prefix)',
    task: 2,
    find: 'return { address, network, prefix, size: blockSize(prefix) };',
    replace: 'return { address, network, prefix, size: 1 << (32 - prefix) };',
  },
  {
    name: '/31 treated like any other prefix (usable 0, first = network + 1)',
    task: 2,
    find: 'const reserved = prefix <= 30 ? 1 : 0;',
    replace: 'const reserved = prefix <= 31 ? 1 : 0;',
  },
  {
    name: '/32 treated like any other prefix (first after last, usable -1)',
    task: 2,
    find: 'const reserved = prefix <= 30 ? 1 : 0;',
    replace: 'const reserved = prefix === 31 ? 0 : 1;',
  },
  {
    name: '/32 counted as two usable hosts like a /31',
    task: 2,
    find: 'usableHosts: size - 2 * reserved,',
    replace: 'usableHosts: prefix >= 31 ? 2 : size - 2 * reserved,',
  },
  {
    name: 'broadcast one past the end of the block',
    task: 2,
    find: 'const broadcast = network + size - 1;',
    replace: 'const broadcast = network + size;',
  },
  {
    name: 'wildcard left signed (no >>> 0 after ~)',
    task: 2,
    find: 'wildcard: formatIPv4(~mask >>> 0),',
    replace: 'wildcard: formatIPv4(~mask),',
  },
  {
    name: 'class taken from the given address instead of the network address',
    task: 2,
    find: 'addressClass: classOf(network),',
    replace: 'addressClass: classOf(block.address),',
  },
  {
    name: 'class boundary off by one (128.x counted as class A)',
    task: 2,
    find: "if (firstOctet < 128) return 'A';",
    replace: "if (firstOctet <= 128) return 'A';",
  },
  {
    name: 'isPrivate checks only the network address (10.0.0.0/7 counted as private)',
    task: 2,
    find: 'inner.prefix >= outer.prefix && inner.network >= outer.network',
    replace: 'inner.network >= outer.network',
  },
  {
    name: '172.16.0.0/12 treated as a /16',
    task: 2,
    find: "'172.16.0.0/12'",
    replace: "'172.16.0.0/16'",
  },
  {
    name: 'contains leaves out the broadcast address',
    task: 2,
    find: 'return value >= network && value < network + size;',
    replace: 'return value >= network && value < network + size - 1;',
  },
  {
    name: 'contains compares a signed masked address with the unsigned network',
    task: 2,
    find: 'const { network, size } = parseCidr(cidr);\n  const value = parseIPv4(address);\n  return value >= network && value < network + size;',
    replace:
      'const { network, prefix } = parseCidr(cidr);\n  const value = parseIPv4(address);\n  return (value & prefixToMask(prefix)) === network;',
  },

  // Task 3: split a block
  {
    name: 'subnet count borrows one bit too many (4 subnets give 8)',
    task: 3,
    find: 'while (2 ** bits < count) bits++;',
    replace: 'while (2 ** bits <= count) bits++;',
  },
  {
    name: 'subnet count rounded down (floor instead of ceil)',
    task: 3,
    find: 'while (2 ** bits < count) bits++;',
    replace: 'while (2 ** (bits + 1) <= count) bits++;',
  },
  {
    name: 'host sizing with 2^h - 1 >= hosts',
    task: 3,
    find: 'while (2 ** hostBits - 2 < hosts) hostBits++;',
    replace: 'while (2 ** hostBits - 1 < hosts) hostBits++;',
  },
  {
    name: 'host sizing with 2^h >= hosts',
    task: 3,
    find: 'while (2 ** hostBits - 2 < hosts) hostBits++;',
    replace: 'while (2 ** hostBits < hosts) hostBits++;',
  },
  {
    name: 'block smaller than one subnet not rejected by splitByHostCount',
    task: 3,
    find: 'if (hostBits > 32 - block.prefix) {',
    replace: 'if (hostBits > 33 - block.prefix) {',
  },
  {
    name: 'no limit on the number of listed subnets',
    task: 3,
    find: 'if (count > MAX_LISTED_SUBNETS) {',
    replace: 'if (count > 2 ** 32) {',
  },
  {
    name: 'listing limit off by one (exactly 65,536 subnets refused)',
    task: 3,
    find: 'if (count > MAX_LISTED_SUBNETS) {',
    replace: 'if (count >= MAX_LISTED_SUBNETS) {',
  },

  // Task 4: VLSM allocation
  {
    name: 'VLSM not sorted largest first (placed in input order)',
    task: 4,
    find: 'const largestFirst = [...requirements].sort((a, b) => b.hostBits - a.hostBits);',
    replace: 'const largestFirst = requirements;',
  },
  {
    name: 'VLSM sorted smallest first',
    task: 4,
    find: 'const largestFirst = [...requirements].sort((a, b) => b.hostBits - a.hostBits);',
    replace: 'const largestFirst = [...requirements].sort((a, b) => a.hostBits - b.hostBits);',
  },
  {
    name: 'VLSM sorted by host count instead of block size (ties reordered)',
    task: 4,
    find: 'const largestFirst = [...requirements].sort((a, b) => b.hostBits - a.hostBits);',
    replace: 'const largestFirst = [...requirements].sort((a, b) => b.hosts - a.hosts);',
  },
  {
    name: 'VLSM answers in placement order instead of input order',
    task: 4,
    find: 'const largestFirst = [...requirements].sort((a, b) => b.hostBits - a.hostBits);',
    replace: 'const largestFirst = requirements.sort((a, b) => b.hostBits - a.hostBits);',
  },
  {
    name: 'VLSM only checks that the last block starts inside the range',
    task: 4,
    find: 'if (next + size > end) {',
    replace: 'if (next >= end) {',
  },
  {
    name: 'VLSM starts at the given address instead of the network address',
    task: 4,
    find: 'let next = block.network;',
    replace: 'let next = block.address;',
  },

  // Task 5: route summarisation
  {
    name: 'summarize does not merge adjacent siblings (only overlapping ranges)',
    task: 5,
    find: 'if (last && range.start <= last.end) {',
    replace: 'if (last && range.start < last.end) {',
  },
  {
    name: 'summarize merges non-aligned neighbours (10.0.1.0/24 + 10.0.2.0/24 as 10.0.1.0/23)',
    task: 5,
    find: 'while (cursor % blockSize(prefix) !== 0 || cursor + blockSize(prefix) > end) prefix++;',
    replace: 'while (cursor + blockSize(prefix) > end) prefix++;',
  },
  {
    name: 'summarize over-summarises a run into one covering supernet',
    task: 5,
    find:
      'let prefix = 0;\n      while (cursor % blockSize(prefix) !== 0 || cursor + blockSize(prefix) > end) prefix++;\n' +
      '      result.push(cidrOf(cursor, prefix));\n      cursor += blockSize(prefix);',
    replace:
      'let prefix = 32;\n      while (Math.floor(cursor / blockSize(prefix)) !== Math.floor((end - 1) / blockSize(prefix))) prefix--;\n' +
      '      result.push(cidrOf(cursor - (cursor % blockSize(prefix)), prefix));\n      cursor = end;',
  },
  {
    name: 'summarize lets a contained block cut short the block around it',
    task: 5,
    find: 'last.end = Math.max(last.end, range.end);',
    replace: 'last.end = range.end;',
  },
  {
    name: 'summarize keeps host bits (10.0.0.5/24 starts at 10.0.0.5)',
    task: 5,
    find: '.map(({ network, size }) => ({ start: network, end: network + size }))',
    replace: '.map(({ address, size }) => ({ start: address, end: address + size }))',
  },
  {
    name: 'summarize squeezes range ends into 32 bits (| 0), breaking /0 and the upper half',
    task: 5,
    find: '.map(({ network, size }) => ({ start: network, end: network + size }))',
    replace: '.map(({ network, size }) => ({ start: network, end: (network + size) | 0 }))',
  },
  {
    name: 'summarize forgets to sort the ranges before merging',
    task: 5,
    find: '.sort((a, b) => a.start - b.start);',
    replace: ';',
  },
] satisfies Mutant[];
