import clsx from 'clsx';
import type { ReactNode } from 'react';
import type { Level } from '../../plugins/questions/types';
import styles from './styles.module.css';

/** The levels from easiest to hardest, with the words learners see. */
export const LEVELS: ReadonlyArray<{ level: Level; label: string }> = [
  { level: 'warm-up', label: 'Warm-up' },
  { level: 'core', label: 'Core' },
  { level: 'deep', label: 'Deep' },
];

export function levelLabel(level: Level): string {
  return LEVELS.find((entry) => entry.level === level)!.label;
}

export function LevelBadge({ level }: { level: Level }): ReactNode {
  return <span className={clsx(styles.level, styles[level])}>{levelLabel(level)}</span>;
}
