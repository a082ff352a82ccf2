import type { ReactNode } from 'react';
import styles from './styles.module.css';

interface Props {
  knownCount: number;
  total: number;
  onClear: () => void;
}

/** "3 of 10 known" for the current selection, and a way to start it over. */
export function KnownProgress({ knownCount, total, onClear }: Props): ReactNode {
  const percent = total === 0 ? 0 : Math.round((knownCount / total) * 100);
  return (
    <div className={styles.progress}>
      <p className={styles.progressText} aria-live="polite">
        <strong>
          {knownCount} of {total}
        </strong>{' '}
        known
      </p>
      {/* The sentence above says the same; the bar is for the eye. */}
      <div className={styles.progressBar} aria-hidden="true">
        <div className={styles.progressFill} style={{ width: `${percent}%` }} />
      </div>
      <button type="button" className="button button--sm button--secondary" onClick={onClear} disabled={knownCount === 0}>
        Clear marks
      </button>
    </div>
  );
}
