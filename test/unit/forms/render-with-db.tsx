// Renders a component the way the app does: React Query over the real Dexie data layer, on a
// fresh fake-indexeddb database per test.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import { DbProvider } from '../../../renderer/data/db-context';
import type { CallDeskDb } from '../../../renderer/data/db';
import { freshDb } from '../data/fixtures';

const opened: CallDeskDb[] = [];

afterEach(() => {
  cleanup();
  for (const db of opened.splice(0)) db.close();
});

export function renderWithDb(ui: ReactElement, db: CallDeskDb = freshDb()) {
  opened.push(db);
  const client = new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: Infinity, networkMode: 'always' },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
  const result = render(
    <QueryClientProvider client={client}>
      <DbProvider db={db}>{ui}</DbProvider>
    </QueryClientProvider>,
  );
  return { ...result, db, client };
}

export function newDb(): CallDeskDb {
  const db = freshDb();
  opened.push(db);
  return db;
}

/** Types into a field found by its label, as a change event (what react-hook-form listens to). */
export function type(label: string | RegExp, value: string): HTMLElement {
  const field = screen.getByLabelText(label);
  fireEvent.change(field, { target: { value } });
  return field;
}

export function click(name: string | RegExp): void {
  fireEvent.click(screen.getByRole('button', { name }));
}

/** The text of the elements a field's aria-describedby points at. */
export function descriptionOf(field: HTMLElement): string {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

export async function expectFieldError(label: string | RegExp, message: string | RegExp): Promise<HTMLElement> {
  const field = screen.getByLabelText(label);
  // Both inside the wait: a field already invalid for another reason is re-validated a moment
  // after the change (the resolver is asynchronous), so its old message may still show.
  await waitFor(() => {
    if (field.getAttribute('aria-invalid') !== 'true') throw new Error(`${String(label)} is not marked invalid`);
    const text = descriptionOf(field);
    if (typeof message === 'string' ? !text.includes(message) : !message.test(text)) {
      throw new Error(`${String(label)} is described by "${text}", expected ${String(message)}`);
    }
  });
  return field;
}
