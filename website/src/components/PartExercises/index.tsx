import Link from '@docusaurus/Link';
import type { ReactNode } from 'react';
import { useExercises } from '../exerciseData';

/** The exercises whose lessons sit in this part, drawn from exercise.json so lessons never repeat them. */
export default function PartExercises({ part }: { part: string }): ReactNode {
  const exercises = useExercises().filter((exercise) => exercise.parts.includes(part));
  if (exercises.length === 0) return <p>No exercise belongs to this part yet.</p>;
  return (
    <ul>
      {exercises.map((exercise) => (
        <li key={exercise.slug}>
          <Link to={`/exercises/${exercise.slug}`}>{exercise.title}</Link> ({exercise.difficulty}): {exercise.summary}
        </li>
      ))}
    </ul>
  );
}
