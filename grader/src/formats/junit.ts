// JUnit XML, which GitLab, Jenkins, Azure Pipelines and most CI dashboards read: one testsuite per
// exercise task, one testcase per hidden test.
import type { RunOutcome, TestOutcome } from '../results.ts';

// XML 1.0 cannot carry most control characters at all, escaped or not.
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function xml(text: string): string {
  return text
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

function testcase(classname: string, test: TestOutcome): string {
  const open = `    <testcase classname="${xml(classname)}" name="${xml(test.name)}" time="${seconds(test.durationMs)}"`;
  const body: string[] = [];
  if (test.status !== 'pass') {
    const kind = test.status === 'error' ? 'error' : 'failure';
    const message = test.message ?? test.status;
    const where = test.location ? `\nat ${test.location.file}:${test.location.line}` : '';
    body.push(`      <${kind} message="${xml(message.split('\n')[0]!)}">${xml(message + where)}</${kind}>`);
  }
  if (test.output) body.push(`      <system-out>${xml(test.output)}</system-out>`);
  return body.length === 0 ? `${open}/>` : `${open}>\n${body.join('\n')}\n    </testcase>`;
}

export function toJunit(run: RunOutcome): string {
  const count = (tests: TestOutcome[], status: TestOutcome['status']) => tests.filter((t) => t.status === status).length;
  const all = run.exercises.flatMap((e) => e.tests);
  const suites = run.exercises.flatMap((exercise) => {
    const groups = [
      ...exercise.tasks.map((task) => ({
        name: `${exercise.slug} › task ${task.id}: ${task.title}`,
        classname: `${exercise.slug}.task${task.id}`,
        tests: exercise.tests.filter((t) => t.task_id === task.id),
      })),
      { name: `${exercise.slug} › outside any task`, classname: exercise.slug, tests: exercise.tests.filter((t) => t.task_id === null) },
    ].filter((group) => group.tests.length > 0);
    if (exercise.message !== null) {
      // A suite that could not load still shows up, as an error of its own.
      groups.push({
        name: `${exercise.slug} › loading`,
        classname: exercise.slug,
        tests: [{ name: 'the hidden suite loads', task_id: null, status: 'error', message: exercise.message, output: '', durationMs: 0 }],
      });
    }
    return groups.map((group) => {
      const time = group.tests.reduce((sum, t) => sum + t.durationMs, 0);
      return [
        `  <testsuite name="${xml(group.name)}" tests="${group.tests.length}" failures="${count(group.tests, 'fail')}" errors="${count(group.tests, 'error')}" time="${seconds(time)}">`,
        ...group.tests.map((test) => testcase(group.classname, test)),
        '  </testsuite>',
      ].join('\n');
    });
  });
  const time = all.reduce((sum, t) => sum + t.durationMs, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="netprep (${xml(run.target)})" tests="${all.length}" failures="${count(all, 'fail')}" errors="${count(all, 'error')}" time="${seconds(time)}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
