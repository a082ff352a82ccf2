import Link from '@docusaurus/Link';
import Admonition from '@theme/Admonition';
import type { ReactNode } from 'react';
import { useExercises } from '../exerciseData';

/** "Try it": the exercises that name this lesson in their exercise.json. */
export default function LessonPractice({ lesson }: { lesson: string }): ReactNode {
  const exercises = useExercises().filter((exercise) => exercise.lessons.includes(lesson));
  if (exercises.length === 0) return null;
  return (
    <Admonition type="info" title="Practise it">
      {exercises.map((exercise) => (
        <p key={exercise.slug}>
          <Link to={`/exercises/${exercise.slug}`}>{exercise.title}</Link>: {exercise.summary} Solve it in the browser, or
          locally with <code>npm run grade -- {exercise.slug}</code>.
        </p>
      ))}
    </Admonition>
  );
}
