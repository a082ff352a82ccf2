import { compile } from './compile';

/** Compiled files are evaluated under this name, so stack frames read `exercise/index.ts:12:5`. */
export const SOURCE_URL_PREFIX = 'exercise/';

interface Module {
  exports: Record<string, unknown>;
}

type Resolved = { kind: 'builtin'; id: string } | { kind: 'file'; name: string };

/**
 * A tiny CommonJS module system for one run: the public tests import `vitest` (the in-browser runtime) and
 * `@impl/<slug>` (the editor's code) exactly as they do under the grader, where `@impl/<slug>` is the
 * exercise's `index.ts` and `@impl/<slug>/<module>` its `<module>.ts`.
 */
export class ModuleRegistry {
  private readonly cache = new Map<string, Module>();

  constructor(
    private readonly slug: string,
    /** Every file a run may load, by name: the learner's files and the test files. */
    private readonly files: Readonly<Record<string, string>>,
    /** Modules provided by the runner itself, by specifier. */
    private readonly builtins: Readonly<Record<string, object>>,
  ) {}

  /** Loads a file by name, as its importers would see it. */
  load(name: string): Record<string, unknown> {
    const cached = this.cache.get(name);
    if (cached) return cached.exports;
    const source = this.files[name];
    if (source === undefined) throw new Error(`No file named ${name} in this exercise`);
    const code = compile(source, name);
    // Cached before it runs, so that circular imports see a partial module, as in Node.
    const module: Module = { exports: {} };
    this.cache.set(name, module);
    // Indirect eval runs in the global scope, with the wrapper on the first line: line numbers stay the learner's.
    const wrapper = (0, eval)(`(function (exports, require, module) {${code}\n})\n//# sourceURL=${SOURCE_URL_PREFIX}${name}`) as (
      exports: Record<string, unknown>,
      require: (specifier: string) => unknown,
      module: Module,
    ) => void;
    wrapper.call(undefined, module.exports, (specifier) => this.require(specifier, name), module);
    return module.exports;
  }

  private require(specifier: string, from: string): unknown {
    const resolved = this.resolve(specifier, from);
    return resolved.kind === 'builtin' ? this.builtins[resolved.id] : this.load(resolved.name);
  }

  private resolve(specifier: string, from: string): Resolved {
    if (Object.hasOwn(this.builtins, specifier)) return { kind: 'builtin', id: specifier };
    if (specifier.startsWith('node:')) {
      throw new Error(`${from} imports ${specifier}, which only exists in Node: run it locally with npm run grade -- ${this.slug} --public`);
    }
    const impl = `@impl/${this.slug}`;
    if (specifier === impl) return this.file('index.ts', specifier, from);
    if (specifier.startsWith(`${impl}/`)) return this.file(`${specifier.slice(impl.length + 1)}.ts`, specifier, from);
    // All of an exercise's files sit in one folder, so `./x`, `./x.ts` and `./x.js` all mean x.ts.
    const relative = /^\.\/([\w.-]+?)(\.[jt]s)?$/.exec(specifier);
    if (relative) return this.file(`${relative[1]}.ts`, specifier, from);
    throw new Error(`${from} imports "${specifier}", which the browser runner cannot provide`);
  }

  private file(name: string, specifier: string, from: string): Resolved {
    if (!Object.hasOwn(this.files, name)) throw new Error(`${from} imports "${specifier}", but this exercise has no ${name}`);
    return { kind: 'file', name };
  }
}
