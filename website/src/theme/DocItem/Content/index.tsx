import { useDoc } from '@docusaurus/plugin-content-docs/client';
import LessonPractice from '@site/src/components/LessonPractice';
import LessonQuestions from '@site/src/components/LessonQuestions';
import Content from '@theme-original/DocItem/Content';
import type { ComponentProps, ReactNode } from 'react';

/** Every lesson ends with its exercises and interview questions, drawn from data rather than written in. */
export default function ContentWrapper(props: ComponentProps<typeof Content>): ReactNode {
  const { metadata } = useDoc();
  const lesson = metadata.source.split('/').pop()!.replace(/\.mdx?$/, '');
  return (
    <>
      <Content {...props} />
      {lesson !== 'index' && (
        <>
          <LessonPractice lesson={lesson} />
          <LessonQuestions lesson={lesson} />
        </>
      )}
    </>
  );
}
