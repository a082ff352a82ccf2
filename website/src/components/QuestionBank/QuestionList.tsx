import Link from '@docusaurus/Link';
import clsx from 'clsx';
import type { ReactNode } from 'react';
import type { BankPart, BankQuestion } from '../../plugins/questions/types';
import { QuestionCard, questionHeadingId } from '../LessonQuestions/QuestionCard';
import styles from './styles.module.css';

interface Props {
  parts: BankPart[];
  questions: BankQuestion[];
  known: ReadonlySet<string>;
  setKnown: (id: string, isKnown: boolean) => void;
}

/** The selected questions under their parts, each with its lesson and a "known" checkbox. */
export function QuestionList({ parts, questions, known, setKnown }: Props): ReactNode {
  if (questions.length === 0) return <p className={styles.empty}>No questions match these filters.</p>;
  return parts
    .map((part) => ({ part, inPart: questions.filter((question) => question.part === part.folder) }))
    .filter(({ inPart }) => inPart.length > 0)
    .map(({ part, inPart }) => (
      <section key={part.folder} className={styles.partGroup} aria-labelledby={`part-${part.folder}`}>
        <h2 id={`part-${part.folder}`} className={styles.partTitle}>
          {part.label}
        </h2>
        <ol className={styles.list}>
          {inPart.map((question) => {
            const isKnown = known.has(question.id);
            return (
              <li key={question.id}>
                <QuestionCard
                  question={question}
                  className={clsx(isKnown && styles.knownCard)}
                  meta={
                    <>
                      {isKnown && (
                        <span className={styles.knownMark} aria-hidden="true">
                          ✓
                        </span>
                      )}
                      <span className={styles.from}>
                        From <Link to={question.url}>{question.lessonTitle}</Link>
                      </span>
                      <label className={styles.knownToggle}>
                        <input
                          type="checkbox"
                          checked={isKnown}
                          aria-describedby={questionHeadingId(question.id)}
                          onChange={(event) => setKnown(question.id, event.target.checked)}
                        />
                        Known
                      </label>
                    </>
                  }
                />
              </li>
            );
          })}
        </ol>
      </section>
    ));
}
