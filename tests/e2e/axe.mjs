// What the accessibility specs share: the themes every screen is checked in, how a test opens
// the app in one, and the axe check itself.
import AxeBuilder from '@axe-core/playwright';
import { expect } from './fixtures.mjs';

/** The localStorage key and stored codes of the chosen theme: src/ui/controls/state.rs THEME_KEY
 * and src/theme.rs Theme::code. */
export const THEME_KEY = 'devops-workshop.theme';

/**
 * The themes every screen and every overlay are checked in, for "contrast passes AA in every
 * theme". One table, so a new theme is one more row rather than more copied tests.
 *
 * Each theme is seeded as a user's choice is kept (the theme key, written before the app loads)
 * while the system asks for the other scheme (`os`). Every check first waits for
 * `<html data-theme>` to be that theme, so a choice the app ignored fails the test instead of
 * checking the system's colours again. The "system" setting is not a row of its own: the
 * stylesheets key every colour on `data-theme` alone (none queries prefers-color-scheme), so it
 * shows the colours of the light or dark row, and walking it again would only add minutes.
 */
export const THEMES = [
  { theme: 'light', os: 'dark' },
  { theme: 'dark', os: 'light' },
  { theme: 'projector', os: 'dark' },
];

/** Opens the app with `theme` chosen and the system in the `os` scheme, motion reduced. */
export async function useTheme(page, { theme, os }) {
  await page.emulateMedia({ colorScheme: os, reducedMotion: 'reduce' });
  await page.addInitScript(([key, code]) => localStorage.setItem(key, JSON.stringify(code)), [THEME_KEY, theme]);
}

/** Waits until the app shows `theme`, so axe never checks another theme's colours. */
export const expectTheme = (page, theme) => expect(page.locator('html')).toHaveAttribute('data-theme', theme);

/** WCAG 2.0, 2.1 and 2.2, levels A and AA, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Fails with every axe violation on the page, `where` saying where it was. */
export async function expectNoAxeViolations(page, where) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe violations ${where}`).toEqual([]);
}
