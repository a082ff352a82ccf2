import { useEffect, useState, type ReactNode } from 'react';
import { monaco, whenTypeChecked } from './monaco';
import styles from './styles.module.css';
import type { Workspace } from './workspace';

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
}

/** TypeScript's errors and warnings in every file, from the markers Monaco's TypeScript worker sets. */
export function useDiagnostics(workspace: Workspace): { diagnostics: Diagnostic[]; checked: boolean } {
  const [diagnostics, setDiagnostics] = useState<Diagnostic[]>([]);
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    const update = () =>
      setDiagnostics(
        [...workspace.models].flatMap(([file, model]) =>
          monaco.editor
            .getModelMarkers({ resource: model.uri })
            .filter((marker) => marker.severity >= monaco.MarkerSeverity.Warning)
            .map((marker) => ({
              file,
              line: marker.startLineNumber,
              column: marker.startColumn,
              message: marker.message,
              severity: marker.severity === monaco.MarkerSeverity.Error ? ('error' as const) : ('warning' as const),
            })),
        ),
      );
    const subscription = monaco.editor.onDidChangeMarkers(update);
    let live = true;
    whenTypeChecked([...workspace.models.values()])
      .catch(() => undefined)
      .finally(() => {
        if (!live) return;
        update();
        setChecked(true);
      });
    return () => {
      live = false;
      subscription.dispose();
    };
  }, [workspace]);
  return { diagnostics, checked };
}

export default function Diagnostics({
  diagnostics,
  checked,
  onGoTo,
}: {
  diagnostics: Diagnostic[];
  checked: boolean;
  onGoTo(file: string, line: number, column: number): void;
}): ReactNode {
  return (
    <section className={styles.problems} aria-labelledby="exercise-problems">
      <h3 id="exercise-problems" className={styles.panelTitle}>
        Problems
      </h3>
      {!checked ? (
        <p className={styles.muted}>Type checking…</p>
      ) : diagnostics.length === 0 ? (
        <p className={styles.muted}>No problems: TypeScript is happy with every file.</p>
      ) : (
        <ul className={styles.problemList}>
          {diagnostics.map((d) => (
            <li key={`${d.file}:${d.line}:${d.column}:${d.message}`} className={d.severity === 'error' ? styles.problemError : styles.problemWarning}>
              <button type="button" className={styles.linkButton} onClick={() => onGoTo(d.file, d.line, d.column)}>
                {d.file} · line {d.line}:
              </button>{' '}
              <span className={styles.problemMessage}>{d.message}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
