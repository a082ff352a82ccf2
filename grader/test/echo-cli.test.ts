// `npm run echo-server` and `npm run echo-client` as a learner runs them: real processes talking over
// 127.0.0.1. The server gets a port the system chooses (--port 0) and is killed after each test.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';
import { repoRoot } from '../src/workspace.ts';

const bin = (name: string) => path.join(repoRoot, 'solutions', 'bin', name);

/** Starts the echo server, killed when the test finishes, and resolves to its port once it is listening. */
function startServer(test: TestContext, args: string[]): Promise<{ port: number; output: () => string }> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', bin('echo-server.ts'), '--port', '0', ...args], {
    cwd: repoRoot,
    env: { ...process.env, NO_COLOR: '1' },
  });
  test.onTestFinished(() => void child.kill());
  let output = '';
  child.stderr?.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      const match = /listening on 127\.0\.0\.1:(\d+) \((line|length) framing\)/.exec(output);
      if (match) resolve({ port: Number(match[1]), output: () => output });
    });
    child.on('exit', (code) => reject(new Error(`the echo server exited with code ${code}:\n${output}`)));
  });
}

/** Runs the echo client to completion and collects what it prints. */
function runClient(args: string[], input = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ['--import', 'tsx', bin('echo-client.ts'), ...args], {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 30_000,
    });
    child.stdin?.end(input);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk) => (stdout += chunk));
    child.stderr?.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A port on 127.0.0.1 where nothing listens. */
async function unusedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe.concurrent('npm run echo-server and npm run echo-client', () => {
  it('echo the client’s arguments in line framing', async (test) => {
    const { port, output } = await startServer(test, []);
    const { code, stdout } = await runClient(['--port', String(port), 'hello', 'wörld']);
    expect(code).toBe(0);
    expect(stdout).toContain(`connected to 127.0.0.1:${port} (line framing)`);
    expect(stdout).toContain('sent:     "hello"\nreceived: "hello"');
    expect(stdout).toContain('sent:     "wörld"\nreceived: "wörld"');
    expect(output()).toMatch(/127\.0\.0\.1:\d+ connected/);
  });

  it('echo the lines of stdin in length framing', async (test) => {
    const { port } = await startServer(test, ['--framing', 'length']);
    const { code, stdout } = await runClient(['--port', String(port), '--framing', 'length'], 'one\ntwo\n');
    expect(code).toBe(0);
    expect(stdout).toContain('received: "one" (3 bytes)');
    expect(stdout).toContain('received: "two" (3 bytes)');
  });

  it('explain ECONNREFUSED when no server is running', async () => {
    const port = await unusedPort();
    const { code, stderr } = await runClient(['--port', String(port), 'hello']);
    expect(code).toBe(1);
    expect(stderr).toContain('connection refused (ECONNREFUSED)');
    expect(stderr).toContain('npm run echo-server');
  });
});
