import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { navigate, routes } from '../shell/router';
import { useNow } from '../shell/clock';
import { errorMessage } from '../../shared/common/error-message';
import { totalsByCurrency } from '../../shared/money/currency-totals';
import type { OutcomeContext, OutcomeFromForm } from '../../shared/calls/outcome-form';
import { customerDisplayName } from '../../shared/customers/schema';
import { todayIn } from '../../shared/dates/calendar';
import { officeClockOf, officeTimeToInstant } from '../../shared/dates/office-time';
import { emptyProgress, type ScriptProgress } from '../../shared/scripts';
import { NoteEditor, type NoteEditorHandle } from '../notes/NoteEditor';
import { useCrashSafeDraft } from '../notes/use-crash-safe-draft';
import { ScriptPanel, type ScriptStepper } from '../scripts/ScriptPanel';
import { ScriptChooser } from '../scripts/ScriptChooser';
import { useCallScript } from '../scripts/use-call-script';
import { scriptKeyAction } from '../scripts/script-shortcuts';
import { useCustomerFile } from '../customers/queries';
import { useSettings } from '../settings/queries';
import { offerConfirmation } from '../promises/confirmation-offer';
import { CallHeader } from './CallHeader';
import { ClosedCallView } from './ClosedCallView';
import { OutcomeForm, type OutcomeFormHandle } from './OutcomeForm';
import { CallRecordings } from '../recordings/CallRecordings';
import { CallRecorder } from '../recordings/CallRecorder';
import { useCallRecorder } from '../recordings/use-call-recorder';
import { useRecordingAttach } from '../recordings/use-recording-attach';
import { useCall, useCloseCall, useSwitchCallScript, useUpdateCallProgress } from './queries';
import './call-workspace.css';

/** Wall-clock date and time on this machine (the office) as a UTC instant. */
export function CallWorkspace({ customerId, callId }: { customerId: string; callId: string }) {
  const call = useCall(callId);
  const file = useCustomerFile(customerId);
  const settings = useSettings().data;
  const closeCall = useCloseCall();
  const updateProgress = useUpdateCallProgress();
  const switchScript = useSwitchCallScript();
  const [switchError, setSwitchError] = useState<string | null>(null);
  const isOpen = call.data?.status === 'open';
  const draft = useCrashSafeDraft(callId, customerId, isOpen);
  const [progress, setProgress] = useState<ScriptProgress | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const scriptRef = useRef<HTMLDivElement>(null);
  const noteRef = useRef<NoteEditorHandle>(null);
  const outcomeRef = useRef<OutcomeFormHandle>(null);
  const stepperRef = useRef<ScriptStepper>(null);
  const now = useNow(60_000);
  // A recording can be attached during the call or before saving it (dropped anywhere on it).
  const recordingAttach = useRecordingAttach(customerId, callId);
  // "Record this call" (open calls only); the office zone names the file once the settings are read.
  const recorder = useCallRecorder(customerId, callId, settings?.officeTimeZone ?? 'UTC');

  useEffect(() => {
    if (call.data && progress === null) {
      setProgress({ stepsCovered: call.data.stepsCovered, branchesTaken: call.data.branchesTaken });
    }
  }, [call.data, progress]);

  const { script, proposal, choices, error: libraryError } = useCallScript(call.data, file.data, settings, now);
  const chooseScript = (scriptId: string) => {
    setSwitchError(null);
    switchScript.mutate({ callId, scriptId }, { onError: (e) => setSwitchError(`The script was not changed: ${errorMessage(e)}`) });
  };

  // A promise is in one currency: the one the account owes most in, unless the user picks another
  // it owes in. It covers only invoices in that currency, and its limit is their balance (never a
  // sum across currencies).
  const [chosenCurrency, setChosenCurrency] = useState<string | null>(null);
  const { openInvoices, owedCurrencies } = useMemo(() => {
    const open = file.data?.invoices.filter((i) => i.status === 'open' && i.balanceMinor > 0) ?? [];
    const currencies = totalsByCurrency(
      open,
      (i) => i.currency,
      (i) => i.balanceMinor,
    ).map((t) => t.currency);
    const promiseCurrency = chosenCurrency && currencies.includes(chosenCurrency) ? chosenCurrency : currencies[0];
    return { openInvoices: open.filter((i) => i.currency === promiseCurrency), owedCurrencies: currencies };
  }, [file.data, chosenCurrency]);
  const today = settings ? todayIn(settings.officeTimeZone, now) : '';
  const outcomeContext = useMemo<OutcomeContext | null>(() => {
    if (!settings) return null;
    return {
      today,
      now: new Date(),
      currency: openInvoices[0]?.currency ?? settings.currency,
      locale: settings.locale,
      timeZone: settings.officeTimeZone,
      openInvoices: openInvoices.map((i) => ({ id: i.id, balanceMinor: i.balanceMinor })),
      toInstant: (date, time) => officeTimeToInstant(date, time, settings.officeTimeZone),
    };
  }, [settings, today, openInvoices]);

  const onProgress = useCallback(
    (next: ScriptProgress) => {
      setProgress(next);
      // Kept on the open call right away, so a crash does not lose what was covered.
      updateProgress.mutate({ callId, progress: next });
    },
    [callId, updateProgress],
  );

  const onSubmit = async (outcome: OutcomeFromForm) => {
    setSaveError(null);
    if (draft.status === 'load-failed' || draft.status === 'loading') {
      // Closing now would store an empty note and drop the draft that could not be read.
      setSaveError('The call was not saved: its note has not been read yet. Use "Try again" under the note first.');
      return;
    }
    // A recording still running is stopped and kept with the call before the call is closed.
    const recordingProblem = await recorder.finish();
    if (recordingProblem) {
      setSaveError(`The call was not saved: ${recordingProblem}`);
      return;
    }
    try {
      await draft.flush();
      const current = progress ?? emptyProgress;
      await closeCall.mutateAsync({
        callId,
        outcome: { ...outcome, note: draft.text, stepsCovered: current.stepsCovered, branchesTaken: current.branchesTaken },
      });
      if (outcome.promise) offerConfirmation(customerId, callId); // the file then offers to email a confirmation
      navigate(routes.customer(customerId));
    } catch (e) {
      setSaveError(`The call was not saved: ${errorMessage(e)}`);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Mod+] / Mod+[ pressed in the note (or anywhere outside the script, which handles its own).
    const scriptAction = isOpen && !event.isDefaultPrevented() ? scriptKeyAction(event) : null;
    if (scriptAction) {
      event.preventDefault();
      stepperRef.current?.step(scriptAction);
    } else if (event.altKey && !event.ctrlKey && !event.metaKey) {
      const target = {
        '1': () => scriptRef.current?.querySelector<HTMLElement>('button, input')?.focus(),
        '2': () => noteRef.current?.focus(),
        '3': () => outcomeRef.current?.focus(),
      }[event.key];
      if (target) {
        event.preventDefault();
        target();
      }
    } else if ((event.ctrlKey || event.metaKey) && event.key === 'Enter' && isOpen) {
      event.preventDefault();
      outcomeRef.current?.submit();
    }
  };

  if (call.isPending || file.isPending || !settings)
    return (
      <p className="loading" role="status">
        Opening the call…
      </p>
    );
  if (!call.data || !file.data || call.data.customerId !== customerId) {
    return (
      <main className="screen">
        <h1>Call not found</h1>
        <p>
          <a href={routes.customer(customerId)}>Back to the customer</a>
        </p>
      </main>
    );
  }
  if (call.data.status === 'closed') {
    return <ClosedCallView call={call.data} file={file.data} settings={settings} script={script} />;
  }

  const openCall = call.data;
  const contact = file.data.contacts.find((c) => c.id === openCall.contactId) ?? null;
  const suggested = script?.branches.find((b) => progress?.branchesTaken.at(-1) === b.id)?.suggestedOutcome ?? null;
  // Another unanswered try moves this callback (the repository does it); the form says so.
  const waitingCallback = file.data.followUps.find((f) => f.status === 'open' && f.kind === 'callback');
  const waitingCallbackAt = waitingCallback
    ? new Date(waitingCallback.dueAt).toLocaleString(settings.locale, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: settings.officeTimeZone,
      })
    : null;
  return (
    <main
      className="call-workspace"
      aria-label={`Call with ${customerDisplayName(file.data.customer)}`}
      onKeyDown={onKeyDown}
      {...recordingAttach.dropProps}
    >
      <CallHeader call={openCall} customer={file.data.customer} contact={contact} settings={settings} />
      <CallRecorder recorder={recorder} consentLineOn={settings.recordingConsentLine} />
      <div className="call-panes">
        <div className="call-pane script-pane" ref={scriptRef}>
          <ScriptChooser
            choices={choices}
            scriptId={openCall.scriptId}
            proposal={proposal}
            onChoose={chooseScript}
            disabled={switchScript.isPending}
            error={switchError ?? (libraryError && `The script library could not be read: ${libraryError.message}`)}
          />
          {/* A new script starts at its own first step: its panel is a new one. */}
          {script && progress && (
            <ScriptPanel key={script.id} script={script} progress={progress} onChange={onProgress} stepperRef={stepperRef} />
          )}
        </div>
        <div className="call-pane side-pane">
          <NoteEditor
            ref={noteRef}
            text={draft.text}
            status={draft.status}
            problem={draft.problem}
            onRetryLoad={draft.retryLoad}
            office={officeClockOf(settings)}
            onChange={draft.setText}
            onBlur={() => void draft.flush()}
          />
          {outcomeContext && (
            <OutcomeForm
              ref={outcomeRef}
              context={outcomeContext}
              openInvoices={openInvoices}
              owedCurrencies={owedCurrencies}
              onPromiseCurrencyChange={setChosenCurrency}
              suggestedResult={suggested}
              saving={closeCall.isPending}
              saveError={saveError}
              onSubmit={onSubmit}
              waitingCallbackAt={waitingCallbackAt}
            />
          )}
          <CallRecordings customerId={customerId} callId={callId} attach={recordingAttach} office={officeClockOf(settings)} />
        </div>
      </div>
    </main>
  );
}
