import type { ReactNode } from 'react';

export default function LessonQuestions(_props: { lesson: string }): ReactNode {
  return null;
}
