import clsx from 'clsx';
import { useId, type ReactNode } from 'react';
import type { BankPart, BankQuestion } from '../../plugins/questions/types';
import { LEVELS } from '../LessonQuestions/LevelBadge';
import { ALL, selectQuestions, type Filters } from './selection';
import styles from './styles.module.css';

interface Props {
  parts: BankPart[];
  questions: BankQuestion[];
  filters: Filters;
  onChange: (filters: Filters) => void;
}

/** Part, level and "hide known". Each option shows how many questions it would select. */
export function FilterBar({ parts, questions, filters, onChange }: Props): ReactNode {
  const partSelect = useId();
  const levelName = useId();
  const count = (part: string, level: Filters['level']) => selectQuestions(questions, { ...filters, part, level }).length;
  const levels = [{ level: ALL, label: 'All' } as const, ...LEVELS];

  return (
    <div className={styles.filters}>
      <div className={styles.field}>
        <label htmlFor={partSelect} className={styles.fieldLabel}>
          Part
        </label>
        <select id={partSelect} className={styles.select} value={filters.part} onChange={(event) => onChange({ ...filters, part: event.target.value })}>
          <option value={ALL}>All parts ({count(ALL, ALL)})</option>
          {parts.map((part) => {
            const n = count(part.folder, ALL);
            return (
              <option key={part.folder} value={part.folder} disabled={n === 0}>
                {part.label} ({n === 0 ? 'no questions yet' : n})
              </option>
            );
          })}
        </select>
      </div>

      <fieldset className={styles.field}>
        <legend className={styles.fieldLabel}>Level</legend>
        <div className={styles.segmented}>
          {levels.map(({ level, label }) => (
            <label key={level} className={clsx(styles.segment, filters.level === level && styles.segmentChecked)}>
              <input type="radio" name={levelName} value={level} checked={filters.level === level} onChange={() => onChange({ ...filters, level })} />
              {label} <span className={styles.segmentCount}>{count(filters.part, level)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <label className={styles.checkbox}>
        <input type="checkbox" checked={filters.hideKnown} onChange={(event) => onChange({ ...filters, hideKnown: event.target.checked })} />
        Hide known questions
      </label>
    </div>
  );
}
