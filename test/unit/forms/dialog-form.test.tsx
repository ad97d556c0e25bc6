// @vitest-environment jsdom
// useDialogForm and FormActions on a small form of their own: one save at a time, what a refused
// save looks like, Ctrl+Enter, and the dialog's other action.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ConfirmButton } from '../../../renderer/ui/ConfirmButton';
import { TextAreaField, TextField } from '../../../renderer/ui/fields';
import { FormActions } from '../../../renderer/ui/FormActions';
import { FormErrorBanner } from '../../../renderer/ui/FormErrorBanner';
import { errorFields, useDialogForm } from '../../../renderer/ui/use-dialog-form';

afterEach(cleanup);

const schema = z.object({
  name: z.string().trim().min(1, 'Name is required.'),
  note: z.string(),
});
type Values = z.input<typeof schema>;
type Saved = { id: string; name: string };

interface Props {
  save(values: z.output<typeof schema>): Promise<Saved>;
  onSaved?(saved: Saved): void;
  initialValues?: () => Values;
  remove?(): Promise<unknown>;
  onRemoved?(): void;
  nothingToSave?: boolean;
}

function NoteForm({
  save,
  onSaved = () => {},
  initialValues = () => ({ name: '', note: '' }),
  remove,
  onRemoved = () => {},
  nothingToSave,
}: Props) {
  const { form, formError, saving, formProps, runAction } = useDialogForm({
    schema,
    initialValues,
    save,
    onSaved,
    fieldFor: errorFields<Values>(['note'], { fullName: 'name' }),
  });
  const { errors } = form.formState;
  return (
    <form {...formProps} aria-label="Note form">
      <FormErrorBanner message={formError} />
      <TextField label="Name" error={errors.name?.message} {...form.register('name')} />
      <TextAreaField label="Note" error={errors.note?.message} {...form.register('note')} />
      <FormActions submitLabel="Save note" pending={saving} onCancel={() => {}} submitDisabled={nothingToSave}>
        {remove && (
          <ConfirmButton
            label="Delete note"
            question="Delete it?"
            confirmLabel="Yes, delete"
            onConfirm={() => runAction(remove, onRemoved)}
          />
        )}
      </FormActions>
    </form>
  );
}

/** A save the test finishes when it chooses. */
function heldSave() {
  let finish: (saved: Saved) => void = () => {};
  let refuse: (error: unknown) => void = () => {};
  const save = vi.fn(
    () =>
      new Promise<Saved>((resolve, reject) => {
        finish = resolve;
        refuse = reject;
      }),
  );
  return { save, finish: (saved: Saved) => finish(saved), refuse: (error: unknown) => refuse(error) };
}

const nameField = () => screen.getByLabelText('Name') as HTMLInputElement;
const noteField = () => screen.getByLabelText('Note') as HTMLTextAreaElement;
const typeName = (value: string) => fireEvent.change(nameField(), { target: { value } });
const ctrlEnter = (target: HTMLElement) => fireEvent.keyDown(target, { key: 'Enter', ctrlKey: true });

describe('useDialogForm with FormActions', () => {
  it('saves once however often it is asked while the save runs, says so on the button, then hands over what was saved', async () => {
    const held = heldSave();
    const onSaved = vi.fn();
    render(<NoteForm save={held.save} onSaved={onSaved} />);
    typeName('  Dana  ');

    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    const button = await screen.findByRole('button', { name: 'Saving…' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect((button as HTMLButtonElement).disabled).toBe(false); // it keeps the focus
    fireEvent.click(button);
    ctrlEnter(noteField());
    fireEvent.submit(screen.getByRole('form', { name: 'Note form' }));
    expect(held.save).toHaveBeenCalledTimes(1);
    expect(held.save).toHaveBeenCalledWith({ name: 'Dana', note: '' });

    held.finish({ id: 'n1', name: 'Dana' });
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith({ id: 'n1', name: 'Dana' }));
    expect(onSaved).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Save note' }).getAttribute('aria-disabled')).toBeNull();
  });

  it('checks the fields before saving and puts the focus on the first problem', async () => {
    const save = vi.fn(async () => ({ id: 'n1', name: 'x' }));
    render(<NoteForm save={save} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(nameField().getAttribute('aria-invalid')).toBe('true'));
    await waitFor(() => expect(document.activeElement).toBe(nameField()));
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Save note' })).toBeTruthy();
  });

  it('puts a refused save on the fields it names, says the rest in the banner, and clears the banner on the next try', async () => {
    const held = heldSave();
    const onSaved = vi.fn();
    render(<NoteForm save={held.save} onSaved={onSaved} />);
    typeName('Dana');
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(held.save).toHaveBeenCalledTimes(1));
    // "fullName" is shown as Name; "owner" belongs to no field.
    held.refuse({
      issues: [
        { path: ['fullName'], message: 'That name is taken.' },
        { path: ['owner'], message: 'The account was closed meanwhile.' },
      ],
    });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The account was closed meanwhile.'));
    expect(nameField().getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(nameField()));
    expect(onSaved).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(held.save).toHaveBeenCalledTimes(2));
    expect(screen.queryByText('The account was closed meanwhile.')).toBeNull();
    held.refuse(new Error('The database is closed. Reload Call Desk and try again.'));
    const banner = await screen.findByText('The database is closed. Reload Call Desk and try again.');
    await waitFor(() => expect(document.activeElement).toBe(banner));
  });

  it('saves on Ctrl+Enter or Cmd+Enter from any field, a notes box included, where plain Enter only types', async () => {
    const save = vi.fn(async () => ({ id: 'n1', name: 'Dana' }));
    render(<NoteForm save={save} />);
    typeName('Dana');
    fireEvent.keyDown(noteField(), { key: 'Enter' });
    fireEvent.keyDown(noteField(), { key: 'Enter', ctrlKey: true, shiftKey: true });
    expect(save).not.toHaveBeenCalled();

    ctrlEnter(noteField());
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    fireEvent.keyDown(nameField(), { key: 'Enter', metaKey: true });
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
  });

  it('leaves Ctrl+Enter to a field that uses it, keeps it from the page around, and saves nothing when there is nothing to save', async () => {
    const save = vi.fn(async () => ({ id: 'n1', name: 'Dana' }));
    const outside = vi.fn();
    const { rerender } = render(
      <div onKeyDown={(event) => outside(event.defaultPrevented)}>
        <NoteForm save={save} />
      </div>,
    );
    typeName('Dana');
    const usedByField = (event: KeyboardEvent) => event.preventDefault();
    noteField().addEventListener('keydown', usedByField);
    ctrlEnter(noteField());
    noteField().removeEventListener('keydown', usedByField);
    expect(outside).toHaveBeenCalledWith(true);

    // A Ctrl+Enter the form takes goes no further (the call screen has its own).
    outside.mockClear();
    ctrlEnter(noteField());
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(outside).not.toHaveBeenCalled();

    rerender(
      <div onKeyDown={(event) => outside(event.defaultPrevented)}>
        <NoteForm save={save} nothingToSave />
      </div>,
    );
    expect((screen.getByRole('button', { name: 'Save note' }) as HTMLButtonElement).disabled).toBe(true);
    outside.mockClear();
    ctrlEnter(noteField());
    expect(save).toHaveBeenCalledTimes(1);
    expect(outside).not.toHaveBeenCalled();
  });

  it('reads the starting values once, when it opens', () => {
    const initialValues = vi.fn(() => ({ name: 'Dana', note: 'Prefers email' }));
    const save = vi.fn(async () => ({ id: 'n1', name: 'Dana' }));
    const { rerender } = render(<NoteForm save={save} initialValues={initialValues} />);
    rerender(<NoteForm save={save} initialValues={initialValues} />);
    typeName('Dana Whitfield');
    expect(initialValues).toHaveBeenCalledTimes(1);
    expect(noteField().value).toBe('Prefers email');
  });

  it('runs the other action with the same banner: a refusal is said, and only success goes on', async () => {
    const remove = vi
      .fn()
      .mockRejectedValueOnce(new Error('This note is part of a closed call and cannot be deleted.'))
      .mockResolvedValueOnce(undefined);
    const onRemoved = vi.fn();
    render(<NoteForm save={vi.fn()} remove={remove} onRemoved={onRemoved} />);

    fireEvent.click(screen.getByRole('button', { name: 'Delete note' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This note is part of a closed call and cannot be deleted.');
    // The question is answered: the focus is back on the button that asked it.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete note' })));
    expect(onRemoved).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Delete note' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    await waitFor(() => expect(onRemoved).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('errorFields', () => {
  it('gives the form field for a saved field of the same name or a renamed one, else null', () => {
    const fieldFor = errorFields<{ amount: string; reference: string }>(['reference'], { amountMinor: 'amount' });
    expect(fieldFor('reference')).toBe('reference');
    expect(fieldFor('amountMinor')).toBe('amount');
    expect(fieldFor('amount')).toBeNull();
    expect(fieldFor('allocations.0.amountMinor')).toBeNull();
  });
});
