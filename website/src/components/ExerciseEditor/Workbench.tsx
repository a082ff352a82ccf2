import { useColorMode } from '@docusaurus/theme-common';
import Editor from '@monaco-editor/react';
import clsx from 'clsx';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ExerciseDetail } from '../../plugins/exercises/types';
import { countPassed } from '../../runner/results';
import Diagnostics, { useDiagnostics } from './Diagnostics';
import { downloadText } from './download';
import FileTabs, { EDITOR_PANEL_ID, tabId, type Tab } from './FileTabs';
import { monaco } from './monaco';
import SolutionPanel from './SolutionPanel';
import styles from './styles.module.css';
import TestResults from './TestResults';
import { useTestRun } from './useTestRun';
import { openWorkspace, type Workspace } from './workspace';

/** For the browser tests and for debugging: the editor's files, read and written as the learner would. */
export interface EditorHook {
  getValue(file: string): string;
  setValue(file: string, text: string): void;
}

declare global {
  interface Window {
    __netprepEditor?: EditorHook;
  }
}

type Position = { file: string; line: number; column: number };

function Workbench({ exercise, workspace }: { exercise: ExerciseDetail; workspace: Workspace }): ReactNode {
  const { colorMode } = useColorMode();
  const codeFiles = exercise.files.map((file) => file.name);
  const [active, setActive] = useState(codeFiles[0]!);
  // What "Download" saves while a test tab is open: the code file seen last.
  const [lastCode, setLastCode] = useState(codeFiles[0]!);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const [editorReady, setEditorReady] = useState(false);
  const pendingReveal = useRef<Position | null>(null);
  const { diagnostics, checked } = useDiagnostics(workspace);
  const { state: runState, run } = useTestRun(exercise);
  const readOnly = !codeFiles.includes(active);

  const model = (file: string) => workspace.models.get(file)!;
  const runTests = () => run(Object.fromEntries(codeFiles.map((file) => [file, model(file).getValue()])));
  // The editor's Ctrl+Enter action is bound once, so it calls whatever runTests is current.
  const runTestsRef = useRef(runTests);
  runTestsRef.current = runTests;

  const select = (file: string) => {
    setActive(file);
    if (codeFiles.includes(file)) setLastCode(file);
  };

  const reveal = ({ line, column }: Position) => {
    const editor = editorRef.current;
    if (!editor) return;
    editor.setPosition({ lineNumber: line, column });
    editor.revealLineInCenter(line);
    editor.focus();
  };

  const goTo = (file: string, line: number, column = 1) => {
    if (file === active) return reveal({ file, line, column });
    // The editor switches models in its own effect; the reveal waits for that (see below).
    pendingReveal.current = { file, line, column };
    select(file);
  };

  useEffect(() => {
    const pending = pendingReveal.current;
    if (pending?.file === active) {
      pendingReveal.current = null;
      reveal(pending);
    }
  }, [active]);

  useEffect(() => {
    window.__netprepEditor = {
      getValue: (file) => model(file).getValue(),
      setValue: (file, text) => model(file).setValue(text),
    };
    return () => {
      delete window.__netprepEditor;
    };
  }, [workspace]);

  const reset = () => {
    const names = codeFiles.join(' and ');
    if (!window.confirm(`Reset ${names} to the stub? Your code in this browser will be replaced (Ctrl+Z in the editor brings it back).`)) return;
    for (const { name, stub } of exercise.files) {
      const target = model(name);
      // An edit rather than setValue, so that undo can bring the learner's code back.
      target.pushEditOperations([], [{ range: target.getFullModelRange(), text: stub }], () => null);
    }
  };

  const tabs: Tab[] = [...codeFiles, ...exercise.browserTests.map((test) => test.name)].map((file) => ({
    file,
    readOnly: !codeFiles.includes(file),
    problems: diagnostics.filter((d) => d.file === file && d.severity === 'error').length,
  }));
  const running = runState.status === 'running';
  const score = runState.status === 'done' && runState.outcome.kind === 'finished' ? countPassed(runState.outcome.results) : null;

  return (
    <div className={styles.workbench}>
      <div className={styles.toolbar}>
        <button
          type="button"
          className="button button--primary"
          onClick={() => void runTests()}
          disabled={!editorReady || running || exercise.browserTests.length === 0}
          title="Run the public tests (Ctrl+Enter or ⌘+Enter in the editor)"
        >
          {running ? (
            'Running…'
          ) : (
            <>
              <span aria-hidden="true">▶</span> Run tests
            </>
          )}
        </button>
        {score && (
          // The full results sit below the editor; this says how it went where the learner clicked.
          <button
            type="button"
            className={clsx(styles.score, score.passed === score.total && styles.scoreDone)}
            onClick={() => document.getElementById('exercise-results')?.scrollIntoView({ behavior: 'smooth', block: 'start' })}
          >
            {score.passed}/{score.total} passed <span aria-hidden="true">↓</span>
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={reset} disabled={!editorReady}>
          Reset to stub
        </button>
        <button type="button" className="button button--secondary" onClick={() => downloadText(lastCode, model(lastCode).getValue())}>
          Download {lastCode}
        </button>
        <span className={styles.saved}>Saved in this browser</span>
      </div>
      <FileTabs tabs={tabs} active={active} onSelect={select} />
      <div id={EDITOR_PANEL_ID} role="tabpanel" aria-labelledby={tabId(active)} className={styles.editor}>
        <Editor
          path={model(active).uri.toString()}
          language="typescript"
          theme={colorMode === 'dark' ? 'vs-dark' : 'vs'}
          // The workspace owns the models: switching tabs must not dispose them.
          keepCurrentModel
          loading={<div className={styles.loading}>Loading the editor…</div>}
          options={{
            readOnly,
            readOnlyMessage: { value: 'The public tests are read-only: change your code to make them pass.' },
            ariaLabel: `${active}${readOnly ? ', read-only' : ''}`,
            minimap: { enabled: false },
            fontSize: 14,
            tabSize: 2,
            scrollBeyondLastLine: false,
            automaticLayout: true,
            fixedOverflowWidgets: true,
            padding: { top: 8 },
          }}
          onMount={(editor) => {
            editorRef.current = editor;
            editor.addAction({
              id: 'netprep.runTests',
              label: 'Run the public tests',
              keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
              run: () => void runTestsRef.current(),
            });
            setEditorReady(true);
          }}
        />
      </div>
      {exercise.nodeOnlyTests.length > 0 && (
        <p className={styles.nodeOnly}>
          Node-only public tests, not run here: {exercise.nodeOnlyTests.join(', ')}. Run them in your checkout with{' '}
          <code>npm run grade -- {exercise.slug} --public</code>.
        </p>
      )}
      <Diagnostics diagnostics={diagnostics} checked={checked} onGoTo={goTo} />
      <TestResults state={runState} exercise={exercise} onGoTo={goTo} />
      <SolutionPanel exercise={exercise} />
    </div>
  );
}

/** The editor, its tests and the solution: everything that needs Monaco, loaded lazily with it. */
export default function LoadedWorkbench({ exercise }: { exercise: ExerciseDetail }): ReactNode {
  const [workspace, setWorkspace] = useState<Workspace | null>(null);
  useEffect(() => {
    const opened = openWorkspace(exercise);
    setWorkspace(opened);
    return () => opened.dispose();
  }, [exercise]);
  return workspace ? <Workbench exercise={exercise} workspace={workspace} /> : <div className={styles.loading}>Loading the editor…</div>;
}
