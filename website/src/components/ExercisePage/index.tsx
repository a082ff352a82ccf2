import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import { useState, type ReactNode } from 'react';
import type { ExerciseDetail } from '../../plugins/exercises/types';
import ExerciseEditor from '../ExerciseEditor';
import styles from './styles.module.css';

function Hints({ exercise }: { exercise: ExerciseDetail }): ReactNode {
  const [shown, setShown] = useState<Record<number, number>>({});
  return (
    <section>
      <h2>Hints</h2>
      <p className={styles.muted}>One at a time: try the next step yourself before you open the next hint.</p>
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

function GradeLocally({ exercise }: { exercise: ExerciseDetail }): ReactNode {
  return (
    <section>
      <h2>Grade it locally</h2>
      <p>
        The editor runs the public tests. The hidden suite, which grades each task, runs in your checkout: download your code into{' '}
        <code>exercises/{exercise.slug}/</code>, then:
      </p>
      <pre tabIndex={0}>
        <code>
          {[
            `npm run grade -- ${exercise.slug}            # the hidden suite, task by task`,
            `npm run grade -- ${exercise.slug} --public   # the public tests${exercise.nodeOnlyTests.length > 0 ? ', Node-only ones included' : ''}`,
            `npm run watch                        # re-grade on every save`,
          ].join('\n')}
        </code>
      </pre>
    </section>
  );
}

export default function ExercisePage({ exercise }: { exercise: ExerciseDetail }): ReactNode {
  return (
    <Layout title={exercise.title} description={exercise.summary}>
      <main className={styles.page}>
        <nav className={styles.breadcrumbs} aria-label="Breadcrumbs">
          <Link to="/exercises">Exercises</Link> <span aria-hidden="true">›</span> {exercise.title}{' '}
          <span className={`badge badge--secondary ${styles.badge}`}>{exercise.difficulty}</span>
        </nav>
        <div className={styles.columns}>
          <article className={styles.brief}>
            <div className={styles.statement} dangerouslySetInnerHTML={{ __html: exercise.readmeHtml }} />
            <Hints exercise={exercise} />
            <GradeLocally exercise={exercise} />
          </article>
          <section className={styles.workspace} aria-label="Code editor and tests">
            <ExerciseEditor exercise={exercise} />
          </section>
        </div>
      </main>
    </Layout>
  );
}
