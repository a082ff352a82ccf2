import { createRequire } from 'node:module';
import type * as Preset from '@docusaurus/preset-classic';
import type { Config } from '@docusaurus/types';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { darkCodeTheme, lightCodeTheme } from './src/prism-themes';

const require = createRequire(import.meta.url);

// Courses that publish the site can leave the reference solutions out entirely.
const includeSolutions = process.env.NETPREP_SITE_SOLUTIONS !== '0';

const config: Config = {
  title: 'netprep',
  tagline: 'TCP/IP interview preparation: accurate lessons, and a network stack you build yourself',
  url: process.env.NETPREP_SITE_URL ?? 'https://netprep.example.org',
  baseUrl: process.env.NETPREP_BASE_URL ?? '/',
  favicon: 'img/favicon.svg',
  onBrokenLinks: 'throw',
  // Generated at build time by the exercises plugin (the reference solutions, fetched on reveal).
  staticDirectories: ['static', '.generated-static'],
  markdown: { mermaid: true, hooks: { onBrokenMarkdownLinks: 'throw' } },
  future: { faster: true, v4: true },
  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'zh-Hans'],
    localeConfigs: { en: { label: 'English' }, 'zh-Hans': { label: '简体中文' } },
  },
  presets: [
    [
      'classic',
      {
        docs: {
          path: '../docs',
          // Questions live beside their lessons as YAML; the questions plugin reads them.
          exclude: ['**/*.questions.yaml'],
          sidebarPath: './sidebars.ts',
          remarkPlugins: [remarkMath],
          rehypePlugins: [rehypeKatex],
        },
        blog: false,
        // KaTeX's stylesheet and fonts are bundled with the site: no CDN.
        theme: { customCss: ['./src/css/custom.css', require.resolve('katex/dist/katex.min.css')] },
      } satisfies Preset.Options,
    ],
  ],
  themes: [
    '@docusaurus/theme-mermaid',
    [
      '@easyops-cn/docusaurus-search-local',
      { hashed: true, language: ['en', 'zh'], docsDir: '../docs', indexBlog: false, docsRouteBasePath: '/docs' },
    ],
  ],
  plugins: [['./src/plugins/exercises/index.ts', { includeSolutions }], './src/plugins/questions/index.ts', './src/plugins/bundle-splitting/index.ts'],
  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: 'netprep',
      items: [
        { type: 'docSidebar', sidebarId: 'course', position: 'left', label: 'Lessons' },
        { to: '/exercises', label: 'Exercises', position: 'left' },
        { to: '/questions', label: 'Questions', position: 'left' },
        { type: 'localeDropdown', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      copyright: 'netprep is free software under the MIT license. The RFCs and the Linux man pages are the authority on every fact.',
    },
    prism: { theme: lightCodeTheme, darkTheme: darkCodeTheme, additionalLanguages: ['bash', 'c'] },
  } satisfies Preset.ThemeConfig,
};

export default config;
