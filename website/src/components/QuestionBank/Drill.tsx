import Link from '@docusaurus/Link';
import clsx from 'clsx';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { BankPart, BankQuestion } from '../../plugins/questions/types';
import { FollowUps } from '../LessonQuestions/FollowUps';
import { LevelBadge } from '../LessonQuestions/LevelBadge';
import { pickNext } from './selection';
import styles from './styles.module.css';

interface Props {
  /** The questions the filters select. */
  pool: BankQuestion[];
  parts: BankPart[];
  known: ReadonlySet<string>;
  setKnown: (id: string, isKnown: boolean) => void;
}

interface DrillState {
  id: string;
  revealed: boolean;
}

/** One random question at a time: answer it in your head, reveal, and say honestly whether you knew it. */
export function Drill({ pool, parts, known, setKnown }: Props): ReactNode {
  const [state, setState] = useState<DrillState | null>(null);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const answerRef = useRef<HTMLDivElement>(null);
  // A question the filters no longer select ends the drill, rather than showing something outside the selection.
  const current = state && pool.find((question) => question.id === state.id);

  // Keyboard and screen-reader users land on what just appeared: the new question, or the answer they asked for.
  useEffect(() => {
    if (!state) return;
    (state.revealed ? answerRef : questionRef).current?.focus();
  }, [state]);

  const goTo = (question: BankQuestion | null) => setState(question && { id: question.id, revealed: false });

  const answer = (knewIt: boolean) => {
    if (!current) return;
    // "Not yet" also takes back an earlier mark: it comes up only when everything is known, as review.
    setKnown(current.id, knewIt);
    const nowKnown = new Set(known);
    if (knewIt) nowKnown.add(current.id);
    else nowKnown.delete(current.id);
    goTo(pickNext(pool, nowKnown, current.id));
  };

  const allKnown = pool.length > 0 && pool.every((question) => known.has(question.id));

  return (
    <section className={styles.drill} aria-labelledby="drill-title">
      <div className={styles.drillHead}>
        <h2 id="drill-title" className={styles.drillTitle}>
          Drill
        </h2>
        {current && (
          <button type="button" className={clsx('button button--sm button--link', styles.stop)} onClick={() => setState(null)}>
            Stop drilling
          </button>
        )}
      </div>

      {!current ? (
        <div className={styles.drillIdle}>
          <p>
            One random question at a time from the {pool.length} selected, the ones you do not know yet first. Answer out loud, then
            reveal the model answer and be honest about whether you knew it.
          </p>
          <button type="button" className="button button--primary button--lg" disabled={pool.length === 0} onClick={() => goTo(pickNext(pool, known, null))}>
            Start drill
          </button>
        </div>
      ) : (
        <div className={styles.drillCard} data-question={current.id}>
          <div className={styles.drillMeta}>
            <LevelBadge level={current.level} />
            <span>
              {parts.find((part) => part.folder === current.part)?.label} · <Link to={current.url}>{current.lessonTitle}</Link>
            </span>
          </div>
          <h3
            ref={questionRef}
            tabIndex={-1}
            className={styles.drillQuestion}
            dangerouslySetInnerHTML={{ __html: current.questionHtml }}
          />
          {!state.revealed ? (
            <button type="button" className="button button--primary button--lg" onClick={() => setState({ ...state, revealed: true })}>
              Reveal answer
            </button>
          ) : (
            <>
              <div ref={answerRef} tabIndex={-1} role="region" aria-label="Model answer" className={styles.drillAnswer}>
                <div className="markdown" dangerouslySetInnerHTML={{ __html: current.answerHtml }} />
                <FollowUps followUpsHtml={current.followUpsHtml} />
              </div>
              <div className={styles.verdict}>
                <span className={styles.verdictPrompt}>Did you know it?</span>
                <button type="button" className={clsx('button button--lg', styles.knewIt)} onClick={() => answer(true)}>
                  <span aria-hidden="true">✓ </span>I knew it
                </button>
                <button type="button" className="button button--lg button--secondary" onClick={() => answer(false)}>
                  Not yet
                </button>
              </div>
            </>
          )}
          {allKnown && (
            <p className={styles.allKnown}>
              You know all {pool.length} questions in this selection, so these come round again as review. “Not yet” takes a question
              off your known list.
            </p>
          )}
        </div>
      )}
    </section>
  );
}
