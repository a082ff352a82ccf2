import { usePluginData } from '@docusaurus/useGlobalData';
import type { ExerciseSummary } from '../plugins/exercises/types';

export function useExercises(): ExerciseSummary[] {
  return (usePluginData('netprep-exercises') as { exercises: ExerciseSummary[] }).exercises;
}

/** Browser progress of one exercise, as the exercise page saves it. */
export interface BrowserProgress {
  passed: number;
  total: number;
}

export const progressKey = (slug: string) => `netprep:progress:${slug}`;
export const codeKey = (slug: string, file: string) => `netprep:code:${slug}:${file}`;

export function readBrowserProgress(slug: string): BrowserProgress | null {
  try {
    const raw = localStorage.getItem(progressKey(slug));
    return raw ? (JSON.parse(raw) as BrowserProgress) : null;
  } catch {
    return null;
  }
}
