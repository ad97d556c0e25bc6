// Steps a user takes again and again, written once so the specs read like the user's story.
import { expect, type Page } from '@playwright/test';
import { demoAnchorCustomerName } from '../../../shared/demo/demo-data';

export async function openCustomerBySearch(page: Page, query: string, name = demoAnchorCustomerName): Promise<void> {
  const search = page.getByRole('combobox', { name: 'Search customers' });
  await search.fill(query);
  await expect(page.getByRole('option', { name: new RegExp(name) }).first()).toBeVisible();
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

export function timeline(page: Page) {
  return page.getByRole('list', { name: 'Timeline' });
}
