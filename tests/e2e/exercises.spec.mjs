// The team exercises, as the room and the facilitator use them: casting the play, the show of
// hands, the DORA check, the pillars check, the shifts, the team canvas, the action plan and the
// summary. Each is entered the way a user does (typing, choosing, keys), in more than one
// language, and followed into storage, the exports, the handout and the other windows.
import { test, expect } from './fixtures.mjs';
import { THEMES, expectNoAxeViolations, expectTheme, useTheme } from './axe.mjs';
import { readFileSync } from 'node:fs';
import { LANGS, t } from './locales.mjs';
import { SIZES, measureFit, prepareFit } from './stage-fit.mjs';
import { fullSession } from './full-session.mjs';

const NOTES_KEY = 'devops-workshop.notes';
/** "Today" in every test, so that a date in the past is one. */
const TODAY = new Date('2026-12-01T10:00:00');

/** The control of exercise field `id` (`hands/praised` → `#x-hands-praised`). */
const control = (page, id) => page.locator(`#x-${id.replaceAll('/', '-')}`);
/** The message under that field. */
const refusal = (page, id) => page.locator(`#x-${id.replaceAll('/', '-')}-error`);
const status = (page) => page.locator('.save-status');

/** What the open session stores for field `id`, read back from localStorage. */
async function stored(page, id) {
  return page.evaluate(([key, field]) => {
    const notes = JSON.parse(localStorage.getItem(key) ?? 'null');
    const session = notes?.sessions.find((s) => s.id === notes.current);
    return session?.results?.[field] ?? '';
  }, [NOTES_KEY, id]);
}

/** How many pages the summary on screen has, read from its "Page 1 of N". */
async function summaryPages(page) {
  const label = await page.locator('.summary__page').textContent();
  return Number(label.match(/(\d+)\D*$/)[1]);
}

/** Waits until the open session stores `value` in field `id`. */
async function savedAs(page, id, value) {
  await expect.poll(() => stored(page, id)).toBe(value);
}

async function open(page, lang, path) {
  await page.goto(`./#/${lang}/${path}`);
  await expect(page.locator('article.screen')).toHaveAttribute('data-screen', path.replace(/^summary\/\d+$/, 'summary'));
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
});

test.describe('cast the play', () => {
  for (const lang of ['en', 'fr']) {
    test(`parts typed or drawn show on every act (${lang})`, async ({ page }) => {
      await open(page, lang, 'cast');
      const dev = page.getByLabel(t(lang, 'exercises.cast.part_label', { part: t(lang, 'cast.dev_name') }));
      await dev.fill('Ann, Bo');
      await control(page, 'cast/users').fill('everyone');
      await open(page, lang, 'act/2');
      const line = page.locator('.cast-line');
      await expect(line).toContainText(t(lang, 'exercises.cast.playing'));
      await expect(line).toContainText(`${t(lang, 'cast.dev_name')}: Ann, Bo`);
      await expect(line).not.toContainText(t(lang, 'cast.ops_name'));

      // A draw with no names says so, and changes nobody's part.
      await open(page, lang, 'cast');
      await page.getByRole('button', { name: t(lang, 'exercises.cast.draw') }).click();
      await expect(page.locator('.cast-draw > .field__error')).toHaveText(t(lang, 'exercises.cast.no_names'));
      await expect(dev).toHaveValue('Ann, Bo');

      // A draw from a list deals every part out of it, each name once.
      const names = ['Ann', 'Bo', 'Cy', 'Dee', 'Eli'];
      await control(page, 'cast/names').fill(names.join(', '));
      await page.getByRole('button', { name: t(lang, 'exercises.cast.draw') }).click();
      await expect(page.locator('.cast-draw > .field__error')).toHaveText('');
      const dealt = [];
      for (const part of ['business', 'dev', 'ops', 'users']) {
        const value = await control(page, `cast/${part}`).inputValue();
        expect(value, `${part} gets a part`).not.toBe('');
        dealt.push(...value.split(', '));
      }
      expect([...dealt].sort()).toEqual(names);
      await savedAs(page, 'cast/names', names.join(', '));
      await page.reload();
      await expect(control(page, 'cast/ops')).toHaveValue(await stored(page, 'cast/ops'));
      await open(page, lang, 'act/final');
      await expect(page.locator('.cast-line')).toContainText(`${t(lang, 'cast.ops_name')}: ${await stored(page, 'cast/ops')}`);
    });
  }
});

test.describe('the show of hands', () => {
  for (const lang of ['en', 'nl']) {
    test(`counts become bars; a bad count is refused and the last good one stays (${lang})`, async ({ page }) => {
      await open(page, lang, 'deck/quote');
      const counts = { praised: '12', blamed: '3', both: '6', neither: '0' };
      for (const [answer, count] of Object.entries(counts)) {
        const label = t(lang, 'exercises.hands.count_label', { answer: t(lang, `exercises.hands.${answer}`) });
        await page.getByLabel(label, { exact: true }).fill(count);
      }
      const bars = page.getByRole('list', { name: t(lang, 'exercises.hands.chart') });
      await expect(bars.locator('.bars__count')).toHaveText(Object.values(counts));
      const widths = await bars.locator('.bars__bar').evaluateAll((spans) => spans.map((s) => s.getBoundingClientRect().width));
      const track = await bars.locator('.bars__track').first().evaluate((s) => s.getBoundingClientRect().width);
      expect(widths[0]).toBeCloseTo(track, 0);
      expect(widths[1]).toBeCloseTo(track * 3 / 12, 0);
      expect(widths[2]).toBeCloseTo(track / 2, 0);
      expect(widths[3]).toBe(0);

      const field = control(page, 'hands/blamed');
      for (const bad of ['1000', '-1', '2.5', 'abc']) {
        await field.fill(bad);
        await expect(refusal(page, 'hands/blamed')).toHaveText(
          `${t(lang, 'exercises.bad.count', { value: bad })} ${t(lang, 'exercises.bad.kept', { value: '3' })}`,
        );
        await expect(field).toHaveAttribute('aria-invalid', 'true');
        await expect(bars.locator('.bars__count').nth(1)).toHaveText('3');
      }
      await field.fill('4');
      await expect(refusal(page, 'hands/blamed')).toHaveText('');
      await expect(field).toHaveAttribute('aria-invalid', 'false');
      await expect(status(page)).toHaveText(t(lang, 'app.saved'));
      expect(await stored(page, 'hands/blamed')).toBe('4');
      await page.reload();
      await expect(control(page, 'hands/praised')).toHaveValue('12');
      await expect(bars.locator('.bars__count')).toHaveText(['12', '4', '6', '0']);
    });
  }
});

test.describe('the DORA check', () => {
  for (const lang of ['en', 'nl']) {
    test(`answers are scored against the 2024 clusters, with the overall reading (${lang})`, async ({ page }) => {
      await open(page, lang, 'deck/dora');
      const reading = page.locator('.dora__reading');
      await expect(reading).toHaveText(t(lang, 'exercises.dora.unanswered'));
      await expect(page.locator('.dora')).toContainText('2024');
      await expect(page.locator('.dora')).toContainText(t(lang, 'exercises.dora.failure_rule'));
      const level = (name) => t(lang, `exercises.dora.${name}`);
      const metric = (name) => t(lang, `exercises.dora.${name}`);
      // On demand: elite. One day to one week: high. 15% is as near medium's 10% as high's
      // 20%: the tie goes to high. One week to one month: low.
      await control(page, 'dora/deploys').selectOption({ label: t(lang, 'exercises.dora.deploys_5') });
      await control(page, 'dora/lead').selectOption({ label: t(lang, 'exercises.dora.time_3') });
      await control(page, 'dora/failures').selectOption({ label: t(lang, 'exercises.dora.percent', { percent: 15 }) });
      await control(page, 'dora/recovery').selectOption({ label: t(lang, 'exercises.dora.time_2') });
      await expect(reading.locator('li')).toHaveText([
        `${metric('deploys')}: ${level('elite')}`,
        `${metric('lead')}: ${level('high')}`,
        `${metric('failures')}: ${level('high')}`,
        `${metric('recovery')}: ${level('low')}`,
      ]);
      await expect(reading.locator('.dora__overall')).toHaveText(t(lang, 'exercises.dora.overall', { level: level('high') }));
      await expect(reading.locator('.dora__holding')).toHaveText(t(lang, 'exercises.dora.holding_back', { metrics: metric('recovery') }));

      // A 2–2 split reads as the lower of the two middle levels; both low metrics are named.
      await control(page, 'dora/lead').selectOption({ label: t(lang, 'exercises.dora.time_1') });
      await control(page, 'dora/failures').selectOption({ label: t(lang, 'exercises.dora.percent', { percent: 0 }) });
      await expect(reading.locator('.dora__overall')).toHaveText(t(lang, 'exercises.dora.overall', { level: level('low') }));
      await expect(reading.locator('.dora__holding')).toHaveText(
        t(lang, 'exercises.dora.holding_back', { metrics: `${metric('lead')}, ${metric('recovery')}` }),
      );
      await savedAs(page, 'dora/failures', '0');
      await page.reload();
      await expect(control(page, 'dora/failures')).toHaveValue('0');
      await expect(reading.locator('.dora__overall')).toHaveText(t(lang, 'exercises.dora.overall', { level: level('low') }));
    });
  }
});

test.describe('the pillars check', () => {
  for (const lang of ['en', 'fr']) {
    test(`a consensus or votes, as a chart with a table; action ideas (${lang})`, async ({ page }) => {
      await open(page, lang, 'deck/pillars/check');
      const pillar = (n) => t(lang, `deck.pillars.p${n}`);
      const table = page.locator('#pillars-table');
      const chart = page.getByRole('img', { name: t(lang, 'exercises.pillars.chart') });
      await expect(chart).toBeVisible();
      await expect(table.locator('tbody td')).toHaveText(Array(3).fill(t(lang, 'exercises.pillars.unrated')));

      await control(page, 'pillars/1/rating').selectOption('4');
      await expect(table.locator('tbody td').first()).toHaveText(t(lang, 'exercises.pillars.rated', { rating: 4 }));
      const bar = chart.locator('.pillars-chart__bar').first();
      const full = await chart.evaluate((svg) => svg.viewBox.baseVal.width);
      expect(Number(await bar.getAttribute('width'))).toBeGreaterThan(0);
      expect(Number(await bar.getAttribute('width'))).toBeLessThan(full);

      // Individual votes: the mean, the lowest and the highest.
      await page.getByLabel(t(lang, 'exercises.pillars.mode')).selectOption({ label: t(lang, 'exercises.pillars.votes') });
      await expect(control(page, 'pillars/1/rating')).toBeHidden();
      const votes = control(page, 'pillars/2/votes');
      await expect(votes).toBeVisible();
      await votes.fill('2 3 5');
      const mark = lang === 'en' ? '.' : ',';
      await expect(table.locator('tbody tr').nth(1).locator('td')).toHaveText(
        `${t(lang, 'exercises.pillars.rated', { rating: `3${mark}3` })} (${t(lang, 'exercises.pillars.lowest')} 2, ${t(lang, 'exercises.pillars.highest')} 5)`,
      );
      await expect(chart.locator('.pillars-chart__range')).toHaveCount(1);
      await votes.fill('2 7 x');
      await expect(refusal(page, 'pillars/2/votes')).toContainText(t(lang, 'exercises.bad.votes', { value: '2 7 x' }));
      expect(await stored(page, 'pillars/2/votes')).toBe('2 3 5');

      await control(page, 'pillars/3/idea').fill('Demo every sprint');
      await savedAs(page, 'pillars/3/idea', 'Demo every sprint');
      await page.reload();
      await expect(control(page, 'pillars/3/idea')).toHaveValue('Demo every sprint');
      await expect(control(page, 'pillars/2/votes')).toHaveValue('2 3 5');
      await expect(table.locator('tbody th')).toHaveText([1, 2, 3].map(pillar));
    });
  }
});

test.describe('the shifts', () => {
  for (const lang of ['nl', 'en']) {
    test(`native sliders from "van" to "naar", unset until moved, by keyboard (${lang})`, async ({ page }) => {
      await open(page, lang, 'deck/shifts');
      const from = t(lang, 'deck.shifts.from1');
      const to = t(lang, 'deck.shifts.to1');
      const slider = page.getByRole('slider', { name: t(lang, 'exercises.shifts.label', { from, to }) });
      await expect(page.getByRole('slider')).toHaveCount(5);
      await expect(slider).toHaveAttribute('aria-valuetext', t(lang, 'exercises.shifts.unset'));
      await slider.focus();
      await page.keyboard.press('End');
      await expect(slider).toHaveAttribute('aria-valuetext', t(lang, 'exercises.shifts.value', { value: 10 }));
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await expect(slider).toHaveAttribute('aria-valuetext', t(lang, 'exercises.shifts.value', { value: 8 }));
      await expect(status(page)).toHaveText(t(lang, 'app.saved'));
      expect(await stored(page, 'shifts/1')).toBe('8');
      await page.reload();
      await expect(slider).toHaveValue('8');
      await page.getByRole('button', { name: t(lang, 'exercises.shifts.clear_label', { from, to }) }).click();
      await expect(slider).toHaveAttribute('aria-valuetext', t(lang, 'exercises.shifts.unset'));
      await expect(status(page)).toHaveText(t(lang, 'app.saved'));
      expect(await stored(page, 'shifts/1')).toBe('');
    });
  }
});

test.describe('the team canvas', () => {
  for (const lang of ['fr', 'nl']) {
    test(`unfilled roles are named, and operations is inside once management is filled (${lang})`, async ({ page }) => {
      await open(page, lang, 'deck/team');
      const reading = page.locator('.team-reading');
      await expect(reading).toContainText(t(lang, 'exercises.team.ops_outside'));
      await control(page, 'team/po').fill('Ann');
      await control(page, 'team/developers').fill('Bo, Cy');
      await expect(control(page, 'team/po').locator('xpath=ancestor::*[contains(@class, "field--unfilled")]')).toHaveCount(0);
      await expect(page.locator('.field--unfilled')).toHaveCount(6);
      await expect(reading).toContainText(t(lang, 'deck.team.ux'));
      await expect(reading).not.toContainText(t(lang, 'deck.team.product_owner'));
      await control(page, 'team/functional').fill('Dee');
      await expect(reading).toContainText(t(lang, 'exercises.team.ops_inside'));
      await expect(page.locator('.field--unfilled')).toHaveCount(5);
      await expect(status(page)).toHaveText(t(lang, 'app.saved'));
      await page.reload();
      await expect(reading).toContainText(t(lang, 'exercises.team.ops_inside'));
    });
  }
});

test.describe('the action plan', () => {
  for (const lang of ['en', 'nl']) {
    test(`quick picks from ideas, DORA and notes; a past date or no "what" says so (${lang})`, async ({ page }) => {
      await open(page, lang, 'deck/pillars/check');
      await control(page, 'pillars/2/idea').fill('Demo every sprint');
      await open(page, lang, 'deck/dora');
      await control(page, 'dora/recovery').selectOption({ label: t(lang, 'exercises.dora.time_0') });
      await open(page, lang, 'act/1');
      await page.locator('.notes__field').fill('- Fewer handovers\n\n* On call together');
      await expect(status(page)).toHaveText(t(lang, 'app.saved'));

      await open(page, lang, 'plan');
      const picks = page.getByLabel(t(lang, 'exercises.plan.picks'));
      const improve = t(lang, 'exercises.plan.improve', { metric: t(lang, 'exercises.dora.recovery') });
      await expect(picks.locator('optgroup')).toHaveCount(3);
      await expect(picks.locator('option')).toHaveText([
        t(lang, 'exercises.plan.pick_none'), 'Demo every sprint', improve, 'Fewer handovers', 'On call together',
      ]);
      const add = page.getByRole('button', { name: t(lang, 'exercises.plan.pick_add') });
      for (const pick of ['Demo every sprint', improve, 'On call together']) {
        await picks.selectOption({ label: pick });
        await add.click();
      }
      await expect(control(page, 'plan/1/what')).toHaveValue('Demo every sprint');
      await expect(control(page, 'plan/2/what')).toHaveValue(improve);
      await expect(control(page, 'plan/3/what')).toHaveValue('On call together');
      await picks.selectOption({ label: 'Fewer handovers' });
      await add.click();
      await expect(page.locator('.plan__picks .field__error')).toHaveText(t(lang, 'exercises.plan.full'));

      // A date already past, and an experiment with an owner but no "what".
      await control(page, 'plan/1/date').fill('2026-11-30');
      const alert = page.locator('.plan__experiment').first().locator('.plan__problems');
      await expect(alert).toHaveText(t(lang, 'exercises.plan.past', { n: 1, date: '2026-11-30' }));
      // The refused date says so to a screen reader, and points at its message.
      const date = control(page, 'plan/1/date');
      await expect(date).toHaveAttribute('aria-invalid', 'true');
      await expect(date).toHaveAccessibleDescription(new RegExp(t(lang, 'exercises.plan.past', { n: 1, date: '2026-11-30' }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      await expect(control(page, 'plan/1/what')).toHaveAttribute('aria-invalid', 'false');
      // Typing on in the experiment leaves the alert as it is, so it is not read out again.
      await alert.evaluate((element) => {
        window.planAlert = { element, changes: 0 };
        new MutationObserver((records) => { window.planAlert.changes += records.length; })
          .observe(element, { childList: true, characterData: true, subtree: true });
      });
      await control(page, 'plan/1/what').press('End');
      await control(page, 'plan/1/what').pressSequentially(' soon');
      await expect(control(page, 'plan/1/what')).toHaveValue('Demo every sprint soon');
      expect(await page.evaluate(() => [window.planAlert.element.isConnected, window.planAlert.changes])).toEqual([true, 0]);
      await control(page, 'plan/1/date').fill('2026-12-15');
      await expect(page.locator('.plan__experiment').first().locator('.plan__problems')).toHaveText('');
      await expect(date).toHaveAttribute('aria-invalid', 'false');
      await control(page, 'plan/2/owner').fill('Bo');
      await control(page, 'plan/2/what').fill('');
      await expect(page.locator('.plan__experiment').nth(1).locator('.plan__problems')).toHaveText(
        t(lang, 'exercises.plan.no_what', { n: 2 }),
      );
      await expect(control(page, 'plan/2/what')).toHaveAttribute('aria-invalid', 'true');
      await expect(control(page, 'plan/2/what')).toHaveAttribute('aria-describedby', /plan-2-problems/);
      await savedAs(page, 'plan/2/what', '');
      await page.reload();
      await expect(control(page, 'plan/1/date')).toHaveValue('2026-12-15');
      await expect(control(page, 'plan/2/owner')).toHaveValue('Bo');
    });
  }
});

async function seed(page, raw) {
  await page.addInitScript(([key, value]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', '1');
    }
  }, [NOTES_KEY, raw]);
}

test.describe('the summary', () => {
  test('holds every exercise and note, paged on the stage with next and previous', async ({ page }) => {
    await seed(page, fullSession('en'));
    await open(page, 'en', 'summary');
    const pageNumber = page.locator('.summary__page');
    await expect(pageNumber).toHaveText(/1/);
    const pages = await summaryPages(page);
    expect(pages).toBeGreaterThan(1);
    const seen = [];
    for (let n = 1; n <= pages; n += 1) {
      await expect(pageNumber).toHaveText(t('en', 'exercises.summary.page', { page: n, pages }));
      await expect(page).toHaveURL(n === 1 ? /#\/en\/summary$/ : new RegExp(`#/en/summary/${n}$`));
      seen.push(await page.locator('.summary').innerText());
      if (n < pages) await page.keyboard.press('ArrowRight');
    }
    const all = seen.join('\n');
    for (const expected of [
      t('en', 'exercises.cast.heading'), 'Bo, Cy', t('en', 'exercises.hands.chart'), '999',
      t('en', 'deck.dora.title'), t('en', 'exercises.dora.overall_label'), t('en', 'deck.pillars_check.title'),
      'Demo every sprint', t('en', 'deck.shifts.title'), t('en', 'exercises.shifts.value', { value: 7 }),
      t('en', 'deck.team.title'), 'Fay', t('en', 'close.plan.title'), 'Pair Dev and Ops on every release',
      t('en', 'exercises.plan.past', { n: 2, date: '2026-11-01' }), 'Note on act/3', 'Note on deck/team',
    ]) {
      expect(all, `the summary shows “${expected}”`).toContain(expected);
    }
    // Previous steps back through the pages, then to the screen before.
    await page.keyboard.press('ArrowLeft');
    await expect(pageNumber).toHaveText(t('en', 'exercises.summary.page', { page: pages - 1, pages }));
    await page.keyboard.press('Home');
    await open(page, 'en', 'summary');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('article.screen')).toHaveAttribute('data-screen', 'plan');
  });
});

test('exercise results go into the Markdown and JSON exports, back through import, and the handout', async ({ page }) => {
  await seed(page, fullSession('nl'));
  await open(page, 'nl', 'summary');
  await page.getByRole('button', { name: t('nl', 'notes.transfer.open') }).click();
  const dialog = page.getByRole('dialog', { name: t('nl', 'notes.transfer.dialog_title') });
  let download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: t('nl', 'notes.transfer.download_md') }).click();
  const markdown = readFileSync(await (await download).path(), 'utf8');
  expect(markdown).toContain(`## ${t('nl', 'notes.export.exercises')}`);
  for (const line of [
    `- ${t('nl', 'cast.dev_name')}: Bo, Cy`,
    `### ${t('nl', 'deck.dora.title')}`,
    `- ${t('nl', 'exercises.dora.overall_label')}: ${t('nl', 'exercises.dora.high')}`,
    `- ${t('nl', 'exercises.dora.holding_label')}: **${t('nl', 'exercises.dora.recovery')}**`,
    `${t('nl', 'exercises.pillars.rated', { rating: '3,0' })} (${t('nl', 'exercises.pillars.lowest')} 1, ${t('nl', 'exercises.pillars.highest')} 5)`,
    t('nl', 'exercises.shifts.value', { value: 3 }),
    ': Blameless post-mortems',
    'Pair Dev and Ops on every release',
    `: **Measure recovery time · Bo · 2026-11-01 — ${t('nl', 'exercises.plan.past', { n: 2, date: '2026-11-01' })}**`,
  ]) {
    expect(markdown, `the Markdown holds “${line}”`).toContain(line);
  }

  download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: t('nl', 'notes.transfer.download_json') }).click();
  const jsonPath = await (await download).path();
  const backup = JSON.parse(readFileSync(jsonPath, 'utf8'));
  expect(backup.version).toBe(4);
  expect(backup.session.results).toMatchObject({ 'cast/dev': 'Bo, Cy', 'dora/lead': '3', 'plan/2/date': '2026-11-01', 'pillars/mode': 'votes' });

  // Import into a new session: every result comes back.
  await dialog.locator('.file-picker__input').setInputFiles(jsonPath);
  await dialog.locator('.import-preview').getByRole('button', { name: t('nl', 'notes.transfer.add_new') }).click();
  await expect(dialog.locator('.import-message--done')).toHaveText(t('nl', 'notes.transfer.added'));
  await dialog.getByRole('button', { name: t('nl', 'notes.session.close') }).click();
  const current = await page.evaluate((key) => {
    const notes = JSON.parse(localStorage.getItem(key));
    return { count: notes.sessions.length, session: notes.sessions.find((s) => s.id === notes.current) };
  }, NOTES_KEY);
  expect(current.count).toBe(2);
  expect(current.session.id).not.toBe('s1');
  expect(current.session.results).toEqual(backup.session.results);
  await open(page, 'nl', 'deck/dora');
  await expect(page.locator('.dora__overall')).toHaveText(t('nl', 'exercises.dora.overall', { level: t('nl', 'exercises.dora.high') }));

  // The handout has every exercise, with what the team entered.
  await page.emulateMedia({ media: 'print' });
  const handout = page.locator('.handout');
  await expect(handout).toBeVisible();
  for (const heading of ['exercises.cast.heading', 'exercises.hands.chart', 'deck.dora.title', 'deck.pillars_check.title', 'deck.team.title', 'close.plan.title']) {
    await expect(handout.getByRole('heading', { name: t('nl', heading), exact: true }).first()).toBeVisible();
  }
  await expect(handout).toContainText('Pair Dev and Ops on every release');
  await expect(handout).toContainText('Fay');
  await expect(handout).toContainText(t('nl', 'exercises.shifts.value', { value: 10 }));
});

test('an entry made in the presenter window shows live on the projector', async ({ page, context }) => {
  await open(page, 'fr', 'deck/quote');
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
  await expect(presenter.locator('article.screen')).toHaveAttribute('data-screen', 'deck/quote');
  await control(presenter, 'hands/neither').fill('42');
  await expect(page.locator('.bars__count').nth(3)).toHaveText('42');
  await expect(control(page, 'hands/neither')).toHaveValue('42');
  await control(presenter, 'hands/neither').blur();
  // The presenter moves on; the projector follows and shows what is entered there too.
  await presenter.keyboard.press('End');
  await expect(page.locator('article.screen')).toHaveAttribute('data-screen', 'summary');
  await presenter.goto(presenter.url().replace(/summary$/, 'deck/team'));
  await expect(page.locator('article.screen')).toHaveAttribute('data-screen', 'deck/team');
  await control(presenter, 'team/ux').fill('Gus');
  await expect(control(page, 'team/ux')).toHaveValue('Gus');
  await expect(page.locator('.team-reading')).not.toContainText(t('fr', 'deck.team.ux'));
});

test('two tabs: the last write wins, and the tab whose value was replaced can restore it', async ({ context }) => {
  const one = await context.newPage();
  await open(one, 'en', 'deck/quote');
  await control(one, 'hands/praised').fill('7');
  await expect(status(one)).toHaveText(t('en', 'app.saved'));
  const two = await context.newPage();
  await open(two, 'en', 'deck/quote');
  await expect(control(two, 'hands/praised')).toHaveValue('7');
  await control(two, 'hands/praised').fill('9');
  await expect(control(one, 'hands/praised')).toHaveValue('9');
  const notice = one.locator('.replaced');
  await expect(notice).toContainText(t('en', 'exercises.replaced.notice', { screen: t('en', 'deck.quote.title'), mine: '7', theirs: '9' }));
  await expect(two.locator('.replaced')).toHaveCount(0);
  await notice.getByRole('button', { name: t('en', 'exercises.replaced.restore', { mine: '7' }) }).click();
  await expect(control(one, 'hands/praised')).toHaveValue('7');
  await expect(control(two, 'hands/praised')).toHaveValue('7');
  await expect(notice).toHaveCount(0);
  // Free text keeps both versions, as the notes do.
  await open(one, 'en', 'deck/pillars/check');
  await open(two, 'en', 'deck/pillars/check');
  await control(one, 'pillars/1/idea').fill('idea from one');
  await expect(control(two, 'pillars/1/idea')).toHaveValue('idea from one');
  await Promise.all([
    control(one, 'pillars/1/idea').fill('version one'),
    control(two, 'pillars/1/idea').fill('version two'),
  ]);
  for (const tab of [one, two]) {
    await expect(control(tab, 'pillars/1/idea')).toHaveValue(/version one/);
    await expect(control(tab, 'pillars/1/idea')).toHaveValue(/version two/);
  }
});

test('a new session starts empty; deleting one deletes its results, and undo brings them back', async ({ page }) => {
  await seed(page, fullSession('en'));
  await open(page, 'en', 'deck/quote');
  await expect(control(page, 'hands/blamed')).toHaveValue('999');
  const sessions = page.getByRole('dialog', { name: t('en', 'notes.session.dialog_title') });
  await page.locator('.session-pill').click();
  const form = sessions.locator('section', { has: page.getByRole('heading', { name: t('en', 'notes.session.new_heading') }) });
  await form.getByLabel(t('en', 'notes.session.name')).fill('Second');
  await form.getByRole('button', { name: t('en', 'notes.session.create') }).click();
  await expect(sessions.locator('.session-row')).toHaveCount(2);
  await sessions.getByRole('button', { name: t('en', 'notes.session.close') }).click();
  await expect(control(page, 'hands/blamed')).toHaveValue('');
  await expect(page.locator('.bars__count')).toHaveText(['0', '0', '0', '0']);

  await page.locator('.session-pill').click();
  await sessions.locator('.session-row', { hasText: 'Full' }).getByRole('button', { name: t('en', 'notes.session.delete') }).click();
  await expect(sessions.locator('.session-row')).toHaveCount(1);
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key).includes('999'), NOTES_KEY)).toBe(false);
  await sessions.getByRole('button', { name: t('en', 'notes.session.undo') }).click();
  await expect(sessions.locator('.session-row')).toHaveCount(2);
  await sessions.locator('.session-row', { hasText: 'Full' }).getByRole('button', { name: t('en', 'notes.session.open') }).click();
  await sessions.getByRole('button', { name: t('en', 'notes.session.close') }).click();
  await expect(control(page, 'hands/blamed')).toHaveValue('999');
  expect(await stored(page, 'dora/lead')).toBe('3');
});

test('XSS payloads in every new text field stay text', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
  const payload = (field) => `<img src=x onerror="alert('${field}')"><script>alert('${field}')</script>`;
  const fields = {
    cast: ['cast/business', 'cast/dev', 'cast/ops', 'cast/users', 'cast/names'],
    'deck/pillars/check': ['pillars/1/idea', 'pillars/2/idea', 'pillars/3/idea'],
    'deck/team': ['team/po', 'team/sm', 'team/developers', 'team/testers', 'team/analyst', 'team/ux', 'team/technical', 'team/functional'],
    plan: ['plan/1/what', 'plan/1/owner', 'plan/2/what', 'plan/2/owner', 'plan/3/what', 'plan/3/owner'],
  };
  for (const [path, ids] of Object.entries(fields)) {
    await open(page, 'en', path);
    for (const id of ids) await control(page, id).fill(payload(id));
  }
  await savedAs(page, 'plan/3/owner', payload('plan/3/owner'));
  await open(page, 'en', 'act/1');
  await expect(page.locator('.cast-line')).toContainText(payload('cast/dev').slice(0, 20));
  await open(page, 'en', 'plan');
  await expect(page.getByLabel(t('en', 'exercises.plan.picks')).locator('option', { hasText: payload('pillars/2/idea') })).toHaveCount(1);
  await open(page, 'en', 'summary/3');
  const summary = page.locator('.summary');
  await expect(summary).toContainText(payload('team/ux'));
  await expect(summary).toContainText(payload('plan/2/owner'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.handout')).toContainText(payload('plan/3/what'));
  await page.emulateMedia({ media: 'screen' });
  await page.reload();
  await open(page, 'en', 'summary');
  await expect(summary).toContainText(payload('cast/users'));
  expect(await page.locator('body img, body script:not([src]):not([type])').evaluateAll((found) => found.filter((el) => el.closest('.app, .handout')).length)).toBe(0);
  expect(dialogs).toEqual([]);
});

const NEW_SCREENS = ['cast', 'act/1', 'deck/quote', 'deck/shifts', 'deck/dora', 'deck/pillars/check', 'deck/team', 'plan', 'summary'];

for (const row of THEMES) {
  test(`axe finds no violation on the exercise screens, filled and with refusals (${row.theme} theme)`, async ({ page }) => {
    test.setTimeout(90_000);
    await useTheme(page, row);
    await seed(page, fullSession('en'));
    for (const path of NEW_SCREENS) {
      await open(page, 'en', path);
      await expectTheme(page, row.theme);
      if (path === 'deck/quote') await control(page, 'hands/both').fill('abc');
      if (path === 'cast') await page.getByRole('button', { name: t('en', 'exercises.cast.draw') }).click();
      const pages = path === 'summary' ? await summaryPages(page) : 1;
      for (let n = 1; n <= pages; n += 1) {
        if (n > 1) await page.keyboard.press('ArrowRight');
        await expectNoAxeViolations(page, `on ${path}, page ${n} (${row.theme})`);
      }
    }
  });
}

for (const size of SIZES) {
  test(`the exercise screens fit ${size.width}×${size.height} filled to the brim, every summary page, every language`, async ({ context }) => {
    test.setTimeout(180_000);
    const failures = [];
    for (const lang of LANGS) {
      const tab = await context.newPage();
      await tab.clock.setFixedTime(TODAY);
      await tab.setViewportSize(size);
      await seed(tab, fullSession(lang, { long: true }));
      await prepareFit(tab);
      for (const path of NEW_SCREENS) {
        await open(tab, lang, path);
        // Refusals and the plan's messages take room too.
        if (path === 'deck/quote') await control(tab, 'hands/both').fill('abcdef');
        const pages = path === 'summary' ? await summaryPages(tab) : 1;
        for (let n = 1; n <= pages; n += 1) {
          if (n > 1) await tab.keyboard.press('ArrowRight');
          await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
          const { problems, smallest } = await tab.evaluate(measureFit);
          const where = `${lang}/${path}${pages > 1 ? ` page ${n}` : ''}`;
          for (const problem of problems) failures.push(`${where}: ${problem}`);
          if (smallest !== null && smallest < size.minBody) failures.push(`${where}: body text of ${smallest.toFixed(1)} px`);
        }
      }
      await tab.close();
    }
    expect(failures).toEqual([]);
  });
}
