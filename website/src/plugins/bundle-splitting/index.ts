// Keeps the big libraries that only some pages use out of the chunks every page loads.
import type { Plugin } from '@docusaurus/types';

/**
 * Docusaurus puts a module shared by enough route chunks into `common`, which every page downloads. On a
 * small site that threshold is low, and Rspack moves Monaco, TypeScript or Mermaid's parsers there
 * because many of their own lazy chunks share them. These stay in the lazy chunks that need them.
 */
const PAGE_SPECIFIC = /[\\/]node_modules[\\/](monaco-editor|@monaco-editor|typescript|mermaid|@mermaid-js|cytoscape[\w-]*|sucrase|@vitest|chai)[\\/]/;

/** Docusaurus also merges all CSS into one stylesheet that every page loads: Monaco's must load with Monaco. */
const MONACO = /[\\/]node_modules[\\/]monaco-editor[\\/]/;

/** What splitChunks tests a module by: its file, for CSS extracted from a file too. */
interface TestedModule {
  nameForCondition?(): string | null;
}
const fileOf = (module: TestedModule) => module.nameForCondition?.() ?? '';

export default function bundleSplitting(): Plugin {
  return {
    name: 'netprep-bundle-splitting',
    configureWebpack(config, isServer) {
      const splitChunks = config.optimization?.splitChunks;
      if (isServer || !splitChunks || !splitChunks.cacheGroups) return {};
      const { common, styles } = splitChunks.cacheGroups;
      if (typeof common !== 'object' || typeof styles !== 'object') {
        throw new Error('netprep-bundle-splitting: Docusaurus no longer defines the common and styles cache groups; revisit this plugin');
      }
      return {
        optimization: {
          splitChunks: {
            ...splitChunks,
            cacheGroups: {
              ...splitChunks.cacheGroups,
              common: { ...common, test: (module: TestedModule) => !PAGE_SPECIFIC.test(fileOf(module)) },
              styles: { ...styles, test: (module: TestedModule) => !MONACO.test(fileOf(module)) },
            },
          },
        },
      };
    },
  };
}
