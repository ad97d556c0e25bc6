import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCall, switchCallScript } from '../../../../renderer/calls/call-repository';
import { createCustomer } from '../../../../renderer/customers/customer-repository';
import type { CallDeskDb } from '../../../../renderer/data/db';
import {
  ScriptSaveError,
  listScriptRows,
  saveOfficeScript,
  setScriptArchived,
} from '../../../../renderer/scripts/library/script-repository';
import { getSettings, saveSettings } from '../../../../renderer/settings/settings-repository';
import { scriptById } from '../../../../shared/scripts';
import { duplicateScript } from '../../../../shared/scripts/library/duplicate-script';
import { scriptAsUsed } from '../../../../shared/scripts/library/script-library';
import { customerInput, freshDb } from '../../data/fixtures';

const second = scriptById('second-call')!;

describe('script repository', () => {
  let db: CallDeskDb;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  const copy = () => duplicateScript(second, 'custom-one', []);

  it('stores each save as the next version and never changes an older one', async () => {
    const first = await saveOfficeScript(db, {
      template: copy(),
      basedOn: { scriptId: 'second-call', version: 1 },
      proposedInstead: 'second-call',
    });
    expect(first).toMatchObject({ id: 'custom-one@1', version: 1, basedOn: { scriptId: 'second-call', version: 1 } });
    const edited = structuredClone(first.template);
    edited.steps[1]!.lines[0]!.text = 'Reworded.';
    const next = await saveOfficeScript(db, { template: edited, proposedInstead: 'second-call' });
    expect(next).toMatchObject({ id: 'custom-one@2', version: 2, basedOn: { scriptId: 'second-call', version: 1 } });
    const rows = await listScriptRows(db);
    expect(scriptAsUsed(rows, 'custom-one', 1)!.steps[1]!.lines[0]!.text).toBe(second.steps[1]!.lines[0]!.text);
    expect(scriptAsUsed(rows, 'custom-one', 2)!.steps[1]!.lines[0]!.text).toBe('Reworded.');
  });

  it('keeps the version when only where it is proposed changes', async () => {
    await saveOfficeScript(db, { template: copy(), proposedInstead: null });
    const again = await saveOfficeScript(db, { template: copy(), proposedInstead: 'second-call' });
    expect(again).toMatchObject({ version: 1, proposedInstead: 'second-call' });
    expect(await db.scriptVersions.count()).toBe(1);
  });

  it('refuses an unknown field, a built-in id, and stores nothing', async () => {
    const bad = copy();
    bad.steps[1]!.lines[0]!.text = 'Hi {contact.frstName}';
    const refusal = await saveOfficeScript(db, { template: bad, proposedInstead: null }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ScriptSaveError);
    expect((refusal as ScriptSaveError).problems[0]!.fieldPath).toBe('steps.1.lines.0.text');
    await expect(saveOfficeScript(db, { template: second, proposedInstead: null })).rejects.toThrow(/built-in/);
    expect(await db.scriptVersions.count()).toBe(0);
  });

  it("records a built-in's wording with the first call that uses it, and an office script's newest version", async () => {
    const customerId = (await createCustomer(db, customerInput())).id;
    const call = await startCall(db, { customerId, contactId: null, phoneNumber: null, dialled: false, scriptId: 'second-call' });
    expect(call.scriptVersion).toBe(second.version);
    expect((await db.scriptVersions.get(`second-call@${second.version}`))?.template).toEqual(second);
    await saveOfficeScript(db, { template: copy(), proposedInstead: null });
    const edited = copy();
    edited.title = 'Renamed';
    await saveOfficeScript(db, { template: edited, proposedInstead: null });
    expect(await switchCallScript(db, call.id, 'custom-one')).toMatchObject({ scriptId: 'custom-one', scriptVersion: 2 });
    await setScriptArchived(db, 'custom-one', true);
    await expect(switchCallScript(db, call.id, 'custom-one')).rejects.toThrow(/taken out/);
    await expect(switchCallScript(db, call.id, 'no-such-script')).rejects.toThrow(/no longer in the library/);
  });

  it('records whether the script opened with the recording consent line, as the setting was when the call started', async () => {
    const customerId = (await createCustomer(db, customerInput())).id;
    await saveSettings(db, { ...(await getSettings(db)), recordingConsentLine: true });
    const call = await startCall(db, { customerId, contactId: null, phoneNumber: null, dialled: false, scriptId: 'first-reminder' });
    expect(call.recordingConsent).toBe(true);
    await saveSettings(db, { ...(await getSettings(db)), recordingConsentLine: false });
    expect((await db.calls.get(call.id))?.recordingConsent).toBe(true);
  });
});
