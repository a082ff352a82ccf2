// `npm run diagrams`: rewrites the Mermaid diagrams that lessons take from the reference TCP state machine.
// In every docs/**/*.mdx, a fenced block whose opening line is exactly
//
//   ```mermaid generated=tcp-fsm:<name>
//
// gets a fresh body: a sequence diagram of `simulate(<name>)` for each scenario, or the state diagram of the
// whole RFC 9293 table for `states`. `npm run diagrams -- --check` writes nothing and exits 1 when a block is
// stale; an unknown name or an unclosed block exits 2.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { globSync } from 'tinyglobby';
import {
  TcpConnection,
  TransitionError,
  simulate,
  type Event,
  type ScenarioName,
  type Side,
  type State,
  type Step,
  type TimelineEntry,
} from '../tcp-fsm/index.ts';

export const FENCE = '```mermaid generated=tcp-fsm:';

// Written as objects so that the compiler checks every name is here, once.
const EVENTS = Object.keys({
  APP_PASSIVE_OPEN: 0,
  APP_ACTIVE_OPEN: 0,
  APP_SEND: 0,
  APP_CLOSE: 0,
  APP_ABORT: 0,
  APP_TIMEOUT: 0,
  RCV_SYN: 0,
  RCV_ACK: 0,
  RCV_SYN_ACK: 0,
  RCV_FIN: 0,
  RCV_FIN_ACK: 0,
  RCV_RST: 0,
} satisfies Record<Event, 0>) as Event[];

const SCENARIOS = Object.keys({
  normal: 0,
  'simultaneous-open': 0,
  'simultaneous-close': 0,
  'lost-final-ack': 0,
  reset: 0,
} satisfies Record<ScenarioName, 0>) as ScenarioName[];

/** Every name a generated block may use. */
export const DIAGRAM_NAMES: readonly string[] = [...SCENARIOS, 'states'];

/** The Mermaid source of one diagram, ending with a newline. Throws for an unknown name. */
export function renderDiagram(name: string): string {
  if (name === 'states') return stateDiagram();
  if ((SCENARIOS as string[]).includes(name)) return sequenceDiagram(name as ScenarioName);
  throw new Error(`unknown diagram "${name}": expected one of ${DIAGRAM_NAMES.join(', ')}`);
}

// ---------------------------------------------------------------------------
// Sequence diagrams: one message per segment, state changes as notes
// ---------------------------------------------------------------------------

const ACTOR: Record<Side, string> = { client: 'Client', server: 'Server' };
const NOTE_PLACE: Record<Side, string> = { client: 'left of Client', server: 'right of Server' };

/**
 * The timeline of one scenario. Each entry holds both states once its segment has been handled, so a sender's new
 * state is noted before its arrow and a receiver's after it. A state that no entry holds is not drawn: a passive
 * open's LISTEN, or the server's SYN_SENT in simultaneous-open, left before the first segment arrives.
 */
export function sequenceDiagram(name: ScenarioName): string {
  const { timeline, client, server } = simulate(name);
  const lines = ['sequenceDiagram', '    participant Client', '    participant Server'];
  const shown: Record<Side, State> = { client: 'CLOSED', server: 'CLOSED' };
  const note = (side: Side, state: State, text: string = state) => {
    if (shown[side] === state) return;
    lines.push(`    Note ${NOTE_PLACE[side]}: ${text}`);
    shown[side] = state;
  };
  const other = (side: Side): Side => (side === 'client' ? 'server' : 'client');
  const message = (entry: TimelineEntry) =>
    lines.push(`    ${ACTOR[entry.from]}${entry.lost ? '-x' : '->>'}${ACTOR[other(entry.from)]}: ${entry.segment}${entry.lost ? ' (lost)' : ''}`);
  for (let i = 0; i < timeline.length; i++) {
    const entry = timeline[i]!;
    const next = timeline[i + 1];
    // Two segments of the same kind from both sides were both sent before either arrived. Mermaid cannot
    // draw arrows crossing, so say so, draw both, then the states they lead to.
    if (next && next.from !== entry.from && next.segment === entry.segment && !entry.lost && !next.lost) {
      note(entry.from, entry[entry.from]);
      lines.push(`    Note over Client,Server: the two ${entry.segment} segments cross in flight`);
      message(entry);
      message(next);
      note(next.from, next[next.from]);
      note(entry.from, next[entry.from]);
      i++;
      continue;
    }
    note(entry.from, entry[entry.from]);
    message(entry);
    note(other(entry.from), entry[other(entry.from)]);
  }
  // What is left after the last segment is TIME_WAIT running out (simulate's final states).
  for (const [side, final] of [['client', client], ['server', server]] as const) {
    note(side, final, shown[side] === 'TIME_WAIT' ? `${final} after 2MSL` : final);
  }
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------
// The state diagram, explored from the reference TcpConnection
// ---------------------------------------------------------------------------

function replay(events: readonly Event[]): TcpConnection {
  const connection = new TcpConnection();
  for (const event of events) connection.handle(event);
  return connection;
}

/** The step `event` takes after `events`, or null when it is refused. */
function tryStep(events: readonly Event[], event: Event): Step | null {
  try {
    return replay(events).handle(event);
  } catch (error) {
    if (error instanceof TransitionError) return null;
    throw error;
  }
}

/**
 * Every transition the reference connection can make, found breadth-first over event sequences. Two sequences
 * reach the same node when they leave the connection in the same state answering every event alike: the state
 * alone is not enough, since a RST in SYN_RCVD depends on how SYN_RCVD was entered.
 */
export function exploreTransitions(): Step[] {
  const signature = (events: readonly Event[]) =>
    [replay(events).state, ...EVENTS.map((event) => JSON.stringify(tryStep(events, event)))].join(' ');
  const seen = new Set([signature([])]);
  const queue: Event[][] = [[]];
  const transitions = new Map<string, Step>();
  for (let events = queue.shift(); events; events = queue.shift()) {
    for (const event of EVENTS) {
      const step = tryStep(events, event);
      if (!step) continue;
      transitions.set(JSON.stringify(step), step);
      const next = [...events, event];
      const node = signature(next);
      if (!seen.has(node)) {
        seen.add(node);
        queue.push(next);
      }
    }
  }
  return [...transitions.values()];
}

/** RFC 9293's table as a state diagram: one arrow per pair of states, one `event / segments` line per transition. */
export function stateDiagram(): string {
  const arrows = new Map<string, string[]>();
  for (const { from, event, to, send } of exploreTransitions()) {
    const label = send.length > 0 ? `${event} / ${send.join(', ')}` : event;
    const key = `${from} --> ${to}`;
    arrows.set(key, [...(arrows.get(key) ?? []), label]);
  }
  const lines = ['stateDiagram-v2', '    [*] --> CLOSED'];
  for (const [key, labels] of arrows) lines.push(`    ${key} : ${labels.join('<br/>')}`);
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------
// Rewriting the lessons
// ---------------------------------------------------------------------------

export interface Refreshed {
  /** The text with every generated block up to date. */
  text: string;
  /** Each block whose body changed: the line of its opening fence (1-based) and its name. */
  stale: Array<{ line: number; name: string }>;
}

/** Brings every generated block of one document up to date. Throws for an unknown name or an unclosed block. */
export function refreshText(text: string): Refreshed {
  const lines = text.split('\n');
  const out: string[] = [];
  const stale: Refreshed['stale'] = [];
  const errors: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]!);
    if (!lines[i]!.startsWith(FENCE)) continue;
    const where = `line ${i + 1}`;
    const name = lines[i]!.slice(FENCE.length);
    const close = lines.indexOf('```', i + 1);
    if (close === -1) {
      errors.push(`${where}: the block tcp-fsm:${name} is never closed`);
      break;
    }
    if (!DIAGRAM_NAMES.includes(name)) {
      errors.push(`${where}: unknown diagram "${name}": expected one of ${DIAGRAM_NAMES.join(', ')}`);
    } else {
      const body = renderDiagram(name).split('\n').slice(0, -1);
      if (lines.slice(i + 1, close).join('\n') !== body.join('\n')) stale.push({ line: i + 1, name });
      out.push(...body, '```');
      i = close;
    }
  }
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return { text: out.join('\n'), stale };
}

/** What a run found: each stale block as `file:line tcp-fsm:<name>`, and the number of generated blocks. */
export interface DocsReport {
  stale: string[];
  blocks: number;
}

/**
 * Refreshes every .mdx file under `docsDir`, at any depth, writing the changed files unless `check` is set. Reads
 * everything before writing anything, so an error leaves every file as it was.
 */
export function refreshDocs(docsDir: string, check: boolean): DocsReport {
  const files = globSync('**/*.mdx', { cwd: docsDir }).sort();
  const shown = (file: string) => path.join(path.basename(docsDir), file);
  const results = files.map((file) => {
    try {
      return { file, ...refreshText(readFileSync(path.join(docsDir, file), 'utf8')) };
    } catch (error) {
      throw new Error(`${shown(file)}: ${(error as Error).message.split('\n').join(`\n${shown(file)}: `)}`);
    }
  });
  const report: DocsReport = { stale: [], blocks: 0 };
  for (const result of results) {
    report.blocks += result.text.split('\n').filter((line) => line.startsWith(FENCE)).length;
    report.stale.push(...result.stale.map(({ line, name }) => `${shown(result.file)}:${line} tcp-fsm:${name}`));
    if (!check && result.stale.length > 0) writeFileSync(path.join(docsDir, result.file), result.text);
  }
  return report;
}

/** Where the command line prints: normal output and errors. */
export interface Output {
  log(line: string): void;
  error(line: string): void;
}

/** The command line: returns the exit code. */
export function run(args: readonly string[], docsDir: string, out: Output = console): number {
  const unknown = args.filter((arg) => arg !== '--check');
  if (unknown.length > 0) {
    out.error(`unknown argument ${unknown[0]}\nusage: npm run diagrams [-- --check]`);
    return 2;
  }
  const check = args.includes('--check');
  let report: DocsReport;
  try {
    report = refreshDocs(docsDir, check);
  } catch (error) {
    out.error((error as Error).message);
    return 2;
  }
  if (check && report.stale.length > 0) {
    for (const where of report.stale) out.error(`stale ${where}`);
    out.error(`${report.stale.length} stale diagram(s): run npm run diagrams`);
    return 1;
  }
  for (const where of report.stale) out.log(`updated ${where}`);
  out.log(`${report.blocks} generated diagram(s) up to date`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = run(process.argv.slice(2), fileURLToPath(new URL('../../docs/', import.meta.url)));
}
