import useBaseUrl from '@docusaurus/useBaseUrl';
import CodeBlock from '@theme/CodeBlock';
import { useState, type ReactNode } from 'react';
import type { ExerciseDetail } from '../../plugins/exercises/types';
import styles from './styles.module.css';

type SolutionState =
  | { status: 'hidden' }
  | { status: 'loading' }
  | { status: 'shown'; files: Array<{ name: string; text: string }> }
  | { status: 'failed'; message: string };

/**
 * The reference solution, fetched only when the learner asks for it and shown beside their code, never
 * in place of it. It is a plain file on the site, so no page bundle carries it.
 */
export default function SolutionPanel({ exercise }: { exercise: ExerciseDetail }): ReactNode {
  const [state, setState] = useState<SolutionState>({ status: 'hidden' });
  const base = useBaseUrl(`/solutions/${exercise.slug}/`);

  const reveal = async () => {
    setState({ status: 'loading' });
    try {
      const files = await Promise.all(
        exercise.files.map(async ({ name }) => {
          const response = await fetch(`${base}${name}.txt`);
          if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
          return { name, text: await response.text() };
        }),
      );
      setState({ status: 'shown', files });
    } catch (error) {
      setState({ status: 'failed', message: (error as Error).message });
    }
  };

  return (
    <section className={styles.solution} aria-labelledby="exercise-solution">
      <h3 id="exercise-solution" className={styles.panelTitle}>
        Reference solution
      </h3>
      {!exercise.hasSolution ? (
        <p className={styles.muted}>Reference solutions aren’t published on this site.</p>
      ) : state.status === 'shown' ? (
        <>
          <p className={styles.muted}>Read it, then close it and write your own: your code above is untouched.</p>
          {state.files.map((file) => (
            <CodeBlock key={file.name} language="ts" title={`${file.name} (reference solution)`} showLineNumbers>
              {file.text}
            </CodeBlock>
          ))}
          <button type="button" className="button button--sm button--secondary" onClick={() => setState({ status: 'hidden' })}>
            Hide solution
          </button>
        </>
      ) : (
        <>
          <p className={styles.muted}>Stuck after every hint? The solution shows one way to do it, next to your code.</p>
          {state.status === 'failed' && <p className={styles.summaryAlert}>Could not load it: {state.message}</p>}
          <button type="button" className="button button--sm button--outline button--secondary" onClick={reveal} disabled={state.status === 'loading'}>
            {state.status === 'loading' ? 'Loading…' : 'Reveal solution'}
          </button>
        </>
      )}
    </section>
  );
}
