/**
 * The Fluent UI theme for the theme Teams reports: 'default' (light), 'dark' or 'contrast' (high
 * contrast). Anything else (a future theme name) falls back to light, the Teams default.
 */
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';

export type TeamsThemeName = 'default' | 'dark' | 'contrast';

export function normaliseTeamsTheme(name: string | undefined): TeamsThemeName {
  return name === 'dark' || name === 'contrast' ? name : 'default';
}

export function fluentThemeFor(name: TeamsThemeName): Theme {
  if (name === 'dark') return teamsDarkTheme;
  if (name === 'contrast') return teamsHighContrastTheme;
  return teamsLightTheme;
}
