/**
 * The types Monaco gives `import … from 'vitest'` in the test tabs: exactly what the browser runner
 * provides (src/runner/runtime.ts), written the way vitest declares it, so the public tests type-check.
 */
export const VITEST_TYPES = `
type Awaitable<T> = T | PromiseLike<T>;

export interface TestContext {
  expect: ExpectStatic;
  task: { name: string };
  skip(note?: string): never;
}

type TestFunction = (context: TestContext) => Awaitable<unknown>;

export interface TestAPI {
  (name: string, fn?: TestFunction, timeout?: number): void;
  (name: string, options: { timeout?: number }, fn?: TestFunction): void;
  skip: TestAPI;
  only: TestAPI;
  todo(name: string): void;
  skipIf(condition: unknown): TestAPI;
  runIf(condition: unknown): TestAPI;
  each<T extends readonly unknown[]>(cases: readonly T[]): (name: string, fn: (...args: T) => Awaitable<unknown>, timeout?: number) => void;
  each<T>(cases: readonly T[]): (name: string, fn: (item: T) => Awaitable<unknown>, timeout?: number) => void;
}

export interface SuiteAPI {
  (name: string, fn?: () => void): void;
  skip: SuiteAPI;
  only: SuiteAPI;
  todo(name: string): void;
  skipIf(condition: unknown): SuiteAPI;
  runIf(condition: unknown): SuiteAPI;
  each<T extends readonly unknown[]>(cases: readonly T[]): (name: string, fn: (...args: T) => void) => void;
  each<T>(cases: readonly T[]): (name: string, fn: (item: T) => void) => void;
}

export declare const describe: SuiteAPI;
export declare const suite: SuiteAPI;
export declare const it: TestAPI;
export declare const test: TestAPI;
export declare function beforeAll(fn: () => Awaitable<unknown>): void;
export declare function afterAll(fn: () => Awaitable<unknown>): void;
export declare function beforeEach(fn: () => Awaitable<unknown>): void;
export declare function afterEach(fn: () => Awaitable<unknown>): void;

type ErrorClass = abstract new (...args: any[]) => Error;

export interface Assertion<T = any> {
  not: Assertion<T>;
  resolves: Promisify<Assertion<Awaited<T>>>;
  rejects: Promisify<Assertion<any>>;
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toStrictEqual(expected: unknown): void;
  toMatchObject(expected: object | readonly object[]): void;
  toThrow(expected?: string | RegExp | Error | ErrorClass): void;
  toThrowError(expected?: string | RegExp | Error | ErrorClass): void;
  toBeTruthy(): void;
  toBeFalsy(): void;
  toBeNull(): void;
  toBeUndefined(): void;
  toBeDefined(): void;
  toBeNaN(): void;
  toBeTypeOf(type: 'bigint' | 'boolean' | 'function' | 'number' | 'object' | 'string' | 'symbol' | 'undefined'): void;
  toBeInstanceOf(expected: abstract new (...args: any[]) => unknown): void;
  toBeGreaterThan(expected: number | bigint): void;
  toBeGreaterThanOrEqual(expected: number | bigint): void;
  toBeLessThan(expected: number | bigint): void;
  toBeLessThanOrEqual(expected: number | bigint): void;
  toBeCloseTo(expected: number, digits?: number): void;
  toBeOneOf(expected: readonly unknown[] | Set<unknown>): void;
  toContain(item: unknown): void;
  toContainEqual(item: unknown): void;
  toHaveLength(length: number): void;
  toHaveProperty(path: string | readonly (string | number)[], value?: unknown): void;
  toMatch(expected: string | RegExp): void;
  toSatisfy(predicate: (value: T) => boolean, message?: string): void;
}

type Promisify<A> = { [K in keyof A]: A[K] extends (...args: infer P) => void ? (...args: P) => Promise<void> : Promisify<A[K]> };

interface AsymmetricMatchers {
  objectContaining<T = any>(expected: T): any;
  arrayContaining<T = unknown>(expected: readonly T[]): any;
  stringContaining(expected: string): any;
  stringMatching(expected: string | RegExp): any;
  closeTo(expected: number, digits?: number): any;
}

interface MatcherResult {
  pass: boolean;
  message: () => string;
}

export interface ExpectStatic extends AsymmetricMatchers {
  <T>(actual: T, message?: string): Assertion<T>;
  soft<T>(actual: T, message?: string): Assertion<T>;
  not: AsymmetricMatchers;
  any(constructor: unknown): any;
  anything(): any;
  assertions(expected: number): void;
  hasAssertions(): void;
  unreachable(message?: string): never;
  extend(matchers: Record<string, (this: { isNot: boolean }, received: any, ...expected: any[]) => Awaitable<MatcherResult>>): void;
}

export declare const expect: ExpectStatic;
`;
