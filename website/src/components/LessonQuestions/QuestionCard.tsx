import clsx from 'clsx';
import type { ReactNode } from 'react';
import type { LessonQuestion } from '../../plugins/questions/types';
import { FollowUps } from './FollowUps';
import { LevelBadge } from './LevelBadge';
import styles from './styles.module.css';

export const questionHeadingId = (id: string) => `question-${id}`;

interface Props {
  question: LessonQuestion;
  /** Shown beside the level badge: where the question comes from, whether it is known. */
  meta?: ReactNode;
  className?: string;
}

/** A question with its level, the model answer collapsed (so the learner answers first), and its follow-ups. */
export function QuestionCard({ question, meta, className }: Props): ReactNode {
  return (
    <article className={clsx(styles.card, className)} data-question={question.id}>
      <div className={styles.cardTop}>
        <LevelBadge level={question.level} />
        {meta}
      </div>
      <h3 id={questionHeadingId(question.id)} className={styles.question} dangerouslySetInnerHTML={{ __html: question.questionHtml }} />
      <details className={styles.answer}>
        <summary>Model answer</summary>
        <div className={clsx('markdown', styles.answerBody)} dangerouslySetInnerHTML={{ __html: question.answerHtml }} />
      </details>
      <FollowUps followUpsHtml={question.followUpsHtml} />
    </article>
  );
}
