// Two AIMD flows sharing one bottleneck, one step per round trip: the fairness argument of Chiu and Jain
// (1989) that the congestion-control lesson tells with the notes' two-flow table. The lesson's table and
// its rate-over-time chart are checked against this function by website/test/aimd.test.ts, so the page
// cannot drift from the arithmetic.

/** A bottleneck shared by two flows, and how both flows react to it. Rates are in Mbit/s. */
export interface AimdConfig {
  /** Link capacity. In a round trip where the two rates add up to at least this, the queue overflows. */
  readonly capacity: number;
  /** The two rates in round trip 0. */
  readonly start: readonly [number, number];
  /** Additive increase: what each flow adds per loss-free round trip. */
  readonly increase: number;
  /** Multiplicative decrease: the factor (beta) each flow keeps after a loss. */
  readonly decrease: number;
  /** How many round trips to simulate after round trip 0. */
  readonly rounds: number;
}

/** One round trip of the simulation. */
export interface AimdRound {
  readonly rtt: number;
  /** The two flows' sending rates in this round trip. */
  readonly rates: readonly [number, number];
  /** True when the rates fill the link: both flows see a loss and halve for the next round trip. */
  readonly loss: boolean;
}

/**
 * The notes' story: an 8 Mbit/s link, one flow at 7 Mbit/s and a newcomer at 1 Mbit/s when the first loss
 * hits; both halve (to 3.5 and 0.5) and then add 0.2 Mbit/s ("200K") per round trip. 45 round trips cover
 * the four loss cycles the notes' table shows, plus the halving after the last one.
 */
export const NOTES_AIMD: AimdConfig = { capacity: 8, start: [7, 1], increase: 0.2, decrease: 0.5, rounds: 45 };

// Rates are kept as integer multiples of 1/(10 * 2^20) Mbit/s. Every value in the notes' table (one decimal
// place, then halved a handful of times) is such a multiple, so repeated additions of 0.2 land exactly on
// the capacity and the loss test is exact, which binary floating point alone would not guarantee
// (0.2 added ten times is not 2 in IEEE 754).
const UNITS_PER_MBPS = 10 * 2 ** 20;

const toUnits = (mbps: number): number => Math.round(mbps * UNITS_PER_MBPS);
const toMbps = (units: number): number => units / UNITS_PER_MBPS;

/** Simulates both flows round trip by round trip: additive increase until the link is full, then multiplicative decrease. */
export function simulateAimd(config: AimdConfig): AimdRound[] {
  const capacity = toUnits(config.capacity);
  const increase = toUnits(config.increase);
  let rates: [number, number] = [toUnits(config.start[0]), toUnits(config.start[1])];
  const rounds: AimdRound[] = [];
  for (let rtt = 0; rtt <= config.rounds; rtt++) {
    const loss = rates[0] + rates[1] >= capacity;
    rounds.push({ rtt, rates: [toMbps(rates[0]), toMbps(rates[1])], loss });
    rates = loss
      ? [Math.round(rates[0] * config.decrease), Math.round(rates[1] * config.decrease)]
      : [rates[0] + increase, rates[1] + increase];
  }
  return rounds;
}
