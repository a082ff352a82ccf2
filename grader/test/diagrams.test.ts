// `npm run diagrams`: the Mermaid diagrams that lessons take from the reference TCP state machine. The committed
// lessons must be up to date, each diagram must come out the same every time, and bad blocks must be refused.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  DIAGRAM_NAMES,
  FENCE,
  exploreTransitions,
  refreshDocs,
  refreshText,
  renderDiagram,
  run,
} from '../../solutions/bin/diagrams.ts';
import { repoWorkspace as ws } from '../src/workspace.ts';

const script = path.join(ws.root, 'solutions', 'bin', 'diagrams.ts');

/** A throwaway docs folder holding `files`. */
function docsWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'netprep-diagrams-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** Collects what `run` prints. */
function capture() {
  const lines: { log: string[]; error: string[] } = { log: [], error: [] };
  return { lines, out: { log: (line: string) => lines.log.push(line), error: (line: string) => lines.error.push(line) } };
}

const block = (name: string, body = '') => `${FENCE}${name}\n${body}\`\`\`\n`;

describe('the committed lessons', () => {
  it('have no stale generated diagram (run npm run diagrams after changing the state machine)', () => {
    expect(refreshDocs(ws.docsDir, true).stale).toEqual([]);
  });

  it('pass npm run diagrams -- --check, run as a real process', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, '--check'], { cwd: ws.root });
    expect(stdout).toMatch(/\d+ generated diagram\(s\) up to date/);
  });
});

describe('renderDiagram', () => {
  it.each(DIAGRAM_NAMES)('renders %s the same way every time', (name) => {
    const first = renderDiagram(name);
    expect(renderDiagram(name)).toBe(first);
    expect(first.endsWith('\n')).toBe(true);
    expect(first.split('\n')[0]).toBe(name === 'states' ? 'stateDiagram-v2' : 'sequenceDiagram');
  });

  it('refuses an unknown name and lists the valid ones', () => {
    expect(() => renderDiagram('handshake')).toThrow(/unknown diagram "handshake".*normal.*states/);
  });

  it('draws one message per segment between Client and Server, and a lost segment with a cross', () => {
    const diagram = renderDiagram('lost-final-ack');
    expect(diagram).toContain('    participant Client\n    participant Server\n');
    expect(diagram.match(/^ {4}(Client|Server)(->>|-x)(Client|Server): /gm)).toHaveLength(11);
    expect(diagram).toContain('    Client-xServer: ACK (lost)\n');
    expect(diagram.match(/-x/g)).toHaveLength(1);
  });

  it('notes state changes: the sender before its arrow, the receiver after it', () => {
    expect(renderDiagram('normal')).toContain(
      [
        '    Note left of Client: SYN_SENT',
        '    Client->>Server: SYN',
        '    Note right of Server: SYN_RCVD',
        '    Server->>Client: SYN+ACK',
        '    Note left of Client: ESTABLISHED',
      ].join('\n'),
    );
    expect(renderDiagram('normal')).toMatch(/Note left of Client: CLOSED after 2MSL\n$/);
  });

  it('derives the state diagram from the connection: the 47 table entries, with the RST in SYN_RCVD going both ways (48 arrows)', () => {
    const transitions = exploreTransitions();
    expect(transitions).toHaveLength(48);
    expect(transitions.filter((step) => step.from === 'SYN_RCVD' && step.event === 'RCV_RST').map((step) => step.to).sort()).toEqual([
      'CLOSED',
      'LISTEN',
    ]);
    const diagram = renderDiagram('states');
    expect(diagram).toContain('    [*] --> CLOSED\n');
    expect(diagram).toContain('    FIN_WAIT_1 --> TIME_WAIT : RCV_FIN_ACK / ACK\n');
    expect(diagram).toContain('    LISTEN --> SYN_RCVD : RCV_SYN / SYN+ACK\n');
    expect(diagram).toContain('    SYN_RCVD --> LISTEN : RCV_RST\n');
    const labels = diagram.split('\n').slice(2, -1).flatMap((line) => line.split(' : ')[1]!.split('<br/>'));
    expect(labels).toHaveLength(48);
  });
});

describe('refreshText', () => {
  it('rewrites the body of a stale block and reports its line, leaving everything else alone', () => {
    const other = '```mermaid\nflowchart LR\n    A --> B\n```\n';
    const text = `# Title\n\n${other}\n${block('reset', 'old\n')}\nText after.\n`;
    const { text: fresh, stale } = refreshText(text);
    expect(stale).toEqual([{ line: 8, name: 'reset' }]);
    expect(fresh).toBe(`# Title\n\n${other}\n${block('reset', renderDiagram('reset'))}\nText after.\n`);
    expect(refreshText(fresh)).toEqual({ text: fresh, stale: [] });
  });

  it('fills an empty block and reports every stale block with its own line', () => {
    const text = `${block('normal')}\n${block('states')}`;
    expect(refreshText(text).stale).toEqual([
      { line: 1, name: 'normal' },
      { line: 4, name: 'states' },
    ]);
  });

  it('ignores a mermaid block without the generated marker, even one holding an old diagram', () => {
    const text = `\`\`\`mermaid\n${renderDiagram('normal')}\`\`\`\n`;
    expect(refreshText(text)).toEqual({ text, stale: [] });
  });

  it('refuses an unknown name, giving its line', () => {
    expect(() => refreshText(`intro\n${block('bogus')}`)).toThrow(/line 2: unknown diagram "bogus"/);
  });

  it('refuses an opening line with anything after the name', () => {
    expect(() => refreshText(block('normal title="x"'))).toThrow(/unknown diagram "normal title="x""/);
  });

  it('refuses a block that is never closed', () => {
    expect(() => refreshText(`${FENCE}normal\nsequenceDiagram\n`)).toThrow(/line 1: the block tcp-fsm:normal is never closed/);
  });
});

describe('the command line', () => {
  it('rewrites stale blocks in docs/**/*.mdx and exits 0', () => {
    const dir = docsWith({ 'part/lesson.mdx': block('reset', 'old\n'), 'part/sub/deeper.mdx': block('states') });
    const { lines, out } = capture();
    expect(run([], dir, out)).toBe(0);
    expect(readFileSync(path.join(dir, 'part/lesson.mdx'), 'utf8')).toBe(block('reset', renderDiagram('reset')));
    expect(readFileSync(path.join(dir, 'part/sub/deeper.mdx'), 'utf8')).toBe(block('states', renderDiagram('states')));
    expect(lines.log.some((line) => line.includes('part/lesson.mdx:1 tcp-fsm:reset'))).toBe(true);
  });

  it('with --check, changes nothing, lists the stale blocks and exits 1', () => {
    const stale = `# Lesson\n\n${block('normal', 'old\n')}`;
    const dir = docsWith({ 'part/lesson.mdx': stale });
    const { lines, out } = capture();
    expect(run(['--check'], dir, out)).toBe(1);
    expect(readFileSync(path.join(dir, 'part/lesson.mdx'), 'utf8')).toBe(stale);
    expect(lines.error.join('\n')).toContain('part/lesson.mdx:3 tcp-fsm:normal');
  });

  it('with --check, exits 0 once everything is up to date', () => {
    const dir = docsWith({ 'part/lesson.mdx': block('normal', renderDiagram('normal')) });
    expect(run(['--check'], dir, capture().out)).toBe(0);
  });

  it('exits 2 for an unknown name and writes nothing, not even the valid blocks', () => {
    const good = block('reset', 'old\n');
    const dir = docsWith({ 'a/first.mdx': good, 'b/second.mdx': block('no-such-diagram') });
    const { lines, out } = capture();
    expect(run([], dir, out)).toBe(2);
    expect(lines.error.join('\n')).toMatch(/second\.mdx: line 1: unknown diagram "no-such-diagram"/);
    expect(readFileSync(path.join(dir, 'a/first.mdx'), 'utf8')).toBe(good);
  });

  it('exits 2 for an unknown argument', () => {
    expect(run(['--fix'], docsWith({}), capture().out)).toBe(2);
  });
});
