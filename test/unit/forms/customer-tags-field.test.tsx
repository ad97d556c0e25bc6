// @vitest-environment jsdom
// The customer form's Tags field: Enter or a comma adds, chips are removed by their own button,
// case does not make a new tag, limits are said under the box, and what is saved is what is shown.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CustomerFormDialog } from '../../../renderer/customers/CustomerFormDialog';
import { createCustomer } from '../../../renderer/customers/customer-repository';
import type { CustomerRow } from '../../../renderer/data/db';
import { customerInput } from '../data/fixtures';
import { click, descriptionOf, expectFieldError, newDb, renderWithDb, type } from './render-with-db';

function tagsBox(): HTMLInputElement {
  return screen.getByLabelText('Tags') as HTMLInputElement;
}

/** Types and presses Enter; says whether the Enter went on to its default (submitting the form). */
function addByEnter(text: string): boolean {
  type('Tags', text);
  return fireEvent.keyDown(tagsBox(), { key: 'Enter' });
}

function chips(): string[] {
  const list = screen.queryByRole('list', { name: 'Tags on this account' });
  return list
    ? within(list)
        .getAllByRole('listitem')
        .map((item) => item.firstChild?.textContent ?? '')
    : [];
}

describe('CustomerFormDialog tags', () => {
  it('adds with Enter and comma, keeps the first spelling, removes by button and saves the chips', async () => {
    const onSaved = vi.fn<(customer: CustomerRow) => void>();
    const { db } = renderWithDb(<CustomerFormDialog onClose={vi.fn()} onSaved={onSaved} />);
    type('Legal name', 'Northwind Traders LLC');

    expect(addByEnter('Anna')).toBe(false); // Enter adds; it does not submit the form
    expect(chips()).toEqual(['Anna']);
    expect(tagsBox().value).toBe('');

    addByEnter('  aNNa ');
    expect(chips()).toEqual(['Anna']);
    expect(screen.getByRole('status').textContent).toBe('Already tagged Anna.');

    // A comma ends a tag, typed or pasted; what follows the last comma stays in the box.
    type('Tags', 'Key accounts, Bob,Car');
    expect(chips()).toEqual(['Anna', 'Key accounts', 'Bob']);
    expect(tagsBox().value).toBe('Car');
    type('Tags', '');

    click('Remove tag Bob');
    expect(chips()).toEqual(['Anna', 'Key accounts']);
    expect(document.activeElement).toBe(tagsBox());
    expect(screen.getByRole('status').textContent).toBe('Removed Bob.');

    addByEnter('x'.repeat(41));
    await expectFieldError('Tags', 'A tag can be at most 40 characters; “' + 'x'.repeat(41) + '” has 41.');
    expect(chips()).toEqual(['Anna', 'Key accounts']);
    type('Tags', '');
    expect(tagsBox().getAttribute('aria-invalid')).toBeNull();

    click('Save customer');
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect((await db.customers.get(onSaved.mock.calls[0]![0].id))?.tags).toEqual(['Anna', 'Key accounts']);
  });

  it('adds a typed tag when the box is left, and will not save a tag that could not be added', async () => {
    const onSaved = vi.fn();
    const { db } = renderWithDb(<CustomerFormDialog onClose={vi.fn()} onSaved={onSaved} />);
    type('Legal name', 'Northwind Traders LLC');
    type('Tags', 'Anna');
    fireEvent.blur(tagsBox());
    expect(chips()).toEqual(['Anna']);

    type('Tags', 'y'.repeat(45));
    fireEvent.blur(tagsBox());
    click('Save customer');
    const box = await expectFieldError('Tags', 'has 45');
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(onSaved).not.toHaveBeenCalled();
    expect(await db.customers.count()).toBe(0);
  });

  it('leaves Ctrl+Enter to the form, which will not save with a tag still typed', async () => {
    const onSaved = vi.fn<(customer: CustomerRow) => void>();
    const { db } = renderWithDb(<CustomerFormDialog onClose={vi.fn()} onSaved={onSaved} />);
    type('Legal name', 'Northwind Traders LLC');
    type('Tags', 'Anna');
    fireEvent.keyDown(tagsBox(), { key: 'Enter', ctrlKey: true });
    await expectFieldError('Tags', 'Press Enter to add this tag, or clear the box.');
    expect(chips()).toEqual([]);
    expect(onSaved).not.toHaveBeenCalled();

    type('Tags', '');
    fireEvent.keyDown(tagsBox(), { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(await db.customers.get(onSaved.mock.calls[0]![0].id)).toMatchObject({ legalName: 'Northwind Traders LLC', tags: [] });
  });

  it('refuses a 21st tag with a message under the box', async () => {
    const db = newDb();
    const existing = await createCustomer(db, customerInput({ tags: Array.from({ length: 20 }, (_, i) => `Team ${i + 1}`) }));
    renderWithDb(<CustomerFormDialog customer={existing} onClose={vi.fn()} onSaved={vi.fn()} />, db);
    expect(chips()).toHaveLength(20);
    addByEnter('One more');
    await expectFieldError('Tags', 'An account can have at most 20 tags. Remove one to add another.');
    expect(chips()).toHaveLength(20);
    expect(descriptionOf(tagsBox())).toContain('Up to 20 tags of 40 characters.');
  });

  it('suggests the tags used on other accounts, except the ones this account has', async () => {
    const db = newDb();
    await createCustomer(db, customerInput({ legalName: 'Other One', tags: ['Carla', 'Anna'] }));
    await createCustomer(db, customerInput({ legalName: 'Other Two', tags: ['bob', 'anna'] }));
    const existing = await createCustomer(db, customerInput({ tags: ['ANNA'] }));
    renderWithDb(<CustomerFormDialog customer={existing} onClose={vi.fn()} onSaved={vi.fn()} />, db);
    const listId = tagsBox().getAttribute('list') ?? '';
    await waitFor(() => {
      const options = [...(document.getElementById(listId)?.querySelectorAll('option') ?? [])].map((o) => o.value);
      expect(options).toEqual(['bob', 'Carla']);
    });
  });
});
