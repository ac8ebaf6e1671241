// A person's page in the app: edit who they are, notes saved as they are typed (and when the
// panel closes mid-sentence), the monthly activity chart, every score with its rank, and undo.
import { callApi, expect, test } from './serve-fixture';

test('edit a person, notes autosave, activity chart, all scores, undo and redo', async ({ page, fresh: served }) => {
  await callApi(page, served, 'scores:run', {});
  const target = (await callApi<{ people: Array<{ id: number; name: string; organisation: string | null }> }>(page, served, 'people:list', { limit: 10 })).people[4]!;
  const originalNotes = (await callApi<{ person: { notes: string } }>(page, served, 'person:get', target.id)).person.notes;
  await page.goto(served.url);
  await page.getByRole('button', { name: 'People' }).click();
  await page.getByRole('searchbox', { name: /Search by name/ }).fill(target.name);
  await page.getByRole('cell', { name: target.name, exact: true }).first().click();
  const panel = page.getByTestId('person-panel');
  await expect(page.getByTestId('person-name')).toContainText(target.name);

  // Activity per month, and every score with its rank.
  await expect(panel.getByTestId('activity-chart').locator('rect').first()).toBeAttached();
  await panel.getByText('All scores and ranks').click();
  await expect(panel.getByTestId('all-scores')).toContainText('PageRank');
  await expect(panel.getByTestId('all-scores').locator('tr')).toHaveCount(13);

  // Identity.
  await panel.getByRole('button', { name: 'Edit' }).click();
  await panel.getByLabel('Organisation').fill('Maison Nouvelle');
  await panel.getByLabel('Tags (comma-separated)').fill('vip, forum 2026');
  await panel.getByLabel('Gender (for parity only)').selectOption('f');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel).toContainText('Maison Nouvelle');
  const edited = (await callApi<{ person: { organisation: string; tags: string[]; gender: string } }>(page, served, 'person:get', target.id)).person;
  expect(edited).toMatchObject({ organisation: 'Maison Nouvelle', tags: ['vip', 'forum 2026'], gender: 'f' });

  // Notes: saved after a pause…
  const notes = panel.getByLabel('Notes');
  await notes.fill('Rencontrée au Forum des CMO ; suit la data.');
  await expect(panel.getByTestId('notes-status')).toHaveText('Saved');
  expect((await callApi<{ person: { notes: string } }>(page, served, 'person:get', target.id)).person.notes).toBe('Rencontrée au Forum des CMO ; suit la data.');
  // …and when the panel closes mid-sentence, without waiting for the pause.
  await page.screenshot({ path: 'e2e/artifacts/person-edit.png' });
  await notes.pressSequentially(' À rappeler', { delay: 5 });
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect.poll(async () => (await callApi<{ person: { notes: string } }>(page, served, 'person:get', target.id)).person.notes).toBe('Rencontrée au Forum des CMO ; suit la data. À rappeler');
  await expect(page.locator('tbody')).toContainText('Maison Nouvelle');

  // Undo with the keyboard (outside a text field) walks back the notes, then the identity edit.
  const notesNow = async () => (await callApi<{ person: { notes: string } }>(page, served, 'person:get', target.id)).person.notes;
  await page.locator('.brand').click();
  await expect(page.getByRole('button', { name: /^Undo: edit of a person/ })).toBeEnabled();
  await page.keyboard.press('Control+z');
  await expect.poll(notesNow).toBe('Rencontrée au Forum des CMO ; suit la data.');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await callApi<{ person: { notes: string } }>(page, served, 'person:get', target.id)).person.notes).toBe(originalNotes);
  await page.getByRole('button', { name: /^Undo: edit of a person/ }).click();
  await expect.poll(async () => (await callApi<{ person: { organisation: string | null } }>(page, served, 'person:get', target.id)).person.organisation).toBe(target.organisation);
  await page.getByRole('button', { name: /^Redo: edit of a person/ }).click();
  await expect.poll(async () => (await callApi<{ person: { organisation: string | null } }>(page, served, 'person:get', target.id)).person.organisation).toBe('Maison Nouvelle');
});
