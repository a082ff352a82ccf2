import { transform } from 'sucrase';

/** A file that does not parse, with the place sucrase gave up. */
export class CompileError extends Error {
  override name = 'CompileError';
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

interface SucraseError {
  message: string;
  loc?: { line: number; column: number };
}

/**
 * TypeScript with ES imports → plain JavaScript with CommonJS `require`, which the module registry provides.
 * Sucrase only strips types (no type checking: Monaco's worker shows those errors) and keeps every line where
 * it was, so stack traces point at the learner's own line numbers. Modern syntax is left as it is.
 */
export function compile(source: string, file: string): string {
  try {
    return transform(source, {
      transforms: ['typescript', 'imports'],
      filePath: file,
      disableESTransforms: true,
      // The course's tsconfig sets verbatimModuleSyntax, so the grader keeps every import that is not `import type`.
      keepUnusedImports: true,
    }).code;
  } catch (error) {
    const { message, loc } = error as SucraseError;
    // "Error transforming index.ts: Unexpected token (12:5)" → "Unexpected token (12:5)"
    const reason = message.replace(/^Error transforming [^:]*: /, '');
    throw new CompileError(file, loc?.line ?? 1, `${file} does not compile, line ${loc?.line ?? '?'}: ${reason}`);
  }
}
