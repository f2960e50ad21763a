// Accessibility in a real browser: axe-core finds nothing on any screen, in any language, in
// the light, the dark and the projector theme, or with any overlay open in each of them; the
// whole workshop can be run from the keyboard with the focus always visible; reduced motion is
// honoured; every screen has its own document title; nothing scrolls sideways, from a phone to
// a projector.
import { test, expect } from './fixtures.mjs';
import { THEMES, expectNoAxeViolations, expectTheme, useTheme } from './axe.mjs';
import { LANGS, SCREEN_COUNT, SCREEN_PATHS, t } from './locales.mjs';

const heading = (page) => page.locator('#screen-heading');
/**
 * The overlays and dialogs to check with axe while open, each with how to open it from a
 * screen using the keyboard or a click as a user would. Add one entry per overlay as it lands
 * (overview, help, go-to, presenter, sessions, export, import), e.g.
 *   { name: 'help', open: async (page) => { await page.keyboard.press('?');
 *       await expect(page.getByRole('dialog')).toBeVisible(); } },
 */
const OVERLAYS = [
  { name: 'overview', open: (page) => page.keyboard.press('o'), dialog: '#overview' },
  { name: 'go-to', open: (page) => page.keyboard.press('g'), dialog: '#goto-dialog' },
  { name: 'help', open: (page) => page.keyboard.press('?'), dialog: '#help-dialog' },
  { name: 'blackout', open: (page) => page.keyboard.press('b'), dialog: '.blackout' },
  { name: 'sessions', open: (page) => page.locator('.session-pill').click(), dialog: 'dialog[open]' },
  {
    name: 'export and import',
    open: async (page) => {
      const lang = await page.locator('html').getAttribute('lang');
      await page.getByRole('button', { name: t(lang, 'notes.transfer.open') }).click();
    },
    dialog: 'dialog[open]',
  },
];


const article = (page) => page.locator('main.stage article.screen');

/** The step shown (from 1) and how many the screen has, from `.steps__count` ("3 / 6"); a
 * screen of one step shows no count. */
async function stepCount(page) {
  const count = page.locator('main.stage .steps__count');
  if ((await count.count()) === 0) return { step: 1, steps: 1 };
  const [step, steps] = (await count.textContent()).split('/').map((n) => Number(n.trim()));
  return { step, steps };
}

/**
 * Walks every step of every screen from the first with the Next link, calling
 * `visit({ index, screen, step, steps })` on each (`index` the screen's place from 1, `step`
 * from 1). Checks on the way that each screen's steps come in order, all of them, and that
 * every screen is reached; the summary's steps are walked until its last, however many.
 */
async function walk(page, lang, visit) {
  await page.goto(`./#/${lang}/`);
  const screens = [];
  for (let guard = 0; guard < 400; guard += 1) {
    await expect(heading(page)).toBeVisible();
    const screen = await article(page).getAttribute('data-screen');
    const { step, steps } = await stepCount(page);
    if (step === 1) screens.push(screen);
    const index = screens.length;
    await expect(page.locator('.pager__count')).toHaveText(`${index} / ${SCREEN_COUNT}`);
    await expect(article(page)).toHaveAttribute('data-step', String(step - 1));
    await visit({ index, screen, step, steps });
    const next = page.locator('a.pager__link--next');
    if ((await next.count()) === 0) {
      expect(step, `the walk ends on the last step of ${screen}`).toBe(steps);
      break;
    }
    await next.click();
    // The next step of this screen, or the first of the next screen.
    if (step < steps) {
      await expect(article(page)).toHaveAttribute('data-step', String(step));
      await expect(article(page)).toHaveAttribute('data-screen', screen);
    } else {
      await expect(article(page)).toHaveAttribute('data-step', '0');
      await expect(article(page)).not.toHaveAttribute('data-screen', screen);
    }
  }
  expect(screens).toEqual(SCREEN_PATHS);
}

for (const row of THEMES) {
  const { theme } = row;
  for (const lang of LANGS) {
    test(`axe finds no violation on any step of any screen in ${lang}, ${theme} theme`, async ({ page }) => {
      test.setTimeout(400_000);
      await useTheme(page, row);
      let checked = 0;
      await walk(page, lang, async ({ index, screen, step, steps }) => {
        await expectTheme(page, theme);
        await expectNoAxeViolations(page, `on screen ${index} (${screen}), step ${step} of ${steps} (${lang}, ${theme})`);
        checked += 1;
      });
      expect(checked).toBeGreaterThan(SCREEN_COUNT);
    });
  }
}

for (const row of THEMES) {
  const { theme } = row;
  for (const overlay of OVERLAYS) {
    for (const lang of LANGS) {
      test(`axe finds no violation with the ${overlay.name} overlay open in ${lang}, ${theme} theme`, async ({ page }) => {
        await useTheme(page, row);
        await page.goto(`./#/${lang}/act/1`);
        await expect(heading(page)).toBeVisible();
        await overlay.open(page);
        await expect(page.locator(overlay.dialog).first()).toBeVisible();
        await expectTheme(page, theme);
        await expectNoAxeViolations(page, `with ${overlay.name} open (${lang}, ${theme})`);
      });
    }
  }
}

// The presenter window: the whole screen with every step and the facilitator's form of each
// exercise, the previews and the script. Checked on every screen that has an exercise.
const PRESENTER_SCREENS = ['cast', 'act/1', 'deck/quote', 'deck/shifts', 'deck/dora', 'deck/pillars/check', 'deck/team', 'plan', 'summary'];
for (const lang of LANGS) {
  test(`axe finds no violation in the presenter view of every exercise screen, in ${lang}`, async ({ page, context }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`./#/${lang}/cast`);
    await expect(heading(page)).toBeVisible();
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    await presenter.emulateMedia({ reducedMotion: 'reduce' });
    for (const path of PRESENTER_SCREENS) {
      await presenter.goto(presenter.url().replace(/(#\/presenter\/[^/]+\/[a-z]{2}\/).*$/, `$1${path}`));
      await expect(presenter.locator('.presenter__whole article.screen')).toHaveAttribute('data-screen', path);
      await expect(article(page)).toHaveAttribute('data-screen', path);
      await expectNoAxeViolations(presenter, `in the presenter view of ${path} (${lang})`);
    }
  });
}

test('every screen has its own document title', async ({ page }) => {
  test.setTimeout(120_000);
  const titles = new Set();
  await walk(page, 'en', async () => {
    const screen = (await heading(page).textContent()).trim();
    await expect(page).toHaveTitle(t('en', 'app.document_title', { screen }));
    titles.add(await page.title());
  });
  expect(titles.size).toBe(SCREEN_COUNT);
});

/** What has the focus, and whether a sighted keyboard user can see where it is. */
const focusState = (page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { what: 'body', visible: false };
    // A large choice draws the ring around its whole label, the radio button inside it.
    const ringed = element.matches('.choice input') ? [element, element.closest('.choice')] : [element];
    const rings = ringed.map((e) => getComputedStyle(e));
    const outline = rings.some((style) => style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0);
    const shadow = rings.some((style) => style.boxShadow !== 'none' && style.boxShadow !== '');
    const what = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${
      String(element.className?.baseVal ?? element.className).trim().replace(/\s+/g, '.')}`;
    return {
      what,
      visible: outline || shadow,
      isNotes: element.matches('textarea.notes__field'),
      isNext: element.matches('a.pager__link--next'),
    };
  });

test('the whole workshop can be run from the keyboard, every step, notes included, with the focus visible', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('./#/en/');
  await expect(heading(page)).toBeVisible();
  const typed = [];
  const screens = [];
  for (let guard = 0; guard < 400; guard += 1) {
    const path = await article(page).getAttribute('data-screen');
    const { step, steps } = await stepCount(page);
    if (step === 1) screens.push(path);
    const index = screens.length;
    await expect(page.locator('.pager__count')).toHaveText(`${index} / ${SCREEN_COUNT}`);
    const screen = (await heading(page).textContent()).trim();
    const hasNotes = (await page.locator('main.stage textarea.notes__field').count()) > 0;
    let wroteNotes = !hasNotes;
    let moved = false;
    // Tab through the step; every stop must show where the focus is.
    const last = index === SCREEN_COUNT && step === steps;
    for (let stop = 0; stop < 60 && !moved && !(last && wroteNotes); stop += 1) {
      await page.keyboard.press('Tab');
      const focus = await focusState(page);
      // Past the last control the focus leaves the page; that ends the walk on the last step.
      if (last && focus.what === 'body') break;
      expect(focus.visible, `focus is visible on ${focus.what}, screen ${index} step ${step}`).toBe(true);
      if (focus.isNotes && !wroteNotes) {
        const note = `note ${index}, typed with the keyboard`;
        await page.keyboard.type(note);
        const field = page.getByRole('textbox', { name: t('en', 'app.notes_label', { screen }) });
        await expect(field).toBeFocused();
        await expect(field).toHaveValue(note);
        await expect(page.locator('.save-status')).toHaveText(t('en', 'app.saved'));
        // Arrow keys type in the notes rather than change screens or steps.
        await page.keyboard.press('ArrowRight');
        await expect(page.locator('.pager__count')).toHaveText(`${index} / ${SCREEN_COUNT}`);
        await expect(article(page)).toHaveAttribute('data-step', String(step - 1));
        typed.push({ path, index, screen, note });
        wroteNotes = true;
      } else if (focus.isNext && wroteNotes) {
        await page.keyboard.press('Enter');
        // The new step takes the focus on its heading (a frame after it is drawn): the next
        // Tab starts from there, as it does for a person.
        await expect(heading(page)).toBeFocused();
        if (step < steps) await expect(article(page)).toHaveAttribute('data-step', String(step));
        else await expect(article(page)).not.toHaveAttribute('data-screen', path);
        moved = true;
      }
    }
    if (last) {
      expect(wroteNotes).toBe(true);
      break;
    }
    expect(moved, `reached Next from the keyboard on screen ${index}, step ${step}`).toBe(true);
  }
  expect(screens).toEqual(SCREEN_PATHS);
  expect(typed.length).toBeGreaterThan(0);

  // After a reload, back to the start with Home and forward with the arrow keys: every note
  // typed on the way is still there.
  await page.reload();
  await expect(heading(page)).toBeVisible();
  await page.keyboard.press('Home');
  await expect(article(page)).toHaveAttribute('data-screen', '');
  await expect(article(page)).toHaveAttribute('data-step', '0');
  const found = [];
  for (let guard = 0; guard < 400; guard += 1) {
    const path = await article(page).getAttribute('data-screen');
    const { step, steps } = await stepCount(page);
    const kept = typed.find((entry) => entry.path === path);
    if (kept && (await page.locator('main.stage textarea.notes__field').count()) > 0) {
      await expect(page.getByRole('textbox', { name: t('en', 'app.notes_label', { screen: kept.screen }) }))
        .toHaveValue(kept.note);
      found.push(path);
    }
    if (path === SCREEN_PATHS.at(-1) && step === steps) break;
    await page.keyboard.press('ArrowRight');
    if (step < steps) await expect(article(page)).toHaveAttribute('data-step', String(step));
    else await expect(article(page)).not.toHaveAttribute('data-screen', path);
  }
  expect(found).toEqual(typed.map((entry) => entry.path));
});

test('reduced motion is honoured', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./#/en/act/1');
  await expect(heading(page)).toBeVisible();
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((element) => {
        const style = getComputedStyle(element);
        const animated = style.animationName !== 'none' && parseFloat(style.animationDuration) > 0;
        const transitioned = style.transitionDuration.split(',').some((d) => parseFloat(d) > 0)
          && style.transitionProperty !== 'none';
        return animated || transitioned;
      })
      .map((element) => `${element.tagName.toLowerCase()}.${String(element.className?.baseVal ?? element.className)}`));
  expect(moving).toEqual([]);
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  // The next step of the screen, then the next screen: neither moves.
  await page.locator('a.pager__link--next').click();
  await expect(article(page)).toHaveAttribute('data-step', '1');
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  await page.goto('./#/en/act/1/3');
  await expect(article(page)).toHaveAttribute('data-step', '2');
  await page.locator('a.pager__link--next').click();
  await expect(heading(page)).toHaveText(t('en', 'act2.title'));
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
});

/** How far the page scrolls sideways: 0 when everything fits the window. */
const sidewaysScroll = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

// WCAG 1.4.10 (reflow): at 320 CSS pixels, and at the widths of common projectors, every
// screen fits the window's width; the top bar wraps or shortens the session's name instead.
for (const [width, height] of [[320, 640], [1024, 768], [1280, 800]]) {
  test(`nothing scrolls sideways at ${width}×${height}, on any step of any screen, in any language`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width, height });
    for (const lang of LANGS) {
      await walk(page, lang, async ({ index, step }) => {
        expect(await sidewaysScroll(page), `screen ${index}, step ${step} in ${lang}`).toBe(0);
      });
    }
    // With every control in one row from 1024 pixels on: the pager's Next is on screen.
    if (width >= 1024) {
      await expect(page.locator('a.pager__link--previous')).toBeInViewport();
    }
    // The overlays fit too: nothing in an open dialog reaches past the window's edge.
    for (const lang of LANGS) {
      await page.goto(`./#/${lang}/act/1`);
      // The hash changes in the same page: wait for the new screen, whose arrival closes any
      // overlay opened before it.
      await expect(heading(page)).toHaveText(t(lang, 'act1.title'));
      await expect(heading(page)).toBeFocused();
      for (const key of ['o', 'g', '?']) {
        await page.keyboard.press(key);
        await expect(page.locator('dialog[open]')).toBeVisible();
        const past = await page.evaluate(() => [...document.querySelectorAll('dialog[open] *')]
          .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .map((e) => e.tagName.toLowerCase()));
        expect(past, `overlay ${key} in ${lang}`).toEqual([]);
        await page.keyboard.press('Escape');
        await expect(page.locator('dialog[open]')).toHaveCount(0);
      }
    }
  });
}

/**
 * Runs in the page: every button and link whose label is visible text, and whose accessible
 * name does not start with that text (WCAG 2.5.3, label in name: a voice-control user says what
 * they see). The name is the one the browser computes from `aria-labelledby`, `aria-label` or
 * the content, in that order.
 */
function labelsNotInName() {
  // Without spaces: the name joins its parts' words as the layout shows them, which the text
  // alone does not say.
  const squash = (text) => text.replace(/\s+/g, '').toLowerCase();
  const found = [];
  for (const el of document.querySelectorAll('button, a[href], [role="button"], [role="link"]')) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    const visible = squash(el.innerText ?? '');
    // An icon, or a symbol such as ×: no words to say, so its name is its only label.
    if (!/[\p{L}\p{N}]/u.test(visible)) continue;
    const labelledBy = el.getAttribute('aria-labelledby');
    const name = squash(
      labelledBy
        ? labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
        : el.getAttribute('aria-label') ?? el.textContent ?? '',
    );
    if (!name.startsWith(visible)) found.push(`“${visible}” is named “${name}”`);
  }
  return found;
}

for (const lang of LANGS) {
  test(`every button and link is named by the words it shows, in ${lang}`, async ({ page }) => {
    test.setTimeout(240_000);
    const failures = [];
    const check = async (where) => {
      for (const problem of await page.evaluate(labelsNotInName)) failures.push(`${where}: ${problem}`);
    };
    await walk(page, lang, ({ index, step }) => check(`screen ${index}, step ${step}`));
    // A rated shift has its clear button enabled; the dialogs and overlays show their own.
    await page.goto(`./#/${lang}/deck/shifts`);
    await page.locator('.slider__range').first().fill('7');
    await check('the shifts, rated');
    for (const overlay of OVERLAYS) {
      await page.goto(`./#/${lang}/act/1`);
      await page.reload();
      await expect(heading(page)).toBeVisible();
      await overlay.open(page);
      await expect(page.locator(overlay.dialog)).toBeVisible();
      await check(overlay.name);
    }
    expect(failures).toEqual([]);
  });
}
