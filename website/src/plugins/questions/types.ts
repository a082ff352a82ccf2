/** Shared by the plugin (build time) and the components (browser); types only, so no grader code reaches a bundle. */
import type { Question } from '../../../../grader/src/lessons.ts';

export type Level = Question['level'];

/** One question as a lesson page shows it, with its Markdown already rendered to HTML. */
export interface LessonQuestion {
  id: string;
  level: Level;
  /** Inline HTML: the question is a single line that may hold `code` or emphasis. */
  questionHtml: string;
  answerHtml: string;
  /** Inline HTML, one per follow-up. */
  followUpsHtml: string[];
}

/** One question in the bank: where it comes from as well. */
export interface BankQuestion extends LessonQuestion {
  /** The lesson's file name without `.mdx`, such as `ipv4-addressing-and-subnets`. */
  lesson: string;
  lessonTitle: string;
  /** The docs part folder, such as `02-network-layer`. */
  part: string;
  /** The lesson's route without the base URL, such as `/docs/network-layer/ipv4-addressing-and-subnets`. */
  url: string;
}

export interface BankPart {
  /** The docs folder, such as `02-network-layer`. */
  folder: string;
  /** The sidebar label from `_category_.json`, such as `Part 2: Network layer`. */
  label: string;
}

/** Everything the `/questions` page needs, in course order. */
export interface QuestionBankData {
  parts: BankPart[];
  questions: BankQuestion[];
}
