import type { ExerciseDetail } from '../../plugins/exercises/types';
import { fileUri, monaco, setUpTypeScript } from './monaco';
import { loadCode, saveCode } from './storage';

/** One exercise's files in Monaco: the learner's code (saved on every change) and the read-only tests. */
export interface Workspace {
  models: ReadonlyMap<string, monaco.editor.ITextModel>;
  dispose(): void;
}

function createModel(slug: string, file: string, text: string): monaco.editor.ITextModel {
  const uri = fileUri(slug, file);
  // Monaco's models are global: one left by an earlier visit would make createModel throw.
  monaco.editor.getModel(uri)?.dispose();
  return monaco.editor.createModel(text, 'typescript', uri);
}

export function openWorkspace(exercise: ExerciseDetail): Workspace {
  const types = setUpTypeScript(exercise);
  const models = new Map<string, monaco.editor.ITextModel>();
  const saving = exercise.files.map(({ name, stub }) => {
    const model = createModel(exercise.slug, name, loadCode(exercise.slug, name, stub));
    models.set(name, model);
    return model.onDidChangeContent(() => saveCode(exercise.slug, name, model.getValue(), stub));
  });
  for (const test of exercise.browserTests) models.set(test.name, createModel(exercise.slug, test.name, test.source));
  return {
    models,
    dispose() {
      saving.forEach((subscription) => subscription.dispose());
      models.forEach((model) => model.dispose());
      types.dispose();
    },
  };
}
