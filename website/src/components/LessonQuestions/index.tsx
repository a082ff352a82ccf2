import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import { Suspense, use, type ReactNode } from 'react';
import { QuestionCard } from './QuestionCard';
import { hasQuestions, loadedQuestions, loadQuestions } from './store';
import styles from './styles.module.css';

function QuestionsSection({ lesson }: { lesson: string }): ReactNode {
  // Read synchronously when preload.ts has already fetched them, so hydration never waits.
  const questions = loadedQuestions(lesson) ?? use(loadQuestions(lesson));
  return (
    <section className={styles.section} aria-labelledby="interview-questions">
      <Heading as="h2" id="interview-questions">
        Interview questions
      </Heading>
      <p className={styles.intro}>
        Answer each one out loud before you open the model answer, then try the follow-ups. The{' '}
        <Link to="/questions">question bank</Link> drills them with the rest of the course.
      </p>
      <ol className={styles.list}>
        {questions.map((question) => (
          <li key={question.id}>
            <QuestionCard question={question} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * The lesson's interview questions, from a chunk of their own rather than global data. The server render waits
 * for the chunk, so the HTML holds the questions.
 */
export default function LessonQuestions({ lesson }: { lesson: string }): ReactNode {
  if (!hasQuestions(lesson)) return null;
  return (
    <Suspense fallback={null}>
      <QuestionsSection lesson={lesson} />
    </Suspense>
  );
}
