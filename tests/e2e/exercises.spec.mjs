// The team exercises, as the room and the facilitator use them: casting the play, the show of
// hands, the DORA check, the pillars check, the shifts, the team canvas, the action plan and the
// summary. Screens show their content in steps: one question a step, large choices (radio
// buttons and sliders), the result on a step of its own. Each exercise is entered the way a user
// does (typing, choosing, keys), in more than one language, and followed into storage, the
// exports, the handout and the other windows.
import { test, expect } from './fixtures.mjs';
import { THEMES, expectNoAxeViolations, expectTheme, useTheme } from './axe.mjs';
import { readFileSync } from 'node:fs';
import { LANGS, stepPath, t } from './locales.mjs';
import { SIZES, measureFit, measureText, prepareFit } from './stage-fit.mjs';
import { fullSession } from './full-session.mjs';

const NOTES_KEY = 'devops-workshop.notes';
/** "Today" in every test, so that a date in the past is one. */
const TODAY = new Date('2026-12-01T10:00:00');

const domId = (id) => `x-${id.replaceAll('/', '-')}`;
/** The control of exercise field `id` (`hands/praised` → `#x-hands-praised`); for a choice,
 * its first radio button. */
const control = (page, id) => page.locator(`#${domId(id)}`);
/** The message under that field. */
const refusal = (page, id) => page.locator(`#${domId(id)}-error`);
/** The radio group of choice field `id`. */
const choices = (page, id) => page.locator(`fieldset[role="radiogroup"]:has(input[type="radio"][name="${domId(id)}"])`);
/** The answer `label` of choice field `id`. */
const choice = (page, id, label) => choices(page, id).getByRole('radio', { name: label, exact: true });
/** Which answer of choice field `id` is checked, by its text; '' when none is. */
const chosen = (page, id) => choices(page, id).evaluate((set) => {
  const checked = set.querySelector('input:checked');
  return checked ? checked.closest('label').innerText.trim() : '';
});
const status = (page) => page.locator('.save-status');
const escape = (text) => String(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The value beside `label` in the result rows `#rows` (report::section). */
const resultValue = (page, rows, label) =>
  page.locator(`#${rows} > dt`, { hasText: new RegExp(`^\\s*${escape(label)}\\s*$`) }).locator('xpath=following-sibling::dd[1]');

/** What the open session stores for field `id`, read back from localStorage. */
async function stored(page, id) {
  return page.evaluate(([key, field]) => {
    const notes = JSON.parse(localStorage.getItem(key) ?? 'null');
    const session = notes?.sessions.find((s) => s.id === notes.current);
    return session?.results?.[field] ?? '';
  }, [NOTES_KEY, id]);
}

/** Waits until the open session stores `value` in field `id`. */
async function savedAs(page, id, value) {
  await expect.poll(() => stored(page, id)).toBe(value);
}

/** The step shown (from 1) and how many the screen has, from `.steps__count` ("3 / 6"); a
 * screen of one step shows no count. */
async function stepCount(page) {
  const count = page.locator('article.screen .steps__count');
  if ((await count.count()) === 0) return { step: 1, steps: 1 };
  const [step, steps] = (await count.textContent()).split('/').map((n) => Number(n.trim()));
  return { step, steps };
}

/** Opens step `step` (from 1) of the screen at `path` in `lang`, and waits for it. */
async function open(page, lang, path, step = 1) {
  await page.goto(`./#/${lang}/${stepPath(path, step)}`);
  await shows(page, path, step);
}

/** Waits until the stage shows step `step` (from 1) of the screen at `path`. */
async function shows(page, path, step = 1) {
  const screen = page.locator('main.stage article.screen');
  await expect(screen).toHaveAttribute('data-screen', path);
  await expect(screen).toHaveAttribute('data-step', String(step - 1));
}

/** Opens every step of the screen at `path` in turn, calling `visit(step, steps)` on each. */
async function eachStep(page, lang, path, visit) {
  await open(page, lang, path);
  const { steps } = await stepCount(page);
  for (let step = 1; step <= steps; step += 1) {
    if (step > 1) await open(page, lang, path, step);
    await visit(step, steps);
  }
  return steps;
}

/** Fills each field of `values` ({ id: text }) on whichever step of `path` shows it; fails if a
 * field is on none. */
async function fillOnSteps(page, lang, path, values) {
  const left = new Set(Object.keys(values));
  await eachStep(page, lang, path, async () => {
    for (const id of [...left]) {
      if (await control(page, id).isVisible()) {
        await control(page, id).fill(values[id]);
        left.delete(id);
      }
    }
  });
  expect([...left], `fields of ${path} found on no step`).toEqual([]);
}

/** Everything the summary shows, step by step: as many steps as its count says. */
async function summaryText(page, lang) {
  const seen = [];
  await eachStep(page, lang, 'summary', async () => {
    seen.push(await page.locator('.summary').innerText());
  });
  return seen.join('\n');
}

/** Opens the presenter window from `page` with P, and waits until it shows the same screen. */
async function openPresenter(page, context, path) {
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
  await expect(presenter.locator('.presenter__whole article.screen')).toHaveAttribute('data-screen', path);
  return presenter;
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
});

test.describe('cast the play', () => {
  for (const lang of ['en', 'fr']) {
    test(`parts typed or drawn show on every act (${lang})`, async ({ page }) => {
      // The cards come two a step, each with its part; the draw is on the last step.
      await open(page, lang, 'cast');
      const dev = page.getByLabel(t(lang, 'exercises.cast.part_label', { part: t(lang, 'cast.dev_name') }));
      await dev.fill('Ann, Bo');
      await open(page, lang, 'cast', 2);
      await control(page, 'cast/users').fill('everyone');
      await savedAs(page, 'cast/users', 'everyone');
      await open(page, lang, 'act/2', 2);
      const line = page.locator('.cast-line');
      await expect(line).toContainText(t(lang, 'exercises.cast.playing'));
      await expect(line).toContainText(`${t(lang, 'cast.dev_name')}: Ann, Bo`);
      await expect(line).not.toContainText(t(lang, 'cast.ops_name'));

      // A draw with no names says so, and changes nobody's part.
      await open(page, lang, 'cast', 3);
      await page.getByRole('button', { name: t(lang, 'exercises.cast.draw') }).click();
      await expect(page.locator('.cast-draw > .field__error')).toHaveText(t(lang, 'exercises.cast.no_names'));
      expect(await stored(page, 'cast/dev')).toBe('Ann, Bo');

      // A draw from a list deals every part out of it, each name once.
      const names = ['Ann', 'Bo', 'Cy', 'Dee', 'Eli'];
      await control(page, 'cast/names').fill(names.join(', '));
      await page.getByRole('button', { name: t(lang, 'exercises.cast.draw') }).click();
      await expect(page.locator('.cast-draw > .field__error')).toHaveText('');
      const dealt = [];
      for (const part of ['business', 'dev', 'ops', 'users']) {
        await expect.poll(() => stored(page, `cast/${part}`), `${part} gets a part`).not.toBe('');
        dealt.push(...(await stored(page, `cast/${part}`)).split(', '));
      }
      expect([...dealt].sort()).toEqual(names);
      await savedAs(page, 'cast/names', names.join(', '));
      await open(page, lang, 'cast', 2);
      await page.reload();
      await expect(control(page, 'cast/ops')).toHaveValue(await stored(page, 'cast/ops'));
      await open(page, lang, 'act/final', 2);
      await expect(page.locator('.cast-line')).toContainText(`${t(lang, 'cast.ops_name')}: ${await stored(page, 'cast/ops')}`);
    });
  }
});

test.describe('the show of hands', () => {
  for (const lang of ['en', 'nl']) {
    test(`counts become bars; a bad count is refused and the last good one stays (${lang})`, async ({ page }) => {
      // The quote first; the show of hands on the next step.
      await open(page, lang, 'deck/quote');
      await expect(control(page, 'hands/praised')).toHaveCount(0);
      await open(page, lang, 'deck/quote', 2);
      const counts = { praised: '12', blamed: '3', both: '6', neither: '0' };
      for (const [answer, count] of Object.entries(counts)) {
        await page.getByLabel(t(lang, `exercises.hands.${answer}`), { exact: true }).fill(count);
      }
      const bars = page.locator('.hands__row .bars__bar');
      const widths = () => bars.evaluateAll((spans) => spans.map((s) => s.getBoundingClientRect().width));
      const track = await page.locator('.hands__row .bars__track').first().evaluate((s) => s.getBoundingClientRect().width);
      await expect.poll(async () => (await widths())[0]).toBeCloseTo(track, 0);
      let shown = await widths();
      expect(shown[1]).toBeCloseTo(track * 3 / 12, 0);
      expect(shown[2]).toBeCloseTo(track / 2, 0);
      expect(shown[3]).toBe(0);

      const field = control(page, 'hands/blamed');
      for (const bad of ['1000', '-1', '2.5', 'abc']) {
        await field.fill(bad);
        await expect(refusal(page, 'hands/blamed')).toHaveText(
          `${t(lang, 'exercises.bad.count', { value: bad })} ${t(lang, 'exercises.bad.kept', { value: '3' })}`,
        );
        await expect(field).toHaveAttribute('aria-invalid', 'true');
        expect((await widths())[1]).toBeCloseTo(track * 3 / 12, 0);
        expect(await stored(page, 'hands/blamed')).toBe('3');
      }
      await field.fill('4');
      await expect(refusal(page, 'hands/blamed')).toHaveText('');
      await expect(field).toHaveAttribute('aria-invalid', 'false');
      await savedAs(page, 'hands/blamed', '4');
      // The save status is with the notes, on the screen's last step.
      await open(page, lang, 'deck/quote', 3);
      await expect(status(page)).toHaveText(t(lang, 'app.saved'));
      await open(page, lang, 'deck/quote', 2);
      await page.reload();
      await expect(control(page, 'hands/praised')).toHaveValue('12');
      const trackNow = () => page.locator('.hands__row .bars__track').first().evaluate((s) => s.getBoundingClientRect().width);
      await expect.poll(async () => (await widths())[1] / (await trackNow())).toBeCloseTo(4 / 12, 2);
      // The summary draws the same counts as bars, each with its count.
      const summary = await summaryText(page, lang);
      expect(summary).toContain(t(lang, 'exercises.hands.chart'));
      const chart = page.getByRole('list', { name: t(lang, 'exercises.hands.chart') });
      await eachStep(page, lang, 'summary', async () => {
        if (await chart.count()) await expect(chart.locator('.bars__count')).toHaveText(['12', '4', '6', '0']);
      });
    });
  }
});

test.describe('the DORA check', () => {
  for (const lang of ['en', 'nl']) {
    test(`answers are scored against the 2024 clusters, with the overall reading (${lang})`, async ({ page }) => {
      const level = (name) => t(lang, `exercises.dora.${name}`);
      const metric = (name) => t(lang, `exercises.dora.${name}`);
      const row = (name) => resultValue(page, 'result-rows', metric(name));
      // Nothing answered: the result says so for every key.
      await open(page, lang, 'deck/dora', 5);
      await expect(page.locator('#result-rows > dd')).toHaveText(Array(4).fill(t(lang, 'exercises.summary.not_done')));
      await expect(page.locator('.screen__body')).toContainText('2024');
      // One question a step. On demand: elite. One day to one week: high. 15% is as near
      // medium's 10% as high's 20%: the tie goes to high. One week to one month: low.
      await open(page, lang, 'deck/dora', 1);
      await choice(page, 'dora/deploys', t(lang, 'exercises.dora.deploys_5')).check();
      await open(page, lang, 'deck/dora', 2);
      await choice(page, 'dora/lead', t(lang, 'exercises.dora.time_3')).check();
      await open(page, lang, 'deck/dora', 3);
      await expect(page.locator('.screen__body')).toContainText(t(lang, 'exercises.dora.failure_rule'));
      const failures = page.getByRole('slider', { name: `${metric('failures')} · ${t(lang, 'exercises.dora.failures_q')}` });
      await expect(failures).toHaveAttribute('aria-valuetext', t(lang, 'exercises.dora.unset'));
      await failures.fill('15');
      await expect(failures).toHaveAttribute('aria-valuetext', t(lang, 'exercises.dora.percent', { percent: 15 }));
      await open(page, lang, 'deck/dora', 4);
      await choice(page, 'dora/recovery', t(lang, 'exercises.dora.time_2')).check();
      await open(page, lang, 'deck/dora', 5);
      await expect(row('deploys')).toHaveText(`${t(lang, 'exercises.dora.deploys_5')} · ${level('elite')}`);
      await expect(row('lead')).toHaveText(`${t(lang, 'exercises.dora.time_3')} · ${level('high')}`);
      await expect(row('failures')).toHaveText(`${t(lang, 'exercises.dora.percent', { percent: 15 })} · ${level('high')}`);
      await expect(row('recovery')).toHaveText(`${t(lang, 'exercises.dora.time_2')} · ${level('low')}`);
      await expect(resultValue(page, 'result-rows', metric('overall_label'))).toHaveText(level('high'));
      await expect(resultValue(page, 'result-rows', metric('holding_label'))).toHaveText(metric('recovery'));

      // A 2–2 split reads as the lower of the two middle levels; both low metrics are named.
      await open(page, lang, 'deck/dora', 2);
      await choice(page, 'dora/lead', t(lang, 'exercises.dora.time_1')).check();
      await open(page, lang, 'deck/dora', 3);
      await failures.fill('0');
      await savedAs(page, 'dora/failures', '0');
      await open(page, lang, 'deck/dora', 5);
      await expect(resultValue(page, 'result-rows', metric('overall_label'))).toHaveText(level('low'));
      await expect(resultValue(page, 'result-rows', metric('holding_label'))).toHaveText(`${metric('lead')}, ${metric('recovery')}`);
      await page.reload();
      await expect(resultValue(page, 'result-rows', metric('overall_label'))).toHaveText(level('low'));
      await open(page, lang, 'deck/dora', 3);
      await expect(failures).toHaveValue('0');
      await open(page, lang, 'deck/dora', 2);
      await expect(choice(page, 'dora/lead', t(lang, 'exercises.dora.time_1'))).toBeChecked();
    });
  }
});

test.describe('the pillars check', () => {
  for (const lang of ['en', 'fr']) {
    test(`a consensus or votes, as a chart with a table; action ideas (${lang})`, async ({ page }) => {
      const pillar = (n) => t(lang, `deck.pillars.p${n}`);
      const score = (n) => resultValue(page, 'result-pillars', pillar(n));
      const chart = page.getByRole('img', { name: t(lang, 'exercises.pillars.chart') });
      await open(page, lang, 'deck/pillars/check', 5);
      await expect(chart).toBeVisible();
      for (const n of [1, 2, 3]) await expect(score(n)).toHaveText(t(lang, 'exercises.pillars.unrated'));

      // Pillar 1 on step 2: a consensus rating of 4.
      await open(page, lang, 'deck/pillars/check', 2);
      await choices(page, 'pillars/1/rating').getByRole('radio', { name: '4', exact: true }).check();
      await open(page, lang, 'deck/pillars/check', 5);
      await expect(score(1)).toHaveText(t(lang, 'exercises.pillars.rated', { rating: 4 }));
      const bar = chart.locator('.pillars-chart__bar').first();
      const full = await chart.evaluate((svg) => svg.viewBox.baseVal.width);
      expect(Number(await bar.getAttribute('width'))).toBeGreaterThan(0);
      expect(Number(await bar.getAttribute('width'))).toBeLessThan(full);

      // Individual votes: the mean, the lowest and the highest.
      await open(page, lang, 'deck/pillars/check', 1);
      await page.getByRole('radiogroup', { name: t(lang, 'exercises.pillars.mode') })
        .getByRole('radio', { name: t(lang, 'exercises.pillars.votes'), exact: true }).check();
      await savedAs(page, 'pillars/mode', 'votes');
      await open(page, lang, 'deck/pillars/check', 2);
      await expect(choices(page, 'pillars/1/rating')).toBeHidden();
      await open(page, lang, 'deck/pillars/check', 3);
      const votes = control(page, 'pillars/2/votes');
      await expect(votes).toBeVisible();
      await votes.fill('2 3 5');
      await savedAs(page, 'pillars/2/votes', '2 3 5');
      await votes.fill('2 7 x');
      await expect(refusal(page, 'pillars/2/votes')).toContainText(t(lang, 'exercises.bad.votes', { value: '2 7 x' }));
      expect(await stored(page, 'pillars/2/votes')).toBe('2 3 5');
      await open(page, lang, 'deck/pillars/check', 5);
      const mark = lang === 'en' ? '.' : ',';
      await expect(score(2)).toHaveText(
        `${t(lang, 'exercises.pillars.rated', { rating: `3${mark}3` })} (${t(lang, 'exercises.pillars.lowest')} 2, ${t(lang, 'exercises.pillars.highest')} 5)`,
      );
      await expect(chart.locator('.pillars-chart__range')).toHaveCount(1);

      await open(page, lang, 'deck/pillars/check', 4);
      await control(page, 'pillars/3/idea').fill('Demo every sprint');
      await savedAs(page, 'pillars/3/idea', 'Demo every sprint');
      await page.reload();
      await expect(control(page, 'pillars/3/idea')).toHaveValue('Demo every sprint');
      await open(page, lang, 'deck/pillars/check', 3);
      await expect(control(page, 'pillars/2/votes')).toHaveValue('2 3 5');
      await open(page, lang, 'deck/pillars/check', 5);
      await expect(resultValue(page, 'result-pillars', `${pillar(3)} · ${t(lang, 'exercises.pillars.idea')}`)).toHaveText('Demo every sprint');
      for (const n of [1, 2, 3]) await expect(score(n)).toHaveCount(1);
    });
  }
});

test.describe('the shifts', () => {
  for (const lang of ['nl', 'en']) {
    test(`native sliders from "van" to "naar", unset until moved, by keyboard (${lang})`, async ({ page }) => {
      // Five shifts over two steps, each its own slider.
      const names = [];
      await eachStep(page, lang, 'deck/shifts', async () => {
        for (const slider of await page.getByRole('slider').all()) names.push(await slider.getAttribute('aria-label'));
      });
      expect(names).toEqual([1, 2, 3, 4, 5].map((n) => t(lang, 'exercises.shifts.label', {
        from: t(lang, `deck.shifts.from${n}`), to: t(lang, `deck.shifts.to${n}`),
      })));
      await open(page, lang, 'deck/shifts');
      const from = t(lang, 'deck.shifts.from1');
      const to = t(lang, 'deck.shifts.to1');
      const slider = page.getByRole('slider', { name: t(lang, 'exercises.shifts.label', { from, to }) });
      await expect(slider).toHaveAttribute('aria-valuetext', t(lang, 'exercises.shifts.unset'));
      await slider.focus();
      await page.keyboard.press('End');
      await expect(slider).toHaveAttribute('aria-valuetext', t(lang, 'exercises.shifts.value', { value: 10 }));
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await expect(slider).toHaveAttribute('aria-valuetext', t(lang, 'exercises.shifts.value', { value: 8 }));
      // The keys chose on the slider; they did not move the slide.
      await shows(page, 'deck/shifts', 1);
      await savedAs(page, 'shifts/1', '8');
      await page.reload();
      await expect(slider).toHaveValue('8');
      await page.getByRole('button', { name: t(lang, 'exercises.shifts.clear_label', { from, to }) }).click();
      await expect(slider).toHaveAttribute('aria-valuetext', t(lang, 'exercises.shifts.unset'));
      await savedAs(page, 'shifts/1', '');
      // The save status is with the notes, on the screen's last step.
      await open(page, lang, 'deck/shifts', 3);
      await expect(status(page)).toHaveText(t(lang, 'app.saved'));
    });
  }
});

test.describe('the team canvas', () => {
  for (const lang of ['fr', 'nl']) {
    test(`unfilled roles are named, and operations is inside once management is filled (${lang})`, async ({ page }) => {
      const reading = page.locator('#result-rows > dd').last();
      const unfilled = async () => {
        let count = 0;
        await eachStep(page, lang, 'deck/team', async () => { count += await page.locator('.field--unfilled').count(); });
        return count;
      };
      await open(page, lang, 'deck/team', 4);
      await expect(reading).toContainText(t(lang, 'exercises.team.ops_outside'));
      await open(page, lang, 'deck/team', 1);
      await control(page, 'team/po').fill('Ann');
      await expect(control(page, 'team/po').locator('xpath=ancestor::*[contains(@class, "field--unfilled")]')).toHaveCount(0);
      await open(page, lang, 'deck/team', 2);
      await control(page, 'team/developers').fill('Bo, Cy');
      await savedAs(page, 'team/developers', 'Bo, Cy');
      expect(await unfilled()).toBe(6);
      await open(page, lang, 'deck/team', 4);
      await expect(reading).toContainText(t(lang, 'deck.team.ux'));
      await expect(reading).not.toContainText(t(lang, 'deck.team.product_owner'));
      await open(page, lang, 'deck/team', 3);
      await control(page, 'team/functional').fill('Dee');
      await savedAs(page, 'team/functional', 'Dee');
      await open(page, lang, 'deck/team', 4);
      await expect(reading).toContainText(t(lang, 'exercises.team.ops_inside'));
      expect(await unfilled()).toBe(5);
      await open(page, lang, 'deck/team', 4);
      await page.reload();
      await expect(reading).toContainText(t(lang, 'exercises.team.ops_inside'));
    });
  }
});

test.describe('the action plan', () => {
  for (const lang of ['en', 'nl']) {
    test(`quick picks from ideas, DORA and notes; a past date or no "what" says so (${lang})`, async ({ page, context }) => {
      await open(page, lang, 'deck/pillars/check', 3);
      await control(page, 'pillars/2/idea').fill('Demo every sprint');
      await open(page, lang, 'deck/dora', 4);
      await choice(page, 'dora/recovery', t(lang, 'exercises.dora.time_0')).check();
      // The notes are on act 1's last step, with its questions.
      await open(page, lang, 'act/1', 3);
      await page.locator('.notes__field').fill('- Fewer handovers\n\n* On call together');
      await expect(status(page)).toHaveText(t(lang, 'app.saved'));

      // The quick picks are the facilitator's: in the presenter view, not on the stage.
      await open(page, lang, 'plan');
      await expect(page.getByLabel(t(lang, 'exercises.plan.picks'))).toHaveCount(0);
      const presenter = await openPresenter(page, context, 'plan');
      const picks = presenter.getByLabel(t(lang, 'exercises.plan.picks'));
      const improve = t(lang, 'exercises.plan.improve', { metric: t(lang, 'exercises.dora.recovery') });
      await expect(picks.locator('optgroup')).toHaveCount(3);
      await expect(picks.locator('option')).toHaveText([
        t(lang, 'exercises.plan.pick_none'), 'Demo every sprint', improve, 'Fewer handovers', 'On call together',
      ]);
      const add = presenter.getByRole('button', { name: t(lang, 'exercises.plan.pick_add') });
      for (const pick of ['Demo every sprint', improve, 'On call together']) {
        await picks.selectOption({ label: pick });
        await add.click();
      }
      await expect(control(presenter, 'plan/1/what')).toHaveValue('Demo every sprint');
      await expect(control(presenter, 'plan/2/what')).toHaveValue(improve);
      await expect(control(presenter, 'plan/3/what')).toHaveValue('On call together');
      await picks.selectOption({ label: 'Fewer handovers' });
      await add.click();
      await expect(presenter.locator('.plan__picks .field__error')).toHaveText(t(lang, 'exercises.plan.full'));
      // The projector shows what the picks put in, one experiment a step.
      await expect(control(page, 'plan/1/what')).toHaveValue('Demo every sprint');
      await presenter.close();

      // A date already past, and an experiment with an owner but no "what".
      await control(page, 'plan/1/date').fill('2026-11-30');
      const alert = page.locator('.plan__experiment').first().locator('.plan__problems');
      await expect(alert).toHaveText(t(lang, 'exercises.plan.past', { n: 1, date: '2026-11-30' }));
      // The refused date says so to a screen reader, and points at its message.
      const date = control(page, 'plan/1/date');
      await expect(date).toHaveAttribute('aria-invalid', 'true');
      await expect(date).toHaveAccessibleDescription(new RegExp(escape(t(lang, 'exercises.plan.past', { n: 1, date: '2026-11-30' }))));
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
      await open(page, lang, 'plan', 2);
      await control(page, 'plan/2/owner').fill('Bo');
      await control(page, 'plan/2/what').fill('');
      await expect(page.locator('.plan__experiment').locator('.plan__problems')).toHaveText(
        t(lang, 'exercises.plan.no_what', { n: 2 }),
      );
      await expect(control(page, 'plan/2/what')).toHaveAttribute('aria-invalid', 'true');
      await expect(control(page, 'plan/2/what')).toHaveAttribute('aria-describedby', /plan-2-problems/);
      await savedAs(page, 'plan/2/what', '');
      // The result, on its own step, says what is wrong in words.
      await open(page, lang, 'plan', 4);
      const experiment = (n) => resultValue(page, 'result-rows', t(lang, 'exercises.plan.experiment', { n }));
      await expect(experiment(1)).toHaveText('Demo every sprint soon · 2026-12-15');
      await expect(experiment(2)).toHaveText(`Bo — ${t(lang, 'exercises.plan.no_what', { n: 2 })}`);
      await page.reload();
      await open(page, lang, 'plan', 1);
      await expect(control(page, 'plan/1/date')).toHaveValue('2026-12-15');
      await open(page, lang, 'plan', 2);
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
    const { steps: pages } = await stepCount(page);
    expect(pages).toBeGreaterThan(1);
    const count = page.locator('article.screen .steps__count');
    const seen = [];
    for (let n = 1; n <= pages; n += 1) {
      await expect(count).toHaveText(`${n} / ${pages}`);
      await expect(page).toHaveURL(n === 1 ? /#\/en\/summary$/ : new RegExp(`#/en/summary/${n}$`));
      await shows(page, 'summary', n);
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
    // Previous steps back through the pages, then to the screen before, on its last step.
    await page.keyboard.press('ArrowLeft');
    await expect(count).toHaveText(`${pages - 1} / ${pages}`);
    await open(page, 'en', 'summary');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('article.screen')).toHaveAttribute('data-screen', 'plan');
    const { step, steps } = await stepCount(page);
    expect(step).toBe(steps);
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
  await open(page, 'nl', 'deck/dora', 5);
  await expect(resultValue(page, 'result-rows', t('nl', 'exercises.dora.overall_label'))).toHaveText(t('nl', 'exercises.dora.high'));

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
  await open(page, 'fr', 'deck/quote', 2);
  const presenter = await openPresenter(page, context, 'deck/quote');
  await control(presenter, 'hands/neither').fill('42');
  await expect(control(page, 'hands/neither')).toHaveValue('42');
  await control(presenter, 'hands/neither').blur();
  // The presenter moves on; the projector follows and shows what is entered there too.
  await presenter.keyboard.press('End');
  await expect(page.locator('article.screen')).toHaveAttribute('data-screen', 'summary');
  await presenter.goto(presenter.url().replace(/summary(\/\d+)?$/, 'deck/team/2'));
  await shows(page, 'deck/team', 2);
  await control(presenter, 'team/ux').fill('Gus');
  await expect(control(page, 'team/ux')).toHaveValue('Gus');
  await control(presenter, 'team/ux').blur();
  await presenter.keyboard.press('PageDown');
  await presenter.keyboard.press('PageDown');
  await shows(page, 'deck/team', 4);
  await expect(page.locator('#result-rows')).toContainText('Gus');
  await expect(page.locator('#result-rows > dd').last()).not.toContainText(t('fr', 'deck.team.ux'));
});

test('two tabs: the last write wins, and the tab whose value was replaced can restore it', async ({ context }) => {
  const one = await context.newPage();
  await open(one, 'en', 'deck/quote', 2);
  await control(one, 'hands/praised').fill('7');
  await savedAs(one, 'hands/praised', '7');
  const two = await context.newPage();
  await open(two, 'en', 'deck/quote', 2);
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
  await open(one, 'en', 'deck/pillars/check', 2);
  await open(two, 'en', 'deck/pillars/check', 2);
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
  await open(page, 'en', 'deck/quote', 2);
  await expect(control(page, 'hands/blamed')).toHaveValue('999');
  const sessions = page.getByRole('dialog', { name: t('en', 'notes.session.dialog_title') });
  await page.locator('.session-pill').click();
  const form = sessions.locator('section', { has: page.getByRole('heading', { name: t('en', 'notes.session.new_heading') }) });
  await form.getByLabel(t('en', 'notes.session.name')).fill('Second');
  await form.getByRole('button', { name: t('en', 'notes.session.create') }).click();
  await expect(sessions.locator('.session-row')).toHaveCount(2);
  await sessions.getByRole('button', { name: t('en', 'notes.session.close') }).click();
  await expect(control(page, 'hands/blamed')).toHaveValue('');
  const widths = () => page.locator('.hands__row .bars__bar').evaluateAll((spans) => spans.map((s) => s.getBoundingClientRect().width));
  await expect.poll(widths).toEqual([0, 0, 0, 0]);

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

test('XSS payloads in every new text field stay text', async ({ page, context }) => {
  test.setTimeout(90_000);
  const dialogs = [];
  context.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
  const payload = (field) => `<img src=x onerror="alert('${field}')"><script>alert('${field}')</script>`;
  const fields = {
    cast: ['cast/business', 'cast/dev', 'cast/ops', 'cast/users', 'cast/names'],
    'deck/pillars/check': ['pillars/1/idea', 'pillars/2/idea', 'pillars/3/idea'],
    'deck/team': ['team/po', 'team/sm', 'team/developers', 'team/testers', 'team/analyst', 'team/ux', 'team/technical', 'team/functional'],
    plan: ['plan/1/what', 'plan/1/owner', 'plan/2/what', 'plan/2/owner', 'plan/3/what', 'plan/3/owner'],
  };
  for (const [path, ids] of Object.entries(fields)) {
    await fillOnSteps(page, 'en', path, Object.fromEntries(ids.map((id) => [id, payload(id)])));
  }
  await savedAs(page, 'plan/3/owner', payload('plan/3/owner'));
  await open(page, 'en', 'act/1', 2);
  await expect(page.locator('.cast-line')).toContainText(payload('cast/dev').slice(0, 20));
  await open(page, 'en', 'plan', 4);
  await expect(page.locator('#result-rows')).toContainText(payload('plan/2/owner'));
  const presenter = await openPresenter(page, context, 'plan');
  await expect(presenter.getByLabel(t('en', 'exercises.plan.picks')).locator('option', { hasText: payload('pillars/2/idea') })).toHaveCount(1);
  await presenter.close();
  const summary = await summaryText(page, 'en');
  expect(summary).toContain(payload('team/ux'));
  expect(summary).toContain(payload('plan/2/owner'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.handout')).toContainText(payload('plan/3/what'));
  await page.emulateMedia({ media: 'screen' });
  await page.reload();
  expect(await summaryText(page, 'en')).toContain(payload('cast/users'));
  expect(await page.locator('body img, body script:not([src]):not([type])').evaluateAll((found) => found.filter((el) => el.closest('.app, .handout')).length)).toBe(0);
  expect(dialogs).toEqual([]);
});

const NEW_SCREENS = ['cast', 'act/1', 'deck/quote', 'deck/shifts', 'deck/dora', 'deck/pillars/check', 'deck/team', 'plan', 'summary'];

for (const row of THEMES) {
  test(`axe finds no violation on the exercise screens, every step, filled and with refusals (${row.theme} theme)`, async ({ page }) => {
    test.setTimeout(240_000);
    await useTheme(page, row);
    await seed(page, fullSession('en'));
    for (const path of NEW_SCREENS) {
      await eachStep(page, 'en', path, async (step) => {
        await expectTheme(page, row.theme);
        if (await control(page, 'hands/both').isVisible()) await control(page, 'hands/both').fill('abc');
        if (await control(page, 'cast/names').isVisible()) await page.getByRole('button', { name: t('en', 'exercises.cast.draw') }).click();
        await expectNoAxeViolations(page, `on ${path}, step ${step} (${row.theme})`);
      });
    }
  });
}

// The summary on its own: its pages are being cut anew, and its problems should not hide the
// exercise screens' own.
const FIT_GROUPS = [
  { name: 'the exercise screens', paths: NEW_SCREENS.filter((path) => path !== 'summary') },
  { name: 'every page of the summary', paths: ['summary'] },
];

for (const size of SIZES) for (const { name, paths } of FIT_GROUPS) {
  test(`${name} fit ${size.width}×${size.height} filled to the brim, every step, every language`, async ({ context }) => {
    test.setTimeout(400_000);
    const failures = [];
    for (const lang of LANGS) {
      const tab = await context.newPage();
      await tab.clock.setFixedTime(TODAY);
      await tab.setViewportSize(size);
      await seed(tab, fullSession(lang, { long: true }));
      await prepareFit(tab);
      for (const path of paths) {
        await eachStep(tab, lang, path, async (step, steps) => {
          // Refusals and the plan's messages take room too.
          if (await control(tab, 'hands/both').isVisible()) await control(tab, 'hands/both').fill('abcdef');
          await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
          const { problems } = await tab.evaluate(measureFit);
          const where = `${lang}/${path}${steps > 1 ? ` step ${step}` : ''}`;
          for (const problem of problems) failures.push(`${where}: ${problem}`);
          // Filled to the brim, the text is still the room's size (DEVELOPERS.md's stage rule).
          const text = await tab.evaluate(measureText);
          if (text.chars === 0) failures.push(`${where}: no text found on the stage`);
          if (text.median < size.median) failures.push(`${where}: median text of ${text.median?.toFixed(1)} px`);
          if (text.smallest && text.smallest.size < size.smallest) {
            failures.push(`${where}: text of ${text.smallest.size.toFixed(1)} px (“${text.smallest.text}”)`);
          }
        });
      }
      await tab.close();
    }
    expect(failures).toEqual([]);
  });
}

// ---------------------------------------------------------------------------------------------
// The keyboard alone: every exercise answered with Tab, the arrow keys, Space and typing, on the
// stage step by step and in the presenter view's facilitator form; no click anywhere.

/** Presses Tab until the focus is on an element matching `selector`. */
async function tabTo(page, selector, max = 80) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Tabs to field `id` and types `text` in it. */
async function typeIn(page, id, text) {
  await tabTo(page, `#${domId(id)}`);
  await page.keyboard.type(text);
  await expect(control(page, id)).toBeFocused();
}

/** Chooses answer `index` (from 0) of choice field `id` with the keyboard: Tab into the group,
 * Space on the answer focused if none is chosen yet, then the arrow keys. */
async function chooseByKeys(page, id, index) {
  const selector = `input[type="radio"][name="${domId(id)}"]`;
  await tabTo(page, selector);
  const radios = page.locator(selector);
  let at = await radios.evaluateAll((all) => all.indexOf(document.activeElement));
  if (!(await radios.nth(at).isChecked())) await page.keyboard.press('Space');
  for (; at < index; at += 1) await page.keyboard.press('ArrowDown');
  for (; at > index; at -= 1) await page.keyboard.press('ArrowUp');
  await expect(radios.nth(index)).toBeChecked();
  await expect(radios.nth(index)).toBeFocused();
}

/** Tabs to slider `name`, and sets it with Home (0) then ArrowRight `presses` times. */
async function slideByKeys(page, name, presses) {
  const slider = page.getByRole('slider', { name, exact: true });
  await tabTo(page, `input[type="range"][aria-label="${name.replaceAll('"', '\\"')}"]`);
  await page.keyboard.press('Home');
  for (let i = 0; i < presses; i += 1) await page.keyboard.press('ArrowRight');
  return slider;
}

/** On the stage: the next step, from the keyboard (Tab to Next, then Enter), and waits for it. */
async function nextStepByKeys(page, path, step) {
  await tabTo(page, 'a.pager__link--next');
  await page.keyboard.press('Enter');
  await shows(page, path, step);
}

const EN = (key, args) => t('en', key, args);
const metricLabel = (lang, name) => `${t(lang, `exercises.dora.${name}`)} · ${t(lang, `exercises.dora.${name}_q`)}`;
const shiftLabel = (lang, n) => t(lang, 'exercises.shifts.label', { from: t(lang, `deck.shifts.from${n}`), to: t(lang, `deck.shifts.to${n}`) });

/**
 * Each exercise as entered from the keyboard: `enter(page, lang, next)` answers every question
 * (`next(step)` moves the stage on to `step`; in the presenter's form everything is on one
 * page and it does nothing); `result` is the step that shows what the answers come to, and
 * `check` what it must show.
 */
const BY_KEYBOARD = [
  {
    name: 'cast',
    path: 'cast',
    async enter(page, lang, next) {
      await typeIn(page, 'cast/business', 'Ann');
      await typeIn(page, 'cast/dev', 'Bo, Cy');
      await next(2);
      await typeIn(page, 'cast/ops', 'Dee');
      await typeIn(page, 'cast/users', 'everyone');
      await savedAs(page, 'cast/users', 'everyone');
    },
    result: { path: 'act/1', step: 2 },
    async check(page, lang) {
      const line = page.locator('.cast-line');
      for (const [part, who] of [['business', 'Ann'], ['dev', 'Bo, Cy'], ['ops', 'Dee'], ['users', 'everyone']]) {
        await expect(line).toContainText(`${t(lang, `cast.${part}_name`)}: ${who}`);
      }
    },
  },
  {
    name: 'show of hands',
    path: 'deck/quote',
    start: 2,
    async enter(page) {
      for (const [id, count] of [['hands/praised', '8'], ['hands/blamed', '2'], ['hands/both', '4'], ['hands/neither', '1']]) {
        await typeIn(page, id, count);
      }
      await savedAs(page, 'hands/neither', '1');
    },
    result: { path: 'deck/quote', step: 2 },
    async check(page) {
      const track = await page.locator('.hands__row .bars__track').first().evaluate((s) => s.getBoundingClientRect().width);
      const widths = () => page.locator('.hands__row .bars__bar').evaluateAll((spans) => spans.map((s) => s.getBoundingClientRect().width));
      await expect.poll(async () => (await widths()).map((w) => Math.round(w / track * 8))).toEqual([8, 2, 4, 1]);
      for (const [id, count] of [['hands/praised', '8'], ['hands/blamed', '2'], ['hands/both', '4'], ['hands/neither', '1']]) {
        await expect(control(page, id)).toHaveValue(count);
      }
    },
  },
  {
    name: 'DORA check',
    path: 'deck/dora',
    async enter(page, lang, next) {
      await chooseByKeys(page, 'dora/deploys', 5);
      await next(2);
      await chooseByKeys(page, 'dora/lead', 3);
      await next(3);
      const failures = await slideByKeys(page, metricLabel(lang, 'failures'), 3);
      await expect(failures).toHaveAttribute('aria-valuetext', t(lang, 'exercises.dora.percent', { percent: 15 }));
      await next(4);
      await chooseByKeys(page, 'dora/recovery', 2);
      await savedAs(page, 'dora/recovery', '2');
    },
    result: { path: 'deck/dora', step: 5 },
    async check(page, lang) {
      const level = (name) => t(lang, `exercises.dora.${name}`);
      const row = (label) => resultValue(page, 'result-rows', label);
      await expect(row(t(lang, 'exercises.dora.deploys'))).toHaveText(`${t(lang, 'exercises.dora.deploys_5')} · ${level('elite')}`);
      await expect(row(t(lang, 'exercises.dora.lead'))).toHaveText(`${t(lang, 'exercises.dora.time_3')} · ${level('high')}`);
      await expect(row(t(lang, 'exercises.dora.failures'))).toHaveText(`${t(lang, 'exercises.dora.percent', { percent: 15 })} · ${level('high')}`);
      await expect(row(t(lang, 'exercises.dora.recovery'))).toHaveText(`${t(lang, 'exercises.dora.time_2')} · ${level('low')}`);
      await expect(row(t(lang, 'exercises.dora.overall_label'))).toHaveText(level('high'));
      await expect(row(t(lang, 'exercises.dora.holding_label'))).toHaveText(t(lang, 'exercises.dora.recovery'));
    },
  },
  {
    name: 'pillars check',
    path: 'deck/pillars/check',
    async enter(page, lang, next) {
      // Votes first, then back to one consensus: both answers chosen from the keyboard.
      await chooseByKeys(page, 'pillars/mode', 1);
      await savedAs(page, 'pillars/mode', 'votes');
      await page.keyboard.press('ArrowUp');
      await savedAs(page, 'pillars/mode', '');
      for (const [n, rating] of [[1, 4], [2, 2], [3, 5]]) {
        await next(n + 1);
        await chooseByKeys(page, `pillars/${n}/rating`, rating - 1);
        await typeIn(page, `pillars/${n}/idea`, `Idea ${n}`);
      }
      await savedAs(page, 'pillars/3/idea', 'Idea 3');
    },
    result: { path: 'deck/pillars/check', step: 5 },
    async check(page, lang) {
      const pillar = (n) => t(lang, `deck.pillars.p${n}`);
      await expect(resultValue(page, 'result-pillars', t(lang, 'exercises.pillars.mode'))).toHaveText(t(lang, 'exercises.pillars.consensus'));
      for (const [n, rating] of [[1, 4], [2, 2], [3, 5]]) {
        await expect(resultValue(page, 'result-pillars', pillar(n))).toHaveText(t(lang, 'exercises.pillars.rated', { rating }));
        await expect(resultValue(page, 'result-pillars', `${pillar(n)} · ${t(lang, 'exercises.pillars.idea')}`)).toHaveText(`Idea ${n}`);
      }
      await expect(page.getByRole('img', { name: t(lang, 'exercises.pillars.chart') }).locator('.pillars-chart__bar')).toHaveCount(3);
    },
  },
  {
    name: 'shifts',
    path: 'deck/shifts',
    async enter(page, lang, next) {
      // Two shifts on the first step, three on the second.
      for (const n of [1, 2, 3, 4, 5]) {
        if (n === 3) await next(2);
        const slider = await slideByKeys(page, shiftLabel(lang, n), 2 * n);
        await expect(slider).toHaveAttribute('aria-valuetext', t(lang, 'exercises.shifts.value', { value: 2 * n }));
      }
      await savedAs(page, 'shifts/5', '10');
    },
    // The shifts have no result step of their own: the summary is where they add up.
    result: { path: 'summary', step: 1 },
    async check(page, lang) {
      const all = await summaryText(page, lang);
      for (const n of [1, 2, 3, 4, 5]) {
        expect(all).toContain(t(lang, 'exercises.shifts.value', { value: 2 * n }));
      }
    },
  },
  {
    name: 'team canvas',
    path: 'deck/team',
    async enter(page, lang, next) {
      await typeIn(page, 'team/po', 'Ann');
      await typeIn(page, 'team/sm', 'Bo');
      await next(2);
      for (const [id, who] of [['team/developers', 'Cy, Dee'], ['team/testers', 'Eli'], ['team/analyst', 'Fay'], ['team/ux', 'Gus']]) {
        await typeIn(page, id, who);
      }
      await next(3);
      await typeIn(page, 'team/technical', 'Hal');
      await typeIn(page, 'team/functional', 'Ida');
      await savedAs(page, 'team/functional', 'Ida');
    },
    result: { path: 'deck/team', step: 4 },
    async check(page, lang) {
      await expect(resultValue(page, 'result-rows', t(lang, 'deck.team.ux'))).toHaveText('Gus');
      await expect(resultValue(page, 'result-rows', t(lang, 'deck.team.functional'))).toHaveText('Ida');
      const reading = page.locator('#result-rows > dd').last();
      await expect(reading).toContainText(t(lang, 'exercises.team.all_filled'));
      await expect(reading).toContainText(t(lang, 'exercises.team.ops_inside'));
    },
  },
  {
    name: 'action plan',
    path: 'plan',
    async enter(page, lang, next) {
      for (const n of [1, 2, 3]) {
        if (n > 1) await next(n);
        await typeIn(page, `plan/${n}/what`, `Experiment ${n}`);
        await typeIn(page, `plan/${n}/owner`, `Owner ${n}`);
        // The date picker from the keyboard: month, day and year typed (locale en-US).
        await tabTo(page, `#${domId(`plan/${n}/date`)}`);
        await page.keyboard.type(`121${n}2026`);
        await savedAs(page, `plan/${n}/date`, `2026-12-1${n}`);
      }
    },
    result: { path: 'plan', step: 4 },
    async check(page, lang) {
      for (const n of [1, 2, 3]) {
        await expect(resultValue(page, 'result-rows', t(lang, 'exercises.plan.experiment', { n })))
          .toHaveText(`Experiment ${n} · Owner ${n} · 2026-12-1${n}`);
      }
    },
  },
];

test.describe('the keyboard alone, on the stage', () => {
  for (const exercise of BY_KEYBOARD) {
    test(`${exercise.name}: answered with Tab, arrows, Space and typing, step by step`, async ({ page }) => {
      test.setTimeout(90_000);
      const lang = 'en';
      await open(page, lang, exercise.path, exercise.start ?? 1);
      await exercise.enter(page, lang, (step) => nextStepByKeys(page, exercise.path, step));
      // Choosing with the keys never moved the slide on by itself.
      const { result } = exercise;
      if (result.path === exercise.path && result.step > 1) {
        let { step } = await stepCount(page);
        while (step < result.step) {
          step += 1;
          await nextStepByKeys(page, exercise.path, step);
        }
      } else {
        await open(page, lang, result.path, result.step);
      }
      await exercise.check(page, lang);
    });
  }
});

test.describe('the keyboard alone, in the presenter view', () => {
  for (const exercise of BY_KEYBOARD) {
    test(`${exercise.name}: answered in the facilitator form, and the projector shows the result`, async ({ page, context }) => {
      test.setTimeout(90_000);
      const lang = 'fr';
      await open(page, lang, exercise.path);
      const presenter = await openPresenter(page, context, exercise.path);
      // Every field of the exercise is in the one form: no step to move to.
      await presenter.locator('.presenter__whole').waitFor();
      await exercise.enter(presenter, lang, async () => {});
      // The presenter moves the room to the result; the projector shows it.
      const { result } = exercise;
      await presenter.goto(presenter.url().replace(/(#\/presenter\/[^/]+\/[a-z]{2}\/).*$/, `$1${stepPath(result.path, result.step)}`));
      await shows(page, result.path, result.step);
      await exercise.check(page, lang);
    });
  }
});

test('a save that fails is said on the exercise step where the answer was entered', async ({ page }) => {
  await open(page, 'en', 'deck/quote', 2);
  // The browser refuses every write, as with a full storage.
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function refuse(key, value) {
      if (key === 'devops-workshop.notes') throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await control(page, 'hands/praised').fill('5');
  await expect(page.locator('main.stage')).toContainText(t('en', 'app.not_saved_quota'));
});
