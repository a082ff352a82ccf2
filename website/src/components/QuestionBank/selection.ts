import type { BankQuestion, Level } from '../../plugins/questions/types';

export const ALL = 'all';

export interface Filters {
  /** A part folder, or every part. */
  part: string;
  level: Level | typeof ALL;
  hideKnown: boolean;
}

export const NO_FILTERS: Filters = { part: ALL, level: ALL, hideKnown: false };

/** The questions the part and level filters select; "hide known" only thins the list, never the drill or the counts. */
export function selectQuestions(questions: BankQuestion[], { part, level }: Filters): BankQuestion[] {
  return questions.filter((question) => (part === ALL || question.part === part) && (level === ALL || question.level === level));
}

/**
 * The next drill question: one not known yet if any, and not the one just seen if another will do.
 * `random` returns a number in [0, 1), like Math.random; tests pass their own.
 */
export function pickNext(pool: BankQuestion[], known: ReadonlySet<string>, current: string | null, random: () => number = Math.random): BankQuestion | null {
  const unknown = pool.filter((question) => !known.has(question.id));
  const notCurrent = (list: BankQuestion[]) => list.filter((question) => question.id !== current);
  const candidates = [notCurrent(unknown), unknown, notCurrent(pool), pool].find((list) => list.length > 0);
  return candidates ? candidates[Math.floor(random() * candidates.length)]! : null;
}
