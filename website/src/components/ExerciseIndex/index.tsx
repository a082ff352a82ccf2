import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import { useEffect, useState, type ReactNode } from 'react';
import { readBrowserProgress, useExercises, type BrowserProgress } from '../exerciseData';
import styles from './styles.module.css';

export default function ExerciseIndex(): ReactNode {
  const exercises = useExercises();
  // Progress lives in this browser's localStorage, so it is read after the page has loaded.
  const [progress, setProgress] = useState<Record<string, BrowserProgress | null>>({});
  useEffect(() => {
    setProgress(Object.fromEntries(exercises.map((e) => [e.slug, readBrowserProgress(e.slug)])));
  }, [exercises]);
  return (
    <Layout title="Exercises" description="Build the pieces of a TCP/IP stack yourself, test by test.">
      <main className="container margin-vert--lg">
        <h1>Exercises</h1>
        <p>
          Each exercise is a TypeScript stub with public tests. Solve it here in the browser, or locally with{' '}
          <code>npm run watch</code>, where hidden suites grade it task by task.
        </p>
        <ol className={styles.list}>
          {exercises.map((exercise) => {
            const own = progress[exercise.slug];
            return (
              <li key={exercise.slug} className={styles.card}>
                <Link to={`/exercises/${exercise.slug}`} className={styles.title}>
                  {exercise.title}
                </Link>
                <span className={`badge badge--secondary ${styles.badge}`}>{exercise.difficulty}</span>
                <p className={styles.summary}>{exercise.summary}</p>
                <span className={styles.progress}>
                  {own ? `${own.passed}/${own.total} public tests passing in this browser` : `${exercise.taskCount} tasks · not started`}
                </span>
              </li>
            );
          })}
        </ol>
      </main>
    </Layout>
  );
}
