// Notes that never lose a word: sessions, storage failures, two tabs, export and import, XSS,
// and closing the page right after typing. Every text is read from the real locale bundles.
import { test, expect } from './fixtures.mjs';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { stepPath, t } from './locales.mjs';
import { blockLocalStorage, seedStoredNotesOnce } from './storage-setup.mjs';

const NOTES_KEY = 'devops-workshop.notes';

const notesField = (page, lang, titleKey) =>
  page.getByRole('textbox', { name: t(lang, 'app.notes_label', { screen: t(lang, titleKey) }) });
const status = (page) => page.locator('.save-status');

/** Opens the screen at `path` in `lang` on its last step, where its questions and the team's
 * notes are, and waits for the notes field. */
async function openNotes(page, lang, path) {
  await page.goto(`./#/${lang}/${path}`);
  const screen = page.locator('main.stage article.screen');
  await expect(screen).toHaveAttribute('data-screen', path);
  await expect(screen).toHaveAttribute('data-step', '0');
  const count = page.locator('main.stage .steps__count');
  const last = (await count.count()) ? Number((await count.textContent()).split('/')[1]) : 1;
  if (last > 1) await page.goto(`./#/${lang}/${stepPath(path, last)}`);
  await expect(screen).toHaveAttribute('data-step', String(last - 1));
  await expect(page.locator('main.stage .notes__field')).toBeVisible();
}
const sessionsDialog = (page, lang = 'en') =>
  page.getByRole('dialog', { name: t(lang, 'notes.session.dialog_title') });
const transferDialog = (page, lang = 'en') =>
  page.getByRole('dialog', { name: t(lang, 'notes.transfer.dialog_title') });

async function openSessions(page, lang = 'en') {
  await page.locator('.session-pill').click();
  await expect(sessionsDialog(page, lang)).toBeVisible();
  return sessionsDialog(page, lang);
}

async function createSession(page, { name = '', team = '', date = '' }, lang = 'en') {
  const dialog = await openSessions(page, lang);
  const form = dialog.locator('section', { has: page.getByRole('heading', { name: t(lang, 'notes.session.new_heading') }) });
  await form.getByLabel(t(lang, 'notes.session.name')).fill(name);
  await form.getByLabel(t(lang, 'notes.session.team')).fill(team);
  if (date) await form.getByLabel(t(lang, 'notes.session.date')).fill(date);
  await form.getByRole('button', { name: t(lang, 'notes.session.create') }).click();
  await dialog.getByRole('button', { name: t(lang, 'notes.session.close') }).click();
  await expect(dialog).toBeHidden();
}

/** Collects every request that leaves the app's own origin, and every dialog (alert). */
function watch(page, baseURL) {
  const origin = new URL(baseURL).origin;
  const seen = { foreign: [], dialogs: [], errors: [] };
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) seen.foreign.push(url);
  });
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    dialog.dismiss();
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  return seen;
}

test.describe('sessions', () => {
  test('create, rename, switch and delete with undo; each session keeps its own notes', async ({ page, baseURL }) => {
    const seen = watch(page, baseURL);
    await openNotes(page, 'en', 'act/1');
    // The hint is no longer shown on the stage, but still read with the field.
    await expect(notesField(page, 'en', 'act1.title')).toHaveAccessibleDescription(new RegExp(
      t('en', 'app.notes_hint').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    ));
    await notesField(page, 'en', 'act1.title').fill('notes of the first team');
    await expect(status(page)).toHaveText(t('en', 'app.saved'));

    await createSession(page, { name: 'Tuesday run', team: 'Payments', date: '2026-03-14' });
    const pill = page.locator('.session-pill');
    await expect(pill).toContainText('Tuesday run');
    await expect(pill).toContainText('Payments · 2026-03-14');
    await expect(notesField(page, 'en', 'act1.title')).toHaveValue('');
    await notesField(page, 'en', 'act1.title').fill('notes of Payments');
    await expect(status(page)).toHaveText(t('en', 'app.saved'));

    // Rename.
    let dialog = await openSessions(page);
    const current = dialog.locator('.session-row--current');
    await current.getByRole('button', { name: t('en', 'notes.session.edit') }).click();
    // The keyboard lands in the form that replaced the button.
    await expect(dialog.locator('.session-row__edit').getByLabel(t('en', 'notes.session.name'))).toBeFocused();
    await dialog.locator('.session-row__edit').getByLabel(t('en', 'notes.session.team')).fill('Payments squad');
    await dialog.locator('.session-row__edit').getByRole('button', { name: t('en', 'notes.session.save') }).click();
    await expect(pill).toContainText('Payments squad');

    // Switch back to the first session.
    const other = dialog.locator('.session-row:not(.session-row--current)');
    await other.getByRole('button', { name: t('en', 'notes.session.open') }).click();
    await dialog.getByRole('button', { name: t('en', 'notes.session.close') }).click();
    await expect(notesField(page, 'en', 'act1.title')).toHaveValue('notes of the first team');
    await page.reload();
    await expect(notesField(page, 'en', 'act1.title')).toHaveValue('notes of the first team');

    // Delete Payments, then undo.
    dialog = await openSessions(page);
    await expect(dialog.locator('.session-row')).toHaveCount(2);
    const payments = dialog.locator('.session-row', { hasText: 'Tuesday run' });
    await payments.getByRole('button', { name: t('en', 'notes.session.delete') }).click();
    await expect(dialog.locator('.session-row')).toHaveCount(1);
    await expect(dialog.locator('.undo-notice')).toContainText(t('en', 'notes.session.deleted', { session: 'Tuesday run' }));
    await dialog.getByRole('button', { name: t('en', 'notes.session.undo') }).click();
    await expect(dialog.locator('.session-row')).toHaveCount(2);
    await dialog.locator('.session-row', { hasText: 'Tuesday run' }).getByRole('button', { name: t('en', 'notes.session.open') }).click();
    await dialog.getByRole('button', { name: t('en', 'notes.session.close') }).click();
    await expect(notesField(page, 'en', 'act1.title')).toHaveValue('notes of Payments');

    // The only session left cannot be deleted.
    dialog = await openSessions(page);
    await dialog.locator('.session-row:not(.session-row--current)').getByRole('button', { name: t('en', 'notes.session.delete') }).click();
    await expect(dialog.locator('.session-row--current').getByRole('button', { name: t('en', 'notes.session.delete') })).toBeDisabled();
    await dialog.getByRole('button', { name: t('en', 'notes.session.close') }).click();
    // Undo is still offered once the dialog is closed.
    await expect(page.locator('.undo-notice--floating')).toBeVisible();
    // A screen change leaves the notice as it is: not rebuilt, so not read out again.
    const toast = await page.locator('.undo-notice--floating').elementHandle();
    await page.evaluate(() => { window.location.hash = '#/en/act/2'; });
    await expect(page.locator('#screen-heading')).toHaveText(t('en', 'act2.title'));
    expect(await toast.evaluate((node) => node.isConnected)).toBe(true);
    await page.locator('.undo-notice--floating').getByRole('button', { name: t('en', 'notes.session.undo') }).click();
    await expect(page.locator('.undo-notice--floating')).toHaveCount(0);
    dialog = await openSessions(page);
    await expect(dialog.locator('.session-row')).toHaveCount(2);
    expect(seen.foreign).toEqual([]);
    expect(seen.errors).toEqual([]);
  });

  test('the session controls speak the page language', async ({ page }) => {
    await page.goto('./#/fr/act/1');
    await expect(page.locator('.session-pill__kicker')).toHaveText(t('fr', 'notes.session.kicker'));
    await expect(page.getByRole('button', { name: t('fr', 'notes.transfer.open') })).toBeVisible();
  });
});

test.describe('storage failures keep the text', () => {
  test('a full storage says so, keeps the text and offers export now', async ({ page }) => {
    await openNotes(page, 'en', 'act/2');
    await expect(notesField(page, 'en', 'act2.title')).toBeVisible();
    await page.evaluate(() => {
      const chunk = 'x'.repeat(1024 * 1024);
      for (let i = 0; i < 64; i += 1) {
        try {
          localStorage.setItem(`filler-${i}`, chunk);
        } catch {
          break;
        }
      }
      // Fill the last bytes too, down to single characters, so that no write of any size fits.
      let n = 0;
      for (const size of [1024, 64, 1]) {
        const small = 'y'.repeat(size);
        for (let i = 0; i < 4096; i += 1) {
          try {
            localStorage.setItem(`small-${n}`, small);
            n += 1;
          } catch {
            break;
          }
        }
      }
    });
    const text = 'A long note that will not fit: '.repeat(20);
    await notesField(page, 'en', 'act2.title').fill(text);
    await expect(status(page)).toHaveText(t('en', 'app.not_saved_quota'));
    await expect(notesField(page, 'en', 'act2.title')).toHaveValue(text);
    const exportNow = page.getByRole('button', { name: t('en', 'notes.status.export_now') });
    await expect(exportNow).toBeVisible();
    const download = page.waitForEvent('download');
    await exportNow.click();
    const file = await (await download).path();
    const backup = JSON.parse(readFileSync(file, 'utf8'));
    expect(backup.session.notes['act/2']).toBe(text);
    // Typing on while storage stays full keeps the button and what it said.
    const outcome = page.locator('.export-now__outcome');
    await expect(outcome).toContainText('.json');
    await notesField(page, 'en', 'act2.title').press('End');
    await page.keyboard.type('!');
    await expect(status(page)).toHaveText(t('en', 'app.not_saved_quota'));
    await expect(outcome).toContainText('.json');
    // Still in memory after moving around.
    await page.locator('.pager__link--next').click();
    await page.locator('.pager__link--previous').click();
    await expect(notesField(page, 'en', 'act2.title')).toHaveValue(`${text}!`);
    await page.evaluate(() => localStorage.clear());
  });

  test('a write refused with another DOMException says why, keeps the text and saves once it can', async ({ page }) => {
    await openNotes(page, 'en', 'act/3');
    await expect(notesField(page, 'en', 'act3.title')).toBeVisible();
    // What a browser throws when it cannot write at that moment: a DOMException, not quota.
    await page.evaluate(() => {
      const setItem = Storage.prototype.setItem;
      window.__refuse = true;
      Storage.prototype.setItem = function refuse(key, value) {
        if (window.__refuse && key === 'devops-workshop.notes') {
          throw new DOMException('The storage is being cleared.', 'InvalidStateError');
        }
        return setItem.call(this, key, value);
      };
    });
    await notesField(page, 'en', 'act3.title').fill('refused at first');
    await expect(status(page)).toHaveText(
      t('en', 'app.not_saved_other', { reason: 'InvalidStateError: The storage is being cleared.' }),
    );
    await expect(notesField(page, 'en', 'act3.title')).toHaveValue('refused at first');
    await page.evaluate(() => { window.__refuse = false; });
    await notesField(page, 'en', 'act3.title').press('End');
    await page.keyboard.type('!');
    await expect(status(page)).toHaveText(t('en', 'app.saved'));
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('devops-workshop.notes')));
    expect(stored.sessions[0].notes['act/3']).toBe('refused at first!');
  });

  test('storage that throws: a banner, and sessions work in memory', async ({ page }) => {
    await blockLocalStorage(page);
    await openNotes(page, 'en', 'act/1');
    await expect(page.locator('.storage-banner')).toHaveText(t('en', 'app.banner_unavailable'));
    await notesField(page, 'en', 'act1.title').fill('first team, in memory');
    await expect(status(page)).toHaveText(t('en', 'app.not_saved_unavailable'));
    await createSession(page, { team: 'Second team' });
    await expect(page.locator('.session-pill')).toContainText('Second team');
    await expect(notesField(page, 'en', 'act1.title')).toHaveValue('');
    const dialog = await openSessions(page);
    await dialog.locator('.session-row:not(.session-row--current)').getByRole('button', { name: t('en', 'notes.session.open') }).click();
    await dialog.getByRole('button', { name: t('en', 'notes.session.close') }).click();
    await expect(notesField(page, 'en', 'act1.title')).toHaveValue('first team, in memory');
  });

  test('corrupt stored data is left untouched and can be downloaded', async ({ page }) => {
    const garbage = '{"version":2,"current":"a","sessions":[{"id":"a","notes":{"act/1":"half a wri';
    await seedStoredNotesOnce(page, garbage);
    await openNotes(page, 'en', 'act/1');
    const banner = page.locator('.storage-banner');
    await expect(banner).toContainText(t('en', 'app.banner_unreadable', { key: `${NOTES_KEY}.unreadable` }));
    const download = page.waitForEvent('download');
    await banner.getByRole('button', { name: t('en', 'notes.banner.export_unreadable') }).click();
    expect(readFileSync(await (await download).path(), 'utf8')).toBe(garbage);
    await notesField(page, 'en', 'act1.title').fill('fresh start');
    await expect(status(page)).toHaveText(t('en', 'app.saved'));
    expect(await page.evaluate((key) => localStorage.getItem(`${key}.unreadable`), NOTES_KEY)).toBe(garbage);
  });

  test('first-release notes are migrated into a session, and the original is kept', async ({ page }) => {
    const firstRelease = '{"version":1,"notes":{"act/3":"Ops was never invited"}}';
    await seedStoredNotesOnce(page, firstRelease);
    await openNotes(page, 'en', 'act/3');
    await expect(notesField(page, 'en', 'act3.title')).toHaveValue('Ops was never invited');
    await expect(page.locator('.storage-banner')).toHaveCount(0);
    await expect(page.locator('.session-pill')).toContainText(t('en', 'notes.session.untitled'));
    await notesField(page, 'en', 'act3.title').fill('Ops was never invited. Now they are.');
    await expect(status(page)).toHaveText(t('en', 'app.saved'));
    const stored = await page.evaluate(() => ({
      now: JSON.parse(localStorage.getItem('devops-workshop.notes')),
      before: localStorage.getItem('devops-workshop.notes.before-v2'),
    }));
    expect(stored.now.version).toBe(4);
    expect(stored.before).toBe(firstRelease);
  });
});

test.describe('autosave', () => {
  test('typing then closing the page at once loses nothing', async ({ context }) => {
    let page = await context.newPage();
    await openNotes(page, 'en', 'act/1');
    await notesField(page, 'en', 'act1.title').fill('typed, then the tab was closed');
    await page.close();

    page = await context.newPage();
    await openNotes(page, 'en', 'act/1');
    await expect(notesField(page, 'en', 'act1.title')).toHaveValue('typed, then the tab was closed');

    await notesField(page, 'en', 'act1.title').fill('typed, then navigated away');
    await page.goto('about:blank');
    await openNotes(page, 'en', 'act/1');
    await expect(notesField(page, 'en', 'act1.title')).toHaveValue('typed, then navigated away');
  });

  test('a save follows typing within the debounce', async ({ page }) => {
    await openNotes(page, 'en', 'act/1');
    await notesField(page, 'en', 'act1.title').pressSequentially('abc', { delay: 20 });
    await page.waitForTimeout(450);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('devops-workshop.notes')));
    const session = stored.sessions.find((s) => s.id === stored.current);
    expect(session.notes['act/1']).toBe('abc');
  });
});

test.describe('two tabs', () => {
  test('edits in one tab appear in the other', async ({ context }) => {
    const one = await context.newPage();
    const two = await context.newPage();
    await openNotes(one, 'en', 'act/1');
    await openNotes(two, 'en', 'act/1');
    await notesField(one, 'en', 'act1.title').fill('written in tab one');
    await expect(notesField(two, 'en', 'act1.title')).toHaveValue('written in tab one');
    await notesField(two, 'en', 'act1.title').fill('written in tab one, then in tab two');
    await expect(notesField(one, 'en', 'act1.title')).toHaveValue('written in tab one, then in tab two');
  });

  test('a rename form keeps what is typed while another tab changes the sessions', async ({ context }) => {
    const one = await context.newPage();
    const two = await context.newPage();
    await openNotes(one, 'en', 'act/1');
    await openNotes(two, 'en', 'act/1');
    await notesField(one, 'en', 'act1.title').fill('first note');
    await expect(notesField(two, 'en', 'act1.title')).toHaveValue('first note');
    const dialog = await openSessions(one);
    const count = dialog.locator('.session-row--current .session-row__count');
    const before = await count.textContent();
    await dialog.locator('.session-row--current').getByRole('button', { name: t('en', 'notes.session.edit') }).click();
    const name = dialog.locator('.session-row__edit').getByLabel(t('en', 'notes.session.name'));
    await name.fill('Typed, not saved yet');
    // The other tab adds a note, which changes this session's note count.
    await openNotes(two, 'en', 'act/2');
    await notesField(two, 'en', 'act2.title').fill('second note');
    await expect(status(two)).toHaveText(t('en', 'app.saved'));
    // This tab has taken it in: its print handout shows the new note.
    await one.emulateMedia({ media: 'print' });
    await expect(one.locator('.handout')).toContainText('second note');
    await one.emulateMedia({ media: 'screen' });
    await expect(name).toHaveValue('Typed, not saved yet');
    // Saving redraws the list with the other tab's change taken in.
    await dialog.locator('.session-row__edit').getByRole('button', { name: t('en', 'notes.session.save') }).click();
    await expect(dialog.locator('.session-row--current .session-row__label')).toHaveText('Typed, not saved yet');
    await expect(count).not.toHaveText(before);
  });

  test('concurrent edits of one note keep both versions and say so', async ({ context }) => {
    const one = await context.newPage();
    await openNotes(one, 'en', 'act/2');
    await notesField(one, 'en', 'act2.title').fill('start');
    await expect(status(one)).toHaveText(t('en', 'app.saved'));
    const two = await context.newPage();
    await openNotes(two, 'en', 'act/2');
    await expect(notesField(two, 'en', 'act2.title')).toHaveValue('start');
    await Promise.all([
      notesField(one, 'en', 'act2.title').fill('version from tab one'),
      notesField(two, 'en', 'act2.title').fill('version from tab two'),
    ]);
    for (const page of [one, two]) {
      const field = notesField(page, 'en', 'act2.title');
      await expect(field).toHaveValue(/version from tab one/);
      await expect(field).toHaveValue(/version from tab two/);
    }
    await expect(async () => {
      const count = (await one.locator('.notes__conflict').count()) + (await two.locator('.notes__conflict').count());
      expect(count).toBeGreaterThan(0);
    }).toPass();
    const shown = (await one.locator('.notes__conflict').count()) > 0 ? one : two;
    await expect(shown.locator('.notes__conflict')).toContainText(t('en', 'notes.conflict.notice'));

    // The alert is announced once: typing on does not rebuild it. Then it can be dismissed.
    await shown.locator('.notes__conflict').evaluate((alert) => { alert.dataset.seen = 'yes'; });
    await notesField(shown, 'en', 'act2.title').press('End');
    await notesField(shown, 'en', 'act2.title').pressSequentially(' and more');
    await expect(status(shown)).toHaveText(t('en', 'app.saved'));
    await expect(shown.locator('.notes__conflict')).toHaveAttribute('data-seen', 'yes');
    await shown.getByRole('button', { name: t('en', 'notes.conflict.dismiss') }).click();
    await expect(shown.locator('.notes__conflict')).toHaveCount(0);
  });
});

test.describe('export and import', () => {
  test('export to Markdown and JSON, then import the JSON back', async ({ page, context, baseURL }) => {
    const seen = watch(page, baseURL);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
    await openNotes(page, 'nl', 'act/1');
    await createSession(page, { name: 'Ochtend', team: 'Betalingen', date: '2026-03-14' }, 'nl');
    await notesField(page, 'nl', 'act1.title').fill('Snelheid kostte ons een weekend.\nTweede regel.');
    await openNotes(page, 'nl', 'deck/why');
    await notesField(page, 'nl', 'deck.why.title').fill('Sneller herstellen.');
    await notesField(page, 'nl', 'deck.why.title').blur();
    await expect(status(page)).toHaveText(t('nl', 'app.saved'));

    await page.getByRole('button', { name: t('nl', 'notes.transfer.open') }).click();
    const dialog = transferDialog(page, 'nl');
    await expect(dialog).toBeVisible();

    let download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: t('nl', 'notes.transfer.download_md') }).click();
    let file = await download;
    expect(file.suggestedFilename()).toBe('workshop-betalingen-ochtend-2026-03-14.md');
    const markdown = readFileSync(await file.path(), 'utf8');
    expect(markdown).toContain(`# ${t('nl', 'notes.export.title', { session: 'Ochtend' })}`);
    expect(markdown).toContain(`- **${t('nl', 'notes.export.team')}:** Betalingen`);
    expect(markdown).toContain('2026-03-14');
    expect(markdown).toContain(`## ${t('nl', 'act1.title')}`);
    expect(markdown).toContain(`## ${t('nl', 'deck.why.title')}`);
    expect(markdown).toContain('Snelheid kostte ons een weekend.  \nTweede regel.');

    await dialog.getByRole('button', { name: t('nl', 'notes.transfer.copy_md') }).click();
    await expect(dialog.locator('.transfer-outcome')).toHaveText(t('nl', 'notes.transfer.copied'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);

    download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: t('nl', 'notes.transfer.download_json') }).click();
    file = await download;
    const jsonPath = await file.path();
    const backup = JSON.parse(readFileSync(jsonPath, 'utf8'));
    expect(backup).toMatchObject({
      app: 'devops-workshop',
      version: 4,
      session: { name: 'Ochtend', team: 'Betalingen', date: '2026-03-14', lang: 'nl' },
    });
    expect(backup.session.notes['deck/why']).toBe('Sneller herstellen.');

    // Import it back as a new session.
    await dialog.locator('.file-picker__input').setInputFiles(jsonPath);
    const preview = dialog.locator('.import-preview');
    await expect(preview).toContainText('Betalingen');
    await expect(preview).toContainText('Sneller herstellen.');
    await preview.getByRole('button', { name: t('nl', 'notes.transfer.add_new') }).click();
    await expect(dialog.locator('.import-message--done')).toHaveText(t('nl', 'notes.transfer.added'));
    await dialog.getByRole('button', { name: t('nl', 'notes.session.close') }).click();
    await expect(notesField(page, 'nl', 'deck.why.title')).toHaveValue('Sneller herstellen.');
    const sessions = await openSessions(page, 'nl');
    await expect(sessions.locator('.session-row')).toHaveCount(3);
    await sessions.getByRole('button', { name: t('nl', 'notes.session.close') }).click();

    // Import again, replacing the first (empty) session after a confirmation.
    await page.getByRole('button', { name: t('nl', 'notes.transfer.open') }).click();
    await dialog.locator('.file-picker__input').setInputFiles(jsonPath);
    await dialog.locator('#import-replace-target').selectOption({ index: 0 });
    await dialog.getByRole('button', { name: t('nl', 'notes.transfer.replace') }).click();
    await expect(dialog.getByRole('alertdialog')).toBeVisible();
    await dialog.getByRole('button', { name: t('nl', 'notes.transfer.confirm_replace') }).click();
    await expect(dialog.locator('.import-message--done')).toBeVisible();
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('devops-workshop.notes')));
    expect(stored.sessions).toHaveLength(3);
    expect(stored.sessions[0].team).toBe('Betalingen');
    expect(stored.sessions[0].notes['deck/why']).toBe('Sneller herstellen.');
    expect(seen.foreign).toEqual([]);
  });

  test('a bad file says what is wrong and changes nothing', async ({ page }) => {
    await openNotes(page, 'en', 'act/1');
    await notesField(page, 'en', 'act1.title').fill('keep me');
    await expect(status(page)).toHaveText(t('en', 'app.saved'));
    const before = await page.evaluate(() => localStorage.getItem('devops-workshop.notes'));
    await page.getByRole('button', { name: t('en', 'notes.transfer.open') }).click();
    const dialog = transferDialog(page);
    const input = dialog.locator('.file-picker__input');
    const error = dialog.locator('.import-message--error');
    const cases = [
      // serde_json's kinds of error, each placed where serde_json found it.
      [Buffer.from('{"version":2,'), t('en', 'notes.import_error.cut_short', { line: 1, column: 13 })],
      [Buffer.from('{\n  "version": 2\n  "app": "devops-workshop"\n}'), t('en', 'notes.import_error.not_json', { line: 3, column: 3 })],
      [Buffer.from('{"version": tru}'), t('en', 'notes.import_error.not_json', { line: 1, column: 16 })],
      [Buffer.from('{"version":9,"app":"devops-workshop"}'), t('en', 'notes.import_error.newer', { version: 9 })],
      [Buffer.from('{"version":2,"app":"devops-workshop","session":{"team":42}}'), t('en', 'notes.import_error.wrong_value', { line: 1, column: 57 })],
      [Buffer.from(JSON.stringify({ version: 2, app: 'devops-workshop', session: { name: 'n'.repeat(121) } })), t('en', 'notes.import_error.too_long', { field: 'session.name', max: 120 })],
      [Buffer.from('x'.repeat(1024 * 1024 + 1)), t('en', 'notes.import_error.too_large', { size: 1025 })],
    ];
    for (const [buffer, message] of cases) {
      await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer });
      await expect(error).toContainText(t('en', 'notes.import_error.intro'));
      await expect(error).toContainText(message);
    }
    expect(await page.evaluate(() => localStorage.getItem('devops-workshop.notes'))).toBe(before);
  });

  test('the print stylesheet shows only the handout: headings, questions and notes', async ({ page }) => {
    await openNotes(page, 'en', 'act/1');
    await notesField(page, 'en', 'act1.title').fill('Printed note');
    const handout = page.locator('.handout');
    // Built when printing starts, not kept (and rebuilt at each keystroke) in the page.
    await expect(handout).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    await expect(handout).toBeVisible();
    await expect(page.locator('.app')).toBeHidden();
    await expect(handout.getByRole('heading', { name: t('en', 'act1.title') })).toBeVisible();
    await expect(handout).toContainText(t('en', 'act1.q1'));
    await expect(handout).toContainText('Printed note');
    await expect(page.locator('button:visible')).toHaveCount(0);
    await expect(handout).toHaveCount(1);
    await expect(handout).toHaveAttribute('lang', 'en');

    // It follows the notes as they change, and leaves the page when printing ends.
    await page.emulateMedia({ media: 'screen' });
    await expect(handout).toHaveCount(0);
    await notesField(page, 'en', 'act1.title').fill('Printed note, edited');
    await page.emulateMedia({ media: 'print' });
    await expect(handout).toContainText('Printed note, edited');
  });
});

test('XSS payloads in every text field stay text', async ({ page, baseURL }) => {
  const seen = watch(page, baseURL);
  const payload = (field) => `<img src=x onerror="alert('${field}')"><script>alert('${field}')</script>`;
  await openNotes(page, 'en', 'act/1');
  await createSession(page, { name: payload('name'), team: payload('team') });
  await expect(page.locator('.session-pill')).toContainText(payload('name'));
  await notesField(page, 'en', 'act1.title').fill(payload('note'));
  await expect(status(page)).toHaveText(t('en', 'app.saved'));

  // An imported file with payloads everywhere, including a note for an unknown screen.
  const file = {
    name: '<img src=x onerror=alert(1)>.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({
      app: 'devops-workshop',
      version: 2,
      session: {
        name: payload('imported name'),
        team: payload('imported team'),
        date: '2026-03-14',
        lang: 'en',
        notes: { 'act/1': payload('imported note'), '<b>x</b>': payload('unknown screen') },
      },
    })),
  };
  await page.getByRole('button', { name: t('en', 'notes.transfer.open') }).click();
  const dialog = transferDialog(page);
  await dialog.locator('.file-picker__input').setInputFiles(file);
  const preview = dialog.locator('.import-preview');
  await expect(preview).toContainText(payload('imported team'));
  await expect(preview).toContainText(payload('unknown screen'));
  await expect(preview).toContainText('<b>x</b>');
  await preview.getByRole('button', { name: t('en', 'notes.transfer.add_new') }).click();
  await dialog.getByRole('button', { name: t('en', 'notes.session.close') }).click();
  await expect(notesField(page, 'en', 'act1.title')).toHaveValue(payload('imported note'));
  await openSessions(page);
  await expect(sessionsDialog(page)).toContainText(payload('imported name'));
  await expect(sessionsDialog(page)).toContainText(payload('team'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.handout')).toContainText(payload('imported note'));
  await page.emulateMedia({ media: 'screen' });
  await page.reload();
  await expect(page.locator('.session-pill')).toContainText(payload('imported name'));

  await page.waitForTimeout(300);
  expect(await page.locator('body img').count()).toBe(0);
  expect(await page.locator('body b').count()).toBe(0);
  expect(seen.dialogs).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

for (const theme of ['light', 'dark']) {
  test(`axe finds nothing in the sessions and transfer dialogs (${theme} theme)`, async ({ page }) => {
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
    const check = async (where) => {
      const results = await new AxeBuilder({ page }).withTags(tags).analyze();
      const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(found, where).toEqual([]);
    };
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await openNotes(page, 'en', 'act/1');
    await createSession(page, { name: 'Run', team: 'Ops' });
    await check('top bar');
    const dialog = await openSessions(page);
    await dialog.locator('.session-row:not(.session-row--current)').getByRole('button', { name: t('en', 'notes.session.delete') }).click();
    await check('sessions dialog with the undo notice');
    await dialog.getByRole('button', { name: t('en', 'notes.session.close') }).click();
    await page.getByRole('button', { name: t('en', 'notes.transfer.open') }).click();
    const transfer = transferDialog(page);
    await transfer.locator('.file-picker__input').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ app: 'devops-workshop', version: 2, session: { team: 'Ops', notes: { 'act/1': 'x' } } })),
    });
    await expect(transfer.locator('.import-preview')).toBeVisible();
    await check('transfer dialog with a preview');
    await transfer.locator('.file-picker__input').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{') });
    await expect(transfer.locator('.import-message--error')).toBeVisible();
    await check('transfer dialog with an error');
  });
}
