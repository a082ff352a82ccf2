import Layout from '@theme/Layout';
import { useMemo, useState, type ReactNode } from 'react';
import type { QuestionBankData } from '../../plugins/questions/types';
import { Drill } from './Drill';
import { FilterBar } from './Filters';
import { KnownProgress } from './KnownProgress';
import { QuestionList } from './QuestionList';
import { NO_FILTERS, selectQuestions } from './selection';
import { useKnownQuestions } from './useKnownQuestions';
import styles from './styles.module.css';

/** `/questions`: every lesson's interview questions, filterable, with a drill and "known" marks kept in this browser. */
export default function QuestionBank({ bank }: { bank: QuestionBankData }): ReactNode {
  const ids = useMemo(() => bank.questions.map((question) => question.id), [bank]);
  const { known, setKnown, clear } = useKnownQuestions(ids);
  const [filters, setFilters] = useState(NO_FILTERS);
  const selected = useMemo(() => selectQuestions(bank.questions, filters), [bank, filters]);
  const listed = filters.hideKnown ? selected.filter((question) => !known.has(question.id)) : selected;
  const lessonCount = new Set(bank.questions.map((question) => question.lesson)).size;

  return (
    <Layout title="Interview questions" description="Every interview question in the netprep course, with model answers, follow-ups and a drill mode.">
      <main className="container margin-vert--lg">
        <header className={styles.header}>
          <h1>Interview questions</h1>
          <p className={styles.lead}>
            {bank.questions.length} questions from {lessonCount} {lessonCount === 1 ? 'lesson' : 'lessons'}, each with a model answer and the
            follow-ups an interviewer asks next. Filter them, drill them one at a time, and mark the ones you know: the marks stay in this
            browser.
          </p>
        </header>

        <div className={styles.toolbar}>
          <FilterBar parts={bank.parts} questions={bank.questions} filters={filters} onChange={setFilters} />
          <KnownProgress
            knownCount={selected.filter((question) => known.has(question.id)).length}
            total={selected.length}
            onClear={() => clear(selected.map((question) => question.id))}
          />
        </div>

        <Drill pool={selected} parts={bank.parts} known={known} setKnown={setKnown} />

        <QuestionList parts={bank.parts} questions={listed} known={known} setKnown={setKnown} />
      </main>
    </Layout>
  );
}
