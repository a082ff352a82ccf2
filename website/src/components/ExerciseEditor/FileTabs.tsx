import clsx from 'clsx';
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import styles from './styles.module.css';

export interface Tab {
  file: string;
  readOnly: boolean;
  problems: number;
}

export const tabId = (file: string) => `exercise-tab-${file.replace(/\W/g, '-')}`;
export const EDITOR_PANEL_ID = 'exercise-editor-panel';

/** The editor's files as ARIA tabs: arrow keys move between them, as screen reader users expect. */
export default function FileTabs({ tabs, active, onSelect }: { tabs: Tab[]; active: string; onSelect(file: string): void }): ReactNode {
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = (index + step + tabs.length) % tabs.length;
    onSelect(tabs[next]!.file);
    buttons.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label="Exercise files" className={styles.tabs}>
      {tabs.map((tab, index) => {
        const selected = tab.file === active;
        return (
          <button
            key={tab.file}
            ref={(button) => {
              buttons.current[index] = button;
            }}
            type="button"
            role="tab"
            id={tabId(tab.file)}
            aria-selected={selected}
            aria-controls={EDITOR_PANEL_ID}
            tabIndex={selected ? 0 : -1}
            className={clsx(styles.tab, selected && styles.tabActive)}
            onClick={() => onSelect(tab.file)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.file}
            {tab.readOnly && <span className={styles.tabNote}>read-only</span>}
            {tab.problems > 0 && (
              <span className={styles.tabProblems} aria-label={`${tab.problems} ${tab.problems === 1 ? 'problem' : 'problems'}`}>
                {tab.problems}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
