// `npm run subnet -- 192.168.1.130/25`: describes a block with the reference subnet calculator.
import { AddressError, describeSubnet } from '../subnet-calculator/index.ts';

const cidrs = process.argv.slice(2);
if (cidrs.length === 0) {
  console.error('usage: npm run subnet -- <address>/<prefix> [more blocks…]\n  e.g. npm run subnet -- 192.168.1.130/25');
  process.exit(2);
}
for (const cidr of cidrs) {
  try {
    const info = describeSubnet(cidr);
    const width = Math.max(...Object.keys(info).map((key) => key.length));
    console.log(cidr);
    for (const [key, value] of Object.entries(info)) console.log(`  ${key.padEnd(width)}  ${value}`);
  } catch (error) {
    if (!(error instanceof AddressError)) throw error;
    console.error(`${cidr}: ${error.message}`);
    process.exitCode = 2;
  }
}
