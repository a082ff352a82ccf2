import BrowserOnly from '@docusaurus/BrowserOnly';
import { lazy, Suspense, type ReactNode } from 'react';
import type { ExerciseDetail } from '../../plugins/exercises/types';
import styles from './styles.module.css';

// Monaco, the test runner and their CSS sit behind this import(): only an exercise page that renders the
// editor downloads them. Server rendering never reaches it (BrowserOnly).
const Workbench = lazy(() => import('./Workbench'));

const placeholder = <div className={styles.loading}>Loading the editor…</div>;

export default function ExerciseEditor({ exercise }: { exercise: ExerciseDetail }): ReactNode {
  return (
    <BrowserOnly fallback={placeholder}>
      {() => (
        <Suspense fallback={placeholder}>
          <Workbench key={exercise.slug} exercise={exercise} />
        </Suspense>
      )}
    </BrowserOnly>
  );
}
