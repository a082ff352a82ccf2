import Layout from '@theme/Layout';
import { useState, type ReactNode } from 'react';
import type { ExerciseDetail } from '../../plugins/exercises/types';
import styles from './styles.module.css';

function Hints({ exercise }: { exercise: ExerciseDetail }): ReactNode {
  const [shown, setShown] = useState<Record<number, number>>({});
  return (
    <section>
      <h2>Hints</h2>
      {exercise.tasks.map((task) => {
        const count = shown[task.id] ?? 0;
        return (
          <div key={task.id} className={styles.hintTask}>
            <h3>
              Task {task.id}: {task.title}
            </h3>
            <ol>
              {task.hints.slice(0, count).map((hint) => (
                <li key={hint}>{hint}</li>
              ))}
            </ol>
            {count < task.hints.length ? (
              <button className="button button--sm button--secondary" onClick={() => setShown({ ...shown, [task.id]: count + 1 })}>
                Show hint {count + 1} of {task.hints.length}
              </button>
            ) : (
              <span className={styles.muted}>All hints shown.</span>
            )}
          </div>
        );
      })}
    </section>
  );
}

export default function ExercisePage({ exercise }: { exercise: ExerciseDetail }): ReactNode {
  return (
    <Layout title={exercise.title} description={exercise.summary}>
      <main className="container margin-vert--lg">
        <div className={styles.statement} dangerouslySetInnerHTML={{ __html: exercise.readmeHtml }} />
        <Hints exercise={exercise} />
        <section>
          <h2>Grade it locally</h2>
          <pre>
            <code>
              {[
                `npm run grade -- ${exercise.slug}            # the hidden suite, task by task`,
                `npm run grade -- ${exercise.slug} --public   # the public tests`,
                `npm run watch                        # re-grade on every save`,
              ].join('\n')}
            </code>
          </pre>
        </section>
      </main>
    </Layout>
  );
}
