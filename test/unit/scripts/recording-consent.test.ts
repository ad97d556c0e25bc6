// The recording consent line: off by default; when Settings turns it on, every script opens its
// first spoken step with it, before the greeting, and nothing else in the script moves.
import { describe, expect, it } from 'vitest';
import { buildScriptContext } from '../../../shared/calls/script-context';
import { recordingConsentLine } from '../../../shared/scripts/content/recording-consent';
import { scripts } from '../../../shared/scripts/default-script';
import { fillScript, filledTextToString } from '../../../shared/scripts/fill-script';
import type { FilledScript } from '../../../shared/scripts/model';
import { defaultSettings, settingsSchema } from '../../../shared/settings/schema';
import { customerRecord } from '../data/records';
import { commercialContext, sparseConsumerContext } from './script-context.fixture';

const consentWords = 'this call may be recorded';
const firstSpokenStep = (script: FilledScript) => script.steps.find((step) => step.lines.length > 0)!;
const said = (script: FilledScript) => firstSpokenStep(script).lines.map((line) => filledTextToString(line, { prompts: false }));
const everything = (script: FilledScript) =>
  [...script.steps, ...script.branches.flatMap((b) => b.steps)]
    .flatMap((step) => [...step.lines, ...step.guidance])
    .map((line) => filledTextToString(line))
    .join('\n');

describe('the recording consent line', () => {
  it('is off until chosen, for new settings and for settings saved before it existed', () => {
    expect(defaultSettings.recordingConsentLine).toBe(false);
    const { recordingConsentLine: _left, ...older } = defaultSettings;
    expect(settingsSchema.parse(older).recordingConsentLine).toBe(false);
  });

  it('opens the first spoken step of every script when on, for business and consumer accounts alike', () => {
    expect(scripts.length).toBeGreaterThan(1);
    for (const template of scripts) {
      for (const context of [commercialContext(), sparseConsumerContext()]) {
        const without = fillScript(template, context);
        const withLine = fillScript(template, { ...context, recordingConsent: true });
        expect(everything(without).toLowerCase(), template.id).not.toContain(consentWords);
        const lines = said(withLine);
        expect(lines[0]!.toLowerCase(), template.id).toContain(consentWords);
        expect(lines[0], template.id).toContain('Is that all right with you?');
        // Everything else is as it was: the same steps, ids and lines after it.
        expect(lines.slice(1)).toEqual(said(without));
        expect(withLine.steps.map((s) => s.id)).toEqual(without.steps.map((s) => s.id));
        expect(withLine.branches).toEqual(without.branches);
      }
    }
  });

  it('tells the caller, as an aside not read out, what to do when the answer is no', () => {
    const line = firstSpokenStep(fillScript(scripts[0]!, { ...commercialContext(), recordingConsent: true })).lines[0]!;
    const aside = line.filter((segment) => segment.kind === 'prompt').map((segment) => segment.value);
    expect(aside.join(' ')).toMatch(/do not record the call/);
    expect(filledTextToString(line, { prompts: false })).not.toMatch(/do not record/);
    expect(recordingConsentLine.text).not.toMatch(/[{}]/);
  });

  it('follows the setting when a call builds its script', () => {
    const sources = {
      customer: customerRecord('cust-1', 'Harbor Point Dental Group', false),
      contacts: [],
      invoices: [],
      promises: [],
      contactId: null,
      now: new Date('2026-11-20T17:00:00.000Z'),
    };
    expect(buildScriptContext({ ...sources, settings: defaultSettings }).recordingConsent).toBe(false);
    const on = buildScriptContext({ ...sources, settings: { ...defaultSettings, recordingConsentLine: true } });
    expect(on.recordingConsent).toBe(true);
    expect(said(fillScript(scripts[0]!, on))[0]!.toLowerCase()).toContain(consentWords);
  });
});
