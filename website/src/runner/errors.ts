import { processError } from '@vitest/utils/error';
import { CompileError } from './compile';
import { SOURCE_URL_PREFIX } from './modules';
import type { TestError } from './protocol';

// processError colours the diff when it thinks it writes to a terminal (in Node); the page shows plain text.
const ANSI = /\u001b\[[0-9;]*m/g;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FRAME = new RegExp(`${escapeRegExp(SOURCE_URL_PREFIX)}([\\w.-]+\\.ts):(\\d+):\\d+`);

interface ProcessedError {
  name?: string;
  message?: string;
  diff?: string;
  stack?: string;
}

/**
 * What the learner needs from a failure, as plain data for postMessage: vitest's own message and
 * expected/received diff (processError is what vitest's reporters use), and the line it came from.
 */
export function describeError(error: unknown): TestError {
  if (error instanceof CompileError) return { message: error.message, at: { file: error.file, line: error.line } };
  const processed = processError(error) as ProcessedError;
  const message = processed.message ?? String(error);
  const described: TestError = {
    // An assertion's message says it all; anything else is more useful with its class: "AddressError: …".
    message: processed.name && processed.name !== 'AssertionError' ? `${processed.name}: ${message}` : message,
  };
  if (processed.diff) described.diff = processed.diff.replace(ANSI, '');
  const frame = processed.stack ? FRAME.exec(processed.stack) : null;
  if (frame) described.at = { file: frame[1]!, line: Number(frame[2]) };
  return described;
}
