// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { createRef, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultScript, emptyProgress, fillScript, type ScriptProgress } from '../../../shared/scripts';
import { ScriptPanel, scriptShortcuts, type ScriptStepper } from '../../../renderer/scripts/ScriptPanel';
import { commercialContext } from './script-context.fixture';

afterEach(cleanup);

const script = fillScript(defaultScript, commercialContext());

/** Holds progress like the call workspace does, and reports every change. */
function renderLive(initial: ScriptProgress = emptyProgress) {
  const changes: ScriptProgress[] = [];
  const onChange = vi.fn((next: ScriptProgress) => changes.push(next));
  function Harness() {
    const [progress, setProgress] = useState(initial);
    return (
      <ScriptPanel
        script={script}
        progress={progress}
        onChange={(next) => {
          onChange(next);
          setProgress(next);
        }}
      />
    );
  }
  render(<Harness />);
  const panel = screen.getByRole('region', { name: 'Call script' });
  return { panel, onChange, last: () => changes.at(-1) };
}

const press = (target: Element, key: ']' | '[') =>
  fireEvent.keyDown(target, { key, code: key === ']' ? 'BracketRight' : 'BracketLeft', ctrlKey: true });

describe('ScriptPanel', () => {
  it('shows the first uncovered step with the account figures highlighted', () => {
    const { panel } = renderLive();
    expect(within(panel).getByRole('button', { name: 'Prepare before you dial' })).toHaveProperty('ariaExpanded', 'true');
    const figures = Array.from(panel.querySelectorAll('mark.script-figure'), (m) => m.textContent);
    expect(figures).toEqual(expect.arrayContaining(['INV-1042', '$1,250.00', '45 days past due', '$2,130.00', 'Lena Ortiz']));
    expect(within(panel).getByRole('checkbox', { name: /Know what we delivered/ })).toBeTruthy();
  });

  it('records a step as covered when its checkbox is ticked, and un-ticks it', () => {
    const { panel, onChange, last } = renderLive();
    const box = within(panel).getByRole('checkbox', { name: 'Say who you are and why you are calling' });
    fireEvent.click(box);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(last()).toEqual({ stepsCovered: ['identify'], branchesTaken: [] });
    expect(within(panel).getByText('1 of 9 steps covered')).toBeTruthy();
    fireEvent.click(box);
    expect(last()).toEqual({ stepsCovered: [], branchesTaken: [] });
  });

  it('records checklist ticks under their step', () => {
    const { panel, last } = renderLive();
    fireEvent.click(within(panel).getByRole('checkbox', { name: /Read the notes of past calls/ }));
    expect(last()?.stepsCovered).toEqual(['prepare#history']);
  });

  it('opens a problem path, records it, and goes back to the main script', () => {
    const { panel, last } = renderLive();
    fireEvent.click(within(panel).getByRole('button', { name: 'No cash to pay' }));
    expect(last()).toEqual({ stepsCovered: [], branchesTaken: ['no-cash'] });

    const path = within(panel).getByRole('region', { name: 'Problem path: No cash to pay' });
    expect(within(path).getByText('Promise to pay', { exact: false })).toBeTruthy();
    expect(within(path).getAllByText('$1,650.00').length).toBeGreaterThan(0);
    expect(document.activeElement).toBe(within(path).getByRole('heading', { name: 'No cash to pay' }));
    expect(within(panel).getByRole('button', { name: 'No cash to pay' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(within(path).getByRole('checkbox', { name: 'Ask what they can pay now' }));
    expect(last()?.stepsCovered).toEqual(['no-cash/pay-now']);

    fireEvent.click(within(path).getByRole('button', { name: 'Back to main script' }));
    expect(within(panel).queryByRole('region', { name: /Problem path/ })).toBeNull();
    expect(within(panel).getByRole('button', { name: 'Prepare before you dial' })).toBeTruthy();
    expect(document.activeElement).toBe(within(panel).getByRole('button', { name: 'No cash to pay' }));
    // Opening it again is the same path, not a second one.
    fireEvent.click(within(panel).getByRole('button', { name: 'No cash to pay' }));
    expect(last()?.branchesTaken).toEqual(['no-cash']);
  });

  it('Mod+] marks the current step covered and opens the next; Mod+[ goes back', () => {
    const { panel, last } = renderLive();
    const start = within(panel).getByRole('button', { name: 'Prepare before you dial' });
    start.focus();
    press(start, ']');
    expect(last()?.stepsCovered).toEqual(['prepare']);
    const identify = within(panel).getByRole('button', { name: 'Say who you are and why you are calling' });
    expect(identify.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(identify);
    expect(within(panel).getByText('Marco Diaz')).toBeTruthy();

    press(identify, ']');
    expect(last()?.stepsCovered).toEqual(['prepare', 'identify']);
    expect(
      within(panel)
        .getByRole('button', { name: /Confirm delivery/ })
        .getAttribute('aria-expanded'),
    ).toBe('true');

    press(document.activeElement ?? panel, '[');
    expect(within(panel).getByRole('button', { name: 'Say who you are and why you are calling' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect(last()?.stepsCovered).toEqual(['prepare', 'identify']);
    expect(within(panel).getByRole('status').textContent).toContain('Step 2 of 9');
  });

  it('steps from outside the panel (the note) without taking the focus', () => {
    const stepper = createRef<ScriptStepper>();
    const changes: ScriptProgress[] = [];
    function Harness() {
      const [progress, setProgress] = useState(emptyProgress);
      const onChange = (next: ScriptProgress) => {
        changes.push(next);
        setProgress(next);
      };
      return (
        <>
          <textarea aria-label="Call note" />
          <ScriptPanel script={script} progress={progress} onChange={onChange} stepperRef={stepper} />
        </>
      );
    }
    render(<Harness />);
    const note = screen.getByRole('textbox', { name: 'Call note' });
    note.focus();
    act(() => stepper.current?.step('next'));
    expect(changes.at(-1)?.stepsCovered).toEqual(['prepare']);
    const panel = screen.getByRole('region', { name: 'Call script' });
    expect(within(panel).getByRole('button', { name: 'Say who you are and why you are calling' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect(document.activeElement).toBe(note);
    act(() => stepper.current?.step('back'));
    expect(within(panel).getByRole('button', { name: 'Prepare before you dial' }).getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(note);
  });

  it('starts at the first uncovered step and skips covered ones when moving on', () => {
    const { panel, last } = renderLive({ stepsCovered: ['prepare', 'identify', 'remind-terms'], branchesTaken: [] });
    const current = within(panel).getByRole('button', { name: /Confirm delivery/ });
    expect(current.getAttribute('aria-expanded')).toBe('true');
    act(() => current.focus());
    fireEvent.click(within(panel).getByRole('button', { name: 'Covered, next step' }));
    expect(last()?.stepsCovered).toContain('confirm-receipt');
    expect(
      within(panel)
        .getByRole('button', { name: /Ask what is holding it up/ })
        .getAttribute('aria-expanded'),
    ).toBe('true');
  });

  it('walks a problem path with the same keys', () => {
    const { panel, last } = renderLive();
    fireEvent.click(within(panel).getByRole('button', { name: 'Wrong person' }));
    const path = within(panel).getByRole('region', { name: 'Problem path: Wrong person' });
    press(path, ']');
    expect(last()?.stepsCovered).toEqual(['wrong-person/ask-who']);
    press(path, ']');
    expect(last()?.stepsCovered).toEqual(['wrong-person/ask-who', 'wrong-person/get-details']);
    expect(within(path).getByText('Suggested outcome: Callback requested.')).toBeTruthy();
  });

  it('ignores the keys without Ctrl or Cmd', () => {
    const { panel, onChange } = renderLive();
    fireEvent.keyDown(panel, { key: ']' });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('shows a closed call read-only: the record, no controls', () => {
    render(
      <ScriptPanel
        script={script}
        progress={{ stepsCovered: ['prepare', 'identify', 'dispute/which-why'], branchesTaken: ['dispute'] }}
        onChange={() => undefined}
        readOnly
      />,
    );
    const panel = screen.getByRole('region', { name: 'Call script' });
    expect(within(panel).queryAllByRole('button')).toEqual([]);
    expect(within(panel).queryAllByRole('checkbox')).toEqual([]);
    expect(within(panel).getByText('2 of 9 steps covered')).toBeTruthy();
    expect(within(panel).getAllByText('Covered:').length).toBe(3);
    expect(within(panel).getByRole('region', { name: 'Problem path: Dispute' })).toBeTruthy();
    expect(within(panel).queryByRole('region', { name: 'Problem path: No cash to pay' })).toBeNull();
    expect(within(panel).getAllByText('INV-1042').length).toBeGreaterThan(0);
  });

  it('lists its shortcuts for the help screen', () => {
    expect(scriptShortcuts.map((s) => s.keys)).toEqual(['Mod+]', 'Mod+[']);
  });
});
