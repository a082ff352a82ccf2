import type { Mutant } from '../src/mutant.ts';

export default [
  // Task 1: ones' complement sum
  {
    name: 'carries dropped instead of added back in (no end-around carry)',
    task: 1,
    find: 'while (sum > 0xffff) sum = (sum % 0x10000) + Math.floor(sum / 0x10000);',
    replace: 'sum %= 0x10000;',
  },
  {
    name: 'odd last byte padded on the left (taken as the low byte of its word)',
    task: 1,
    find: 'if (i < end) sum += data[i]! * 256;',
    replace: 'if (i < end) sum += data[i]!;',
  },
  {
    name: 'words read little-endian',
    task: 1,
    find: 'for (; i < stop; i += 4) sum += view.getUint32(i);',
    replace: 'for (; i < stop; i += 4) sum += view.getUint32(i, true);',
  },
  {
    name: 'checksum not masked to 16 bits (~ gives a negative number)',
    task: 1,
    find: 'return ~onesComplementSum(data) & 0xffff;',
    replace: 'return ~onesComplementSum(data);',
  },
  {
    name: 'DataView over the whole underlying buffer (byteOffset of a subarray ignored)',
    task: 1,
    find: 'new DataView(data.buffer, data.byteOffset, data.byteLength)',
    replace: 'new DataView(data.buffer)',
  },
  {
    name: 'running sum of 32-bit words never folded on the way (precision lost past 2^53)',
    task: 1,
    find: 'const stop = Math.min(lastWordStart, i + BYTES_PER_FOLD);',
    replace: 'const stop = lastWordStart;',
  },
  {
    name: 'verification expects a sum of 0 instead of 0xffff',
    task: 1,
    find: 'return onesComplementSum(data) === 0xffff;',
    replace: 'return onesComplementSum(data) === 0;',
  },

  // Task 2: the IPv4 header
  {
    name: 'fragment offset left in 8-byte units',
    task: 2,
    find: 'fragmentOffset: (flagsAndOffset & 0x1fff) * 8,',
    replace: 'fragmentOffset: flagsAndOffset & 0x1fff,',
  },
  {
    name: 'flags not masked out of the fragment offset',
    task: 2,
    find: 'fragmentOffset: (flagsAndOffset & 0x1fff) * 8,',
    replace: 'fragmentOffset: flagsAndOffset * 8,',
  },
  {
    name: 'header checksum ignores IHL and options (assumes a 20-byte header)',
    task: 2,
    find: 'return ~fold(sumWords(packet, 0, 10) + sumWords(packet, 12, headerLength)) & 0xffff;',
    replace: 'return ~fold(sumWords(packet, 0, 10) + sumWords(packet, 12, 20)) & 0xffff;',
  },
  {
    name: 'header checksum field not zeroed before summing',
    task: 2,
    find: 'return ~fold(sumWords(packet, 0, 10) + sumWords(packet, 12, headerLength)) & 0xffff;',
    replace: 'return ~fold(sumWords(packet, 0, headerLength)) & 0xffff;',
  },
  {
    name: 'options returned as a view into the packet, not a copy',
    task: 2,
    find: 'options: packet.slice(20, headerLength),',
    replace: 'options: packet.subarray(20, headerLength),',
  },
  {
    name: 'buffer not checked against IHL × 4',
    task: 2,
    find: 'if (packet.length < headerLength) {',
    replace: 'if (packet.length < 20) {',
  },

  // Task 3: transport checksums
  {
    name: 'transport checksum field not zeroed before summing',
    task: 3,
    find: 'sumWords(packet, start, field) +\n    sumWords(packet, field + 2, datagram.totalLength);',
    replace: 'sumWords(packet, start, datagram.totalLength);',
  },
  {
    name: "pseudo-header length taken from UDP's length field",
    task: 3,
    find: 'const segmentLength = datagram.totalLength - datagram.headerLength;',
    replace:
      'const segmentLength = transport === UDP ? word(packet, datagram.headerLength + 4) : datagram.totalLength - datagram.headerLength;',
  },
  {
    name: 'pseudo-header length includes the IP header (total length)',
    task: 3,
    find: 'const segmentLength = datagram.totalLength - datagram.headerLength;',
    replace: 'const segmentLength = datagram.totalLength;',
  },
  {
    name: 'protocol left out of the pseudo-header',
    task: 3,
    find: 'return sumWords(packet, 12, 20) + transport.protocol + segmentLength;',
    replace: 'return sumWords(packet, 12, 20) + segmentLength;',
  },
  {
    name: 'ICMP given a pseudo-header',
    task: 3,
    find: "name: 'ICMP', protocol: 1, minLength: 4, checksumAt: 2, pseudoHeader: false",
    replace: "name: 'ICMP', protocol: 1, minLength: 4, checksumAt: 2, pseudoHeader: true",
  },
  {
    name: 'computed UDP checksum of 0 sent as 0 (RFC 768 rule missing)',
    task: 3,
    find: 'return transport === UDP && checksum === 0 ? 0xffff : checksum;',
    replace: 'return checksum;',
  },
  {
    name: 'the 0 -> 0xffff rule applied to TCP and ICMP too',
    task: 3,
    find: 'return transport === UDP && checksum === 0 ? 0xffff : checksum;',
    replace: 'return checksum === 0 ? 0xffff : checksum;',
  },
  {
    name: 'fragment detected by MF only (the last fragment slips through)',
    task: 3,
    find: 'const fragment = (flagsAndOffset & 0x2000) !== 0 || (flagsAndOffset & 0x1fff) !== 0;',
    replace: 'const fragment = (flagsAndOffset & 0x2000) !== 0;',
  },
  {
    name: 'fragment detected by offset only (the first fragment slips through)',
    task: 3,
    find: 'const fragment = (flagsAndOffset & 0x2000) !== 0 || (flagsAndOffset & 0x1fff) !== 0;',
    replace: 'const fragment = (flagsAndOffset & 0x1fff) !== 0;',
  },
  {
    name: 'bytes beyond the total length (link-layer padding) summed',
    task: 3,
    find: 'sumWords(packet, field + 2, datagram.totalLength)',
    replace: 'sumWords(packet, field + 2, packet.length)',
  },
  {
    name: 'segment assumed to start at byte 20 (IHL and options ignored)',
    task: 3,
    find: 'const start = datagram.headerLength;',
    replace: 'const start = 20;',
  },
  {
    name: 'TCP data offset not checked against the segment length',
    task: 3,
    find: 'if (headerLength < TCP.minLength || headerLength > length) {',
    replace: 'if (headerLength < TCP.minLength) {',
  },

  // Task 4: whole packets
  {
    name: 'fillChecksums writes into its argument instead of a copy',
    task: 4,
    find: 'const copy = packet.slice();\n  const transport',
    replace: 'const copy = packet;\n  const transport',
  },
  {
    name: 'checksums written low byte first',
    task: 4,
    find: 'bytes[offset] = value >> 8;\n  bytes[offset + 1] = value & 0xff;',
    replace: 'bytes[offset] = value & 0xff;\n  bytes[offset + 1] = value >> 8;',
  },
  {
    name: 'fillChecksums writes a transport checksum into fragments',
    task: 4,
    find: 'const transport = datagram.fragment ? undefined : TRANSPORTS.get(datagram.protocol);\n  if (transport) {',
    replace: 'const transport = TRANSPORTS.get(datagram.protocol);\n  if (transport) {',
  },
  {
    name: 'UDP checksum field 0 (none sent) reported as a failure',
    task: 4,
    find: 'if (transport === UDP && word(packet, start + UDP.checksumAt) === 0) return { ip, transport: null };',
    replace: '',
  },
  {
    name: 'fragments and other protocols reported as transport false instead of null',
    task: 4,
    find: 'if (!transport) return { ip, transport: null };',
    replace: 'if (!transport) return { ip, transport: false };',
  },
  {
    name: 'verifyPacket lets errors escape on malformed input',
    task: 4,
    find: '} catch {\n    // Whatever is malformed, the answer is "not verified": this function never throws.\n    return { ip: false, transport: false };\n  }',
    replace: '} catch (error) {\n    throw error;\n  }',
  },

  // Task 5: incremental update
  {
    name: "RFC 1141 form HC + m + ~m' (gives 0xffff where 0x0000 is right)",
    task: 5,
    find: 'return ~fold((~checksum & 0xffff) + (~oldWord & 0xffff) + newWord) & 0xffff;',
    replace: 'return fold(checksum + oldWord + (~newWord & 0xffff));',
  },
  {
    name: 'incremental update without the end-around carry',
    task: 5,
    find: 'return ~fold((~checksum & 0xffff) + (~oldWord & 0xffff) + newWord) & 0xffff;',
    replace: 'return ~((~checksum & 0xffff) + (~oldWord & 0xffff) + newWord) & 0xffff;',
  },
  {
    name: 'TTL 1 forwarded (only 0 refused)',
    task: 5,
    find: 'if (ttl <= 1) {',
    replace: 'if (ttl < 1) {',
  },
  {
    name: 'incoming header checksum not checked before forwarding',
    task: 5,
    find: 'if (!headerChecksumHolds(packet, datagram)) {',
    replace: 'if (packet.length < 0) {',
  },
  {
    name: 'TTL taken as the low byte of its 16-bit word (bytes of the word swapped)',
    task: 5,
    find: 'updateChecksum(word(packet, 10), word(packet, 8), word(copy, 8))',
    replace: 'updateChecksum(word(packet, 10), packet[9]! * 256 + packet[8]!, copy[9]! * 256 + copy[8]!)',
  },
] satisfies Mutant[];
