import { themes, type PrismTheme } from 'prism-react-renderer';

type Token = PrismTheme['styles'][number];

/** A theme with some token colours replaced, so that code passes WCAG AA contrast (4.5:1). */
function recolour(theme: PrismTheme, colours: Record<string, string>): PrismTheme {
  return {
    ...theme,
    styles: theme.styles.map(
      (token: Token): Token => (token.style.color && colours[token.style.color] ? { ...token, style: { ...token.style, color: colours[token.style.color] } } : token),
    ),
  };
}

// GitHub's light theme, darkened where its colours fall below 4.5:1 on #f6f8fa.
export const lightCodeTheme = recolour(themes.github, {
  '#999988': '#5f6670',
  '#e3116c': '#b0125d',
  '#36acaa': '#12777a',
  '#00a4db': '#0a6d8c',
  '#d73a49': '#b92f3e',
});

// Dracula, with comments lightened enough to read on its dark background.
export const darkCodeTheme = recolour(themes.dracula, { 'rgb(98, 114, 164)': 'rgb(150, 163, 204)' });
