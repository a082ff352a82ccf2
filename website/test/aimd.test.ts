// The congestion-control lesson tells the AIMD fairness argument with a table and a chart of two flows'
// rates. Both are checked here against the simulation in src/lesson-data/aimd.ts, so an edit to the page
// that breaks the arithmetic fails the build instead of teaching a wrong number.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoWorkspace } from '../../grader/src/workspace.ts';
import { NOTES_AIMD, simulateAimd, type AimdRound } from '../src/lesson-data/aimd.ts';

const lessonFile = path.join(repoWorkspace.docsDir, '03-transport-layer', 'congestion-control.mdx');
const TABLE_HEADER = '| RTT | flow 1 (Mbit/s) | flow 2 (Mbit/s) | together | gap | next round trip |';

interface TableRow {
  rtt: number;
  rates: [number, number];
  together: number;
  gap: number;
  next: string;
}

/** The rows of the lesson's AIMD table, found by its header line. */
function tableRows(lesson: string): TableRow[] {
  const lines = lesson.split('\n');
  const header = lines.indexOf(TABLE_HEADER);
  if (header < 0) throw new Error(`no table with the header ${TABLE_HEADER} in ${lessonFile}`);
  const rows: TableRow[] = [];
  // Skip the header and its |---| separator; the table ends at the first line that is not a row.
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    if (cells.length !== 6) throw new Error(`a table row needs 6 cells: ${line}`);
    const [rtt, flow1, flow2, together, gap, next] = cells as [string, string, string, string, string, string];
    rows.push({ rtt: Number(rtt), rates: [Number(flow1), Number(flow2)], together: Number(together), gap: Number(gap), next });
  }
  return rows;
}

/** The `line "title" [...]` series of the lesson's AIMD chart, by title, and its x-axis range. */
function chart(lesson: string): { series: Map<string, number[]>; xAxis: [number, number] } {
  const block = [...lesson.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)]
    .map((match) => match[1]!)
    .find((source) => source.includes('xychart-beta') && source.includes('AIMD'));
  if (!block) throw new Error(`no xychart-beta block about AIMD in ${lessonFile}`);
  const series = new Map<string, number[]>();
  for (const match of block.matchAll(/^\s*line\s+"([^"]+)"\s+\[([^\]]*)\]\s*$/gm)) {
    series.set(match[1]!, match[2]!.split(',').map((value) => Number(value.trim())));
  }
  const axis = /^\s*x-axis\s+"[^"]*"\s+(\d+)\s+-->\s+(\d+)\s*$/m.exec(block);
  if (!axis) throw new Error('the AIMD chart needs a numeric x-axis, such as x-axis "round trip" 0 --> 45');
  return { series, xAxis: [Number(axis[1]), Number(axis[2])] };
}

describe('the AIMD fairness example in the congestion-control lesson', () => {
  const lesson = readFileSync(lessonFile, 'utf8');
  const rounds: AimdRound[] = simulateAimd(NOTES_AIMD);

  it('reproduces the notes: 3.5/0.5 growing by 0.2, halving at 5.5/2.5, 4.75/3.25, 4.375/3.625 and 4.1875/3.8125', () => {
    const at = (rtt: number) => rounds[rtt]!.rates;
    expect([at(1), at(2), at(3), at(4)]).toEqual([[3.5, 0.5], [3.7, 0.7], [3.9, 0.9], [4.1, 1.1]]);
    expect(rounds.filter((round) => round.loss).map((round) => round.rates)).toEqual([
      [7, 1],
      [5.5, 2.5],
      [4.75, 3.25],
      [4.375, 3.625],
      [4.1875, 3.8125],
    ]);
    expect([at(12), at(23), at(34), at(45)]).toEqual([[2.75, 1.25], [2.375, 1.625], [2.1875, 1.8125], [2.09375, 1.90625]]);
  });

  it('has a table whose every row matches the simulation at that round trip', () => {
    const rows = tableRows(lesson);
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const row of rows) {
      const round = rounds[row.rtt];
      expect(round, `round trip ${row.rtt} is simulated`).toBeDefined();
      expect(row.rates, `the rates at round trip ${row.rtt}`).toEqual(round!.rates);
      expect(row.together, `the total at round trip ${row.rtt}`).toBeCloseTo(round!.rates[0] + round!.rates[1], 9);
      expect(row.gap, `the gap at round trip ${row.rtt}`).toBeCloseTo(round!.rates[0] - round!.rates[1], 9);
      expect(row.next.startsWith('loss'), `round trip ${row.rtt} says "${row.next}"`).toBe(round!.loss);
    }
  });

  it('lists every loss in the table', () => {
    const listed = new Set(tableRows(lesson).map((row) => row.rtt));
    for (const round of rounds.filter((candidate) => candidate.loss)) expect(listed.has(round.rtt), `round trip ${round.rtt}`).toBe(true);
  });

  it('draws both flows, every round trip, with the simulated rates', () => {
    const { series, xAxis } = chart(lesson);
    expect([...series.keys()]).toEqual(['Flow 1', 'Flow 2']);
    expect(xAxis).toEqual([0, NOTES_AIMD.rounds]);
    expect(series.get('Flow 1')).toEqual(rounds.map((round) => round.rates[0]));
    expect(series.get('Flow 2')).toEqual(rounds.map((round) => round.rates[1]));
  });
});
