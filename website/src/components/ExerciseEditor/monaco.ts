// Monaco, self-hosted. Only the exercise editor's lazy chunk imports this module, so lesson pages never
// download Monaco, its workers or its CSS (see src/plugins/bundle-splitting).
import { loader } from '@monaco-editor/react';
import type { typescript as TypeScriptApi } from 'monaco-editor';
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
// The editor's features (find, hover, suggestions…), and TypeScript: its colouring and its language service.
// The rest of the languages that `import 'monaco-editor'` would register are left out.
import 'monaco-editor/esm/vs/editor/edcore.main.js';
import 'monaco-editor/esm/vs/basic-languages/typescript/typescript.contribution.js';
import * as typescriptContribution from 'monaco-editor/esm/vs/language/typescript/monaco.contribution.js';
import type { ExerciseDetail } from '../../plugins/exercises/types';
import { VITEST_TYPES } from './vitestTypes';

export { monaco };
export type Monaco = typeof monaco;

// The deep module ships an empty declaration file; its API is the one `monaco-editor` exports as `typescript`.
const typescript = typescriptContribution as unknown as typeof TypeScriptApi;

self.MonacoEnvironment = {
  // Rspack bundles each `new Worker(new URL(…, import.meta.url))` as a worker chunk of its own.
  getWorker(_workerId, label) {
    if (label === 'typescript' || label === 'javascript') {
      return new Worker(new URL('monaco-editor/esm/vs/language/typescript/ts.worker.js', import.meta.url), { type: 'module', name: label });
    }
    return new Worker(new URL('monaco-editor/esm/vs/editor/editor.worker.js', import.meta.url), { type: 'module', name: label });
  },
};

// Without this, @monaco-editor/react fetches Monaco from a CDN.
loader.config({ monaco });

/** Where each file of an exercise lives in Monaco, so that `./index` imports resolve between them. */
export const fileUri = (slug: string, file: string) => monaco.Uri.parse(`file:///exercises/${slug}/${file}`);

/**
 * Makes the test tabs type-check as they do locally: `vitest` has the browser runner's API, and
 * `@impl/<slug>` and `@impl/<slug>/<module>` are the learner's files as they are being edited (module
 * resolution finds them under node_modules, and each re-exports its model). The compiler options follow
 * the course's tsconfig.json.
 */
export function setUpTypeScript(exercise: ExerciseDetail): monaco.IDisposable {
  const defaults = typescript.typescriptDefaults;
  defaults.setCompilerOptions({
    target: typescript.ScriptTarget.ESNext,
    // Raw compiler options name lib files, not tsconfig's short names. ES2023 is what Node 20 supports.
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    module: typescript.ModuleKind.ESNext,
    moduleResolution: typescript.ModuleResolutionKind.NodeJs,
    strict: true,
    noImplicitOverride: true,
    noFallthroughCasesInSwitch: true,
    isolatedModules: true,
    allowImportingTsExtensions: true,
    noEmit: true,
    types: [],
  });
  // Every model reaches the TypeScript worker at once, so the test tab sees the code tab's exports.
  defaults.setEagerModelSync(true);
  const modules = exercise.files.map(({ name }) => name.replace(/\.ts$/, ''));
  const libs = [
    defaults.addExtraLib(VITEST_TYPES, 'file:///node_modules/vitest/index.d.ts'),
    // Node-only files import node: built-ins; they are graded locally, so any type will do here.
    defaults.addExtraLib("declare module 'node:*';\n", 'file:///node_modules/@types/netprep-node/index.d.ts'),
    ...modules.map((module) =>
      defaults.addExtraLib(
        `export * from '../../../exercises/${exercise.slug}/${module}';\n`,
        `file:///node_modules/@impl/${exercise.slug}/${module}.d.ts`,
      ),
    ),
  ];
  return { dispose: () => libs.forEach((lib) => lib.dispose()) };
}

/**
 * Resolves once TypeScript has checked these models, so that their markers are current. The language
 * service starts when the first TypeScript model reaches an editor and says "not registered" until then.
 */
export async function whenTypeChecked(models: monaco.editor.ITextModel[]): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      const getWorker = await typescript.getTypeScriptWorker();
      const worker = await getWorker(...models.map((model) => model.uri));
      await Promise.all(models.map((model) => worker.getSemanticDiagnostics(model.uri.toString())));
      return;
    } catch (error) {
      if (attempt >= 50 || !String(error).includes('not registered')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
