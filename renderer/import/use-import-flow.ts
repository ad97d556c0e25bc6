// The Import screen's state: the file, what the worker made of it, the user's answers, the plan
// and the result. Everything up to the plan runs in the worker and writes nothing; the worker
// keeps the plan and the window holds only its preview; applying it (use-apply-import) asks the
// same worker to write it, in one transaction.
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  ColumnMapping,
  DateOrder,
  ImportContent,
  ImportField,
  ImportScope,
  InterpretOptions,
  InterpretQuestion,
  ReadOptions,
} from '../../shared/import/model';
import { appVersion } from '../backup/app-backups';
import { useDb } from '../data/db-context';
import { invoke } from '../platform/bridge';
import { createImportWorkerClient, ImportCancelled, type FinalResponse, type ImportWorkerClient } from './import-worker-client';
import { localeDateOrder, type FileAnalysis, type ImportStage, type ImportWorkerRequest, type PlanPreview } from './import-worker-protocol';
import { tooLargeMessage } from './import-wording';
import { findSavedMapping, sameMapping, saveMapping } from './saved-mappings';
import { importFileSizeLimit } from '../../shared/ipc/import-contract';
import { errorMessage } from '../../shared/common/error-message';

export interface ImportBase {
  defaultCurrency: string;
  locale: string;
  today: string;
}

export interface Review {
  analysis: FileAnalysis;
  options: InterpretOptions;
  /** The mapping the preset or the generic matching found, to go back to. */
  detectedMapping: ColumnMapping;
  /** Set when the columns come from the user's earlier choice for a file like this. */
  savedMappingFrom: string | null;
  scope: ImportScope;
  /** Questions the last preview asked besides the date order. */
  questions: InterpretQuestion[];
  /** Set once the file's dates turned out to read either way; the user's answer is options.dateOrder. */
  dateQuestion: Extract<InterpretQuestion, { kind: 'date-order' }> | null;
}

export type ImportPhase = { step: 'choose' } | { step: 'review'; review: Review } | { step: 'preview'; review: Review; plan: PlanPreview };

export interface Progress {
  stage: ImportStage;
  fraction: number;
}

function messageOf(error: unknown): string {
  return errorMessage(error);
}

export function useImportFlow(base: ImportBase | null) {
  const db = useDb();
  const [phase, setPhase] = useState<ImportPhase>({ step: 'choose' });
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const client = useRef<ImportWorkerClient | null>(null);
  /** The worker for the file being picked in the dialog (see chooseFile). */
  const picking = useRef<ImportWorkerClient | null>(null);
  // Leaving the screen stops a read or a plan; an apply under way still finishes (all or nothing).
  useEffect(
    () => () => {
      client.current?.leave();
      picking.current?.cancel();
      picking.current = null;
    },
    [],
  );
  /** The worker the file's requests go to (it holds the file and the plan); started when needed. */
  const workerClient = useCallback(() => (client.current ??= createImportWorkerClient()), []);

  /** One worker request with the progress bar up; null when it failed or was cancelled (error set). */
  const run = useCallback(
    async (message: ImportWorkerRequest): Promise<FinalResponse | null> => {
      const worker = workerClient();
      setError(null);
      setProgress({ stage: message.kind === 'plan' ? 'interpreting' : 'reading', fraction: 0 });
      try {
        const reply = await worker.request(message, (stage, fraction) => setProgress({ stage, fraction }));
        if (reply.kind === 'failed') {
          setError(reply.message);
          return null;
        }
        return reply;
      } catch (caught) {
        if (!(caught instanceof ImportCancelled)) setError(messageOf(caught));
        return null;
      } finally {
        setProgress(null);
      }
    },
    [workerClient],
  );

  const analyse = useCallback(
    async (file: { name: string; bytes: Uint8Array } | null, read: ReadOptions, previous: Review | null) => {
      if (!base) return;
      const reply = await run({
        kind: 'analyse',
        file,
        read,
        base: { defaultCurrency: base.defaultCurrency, today: base.today },
        databaseName: db.name,
      });
      if (!reply || reply.kind !== 'analysed') {
        if (reply) setError('The import gave an unexpected answer. Try again.');
        if (file && !previous) setPhase({ step: 'choose' });
        return;
      }
      const { analysis } = reply;
      const saved = await findSavedMapping(db, analysis.headerSignature, analysis.headers.length);
      const useSaved = saved !== null && !sameMapping(saved.mapping, analysis.options.mapping);
      const options: InterpretOptions = {
        ...analysis.options,
        mapping: useSaved ? saved.mapping : analysis.options.mapping,
        dateOrder: analysis.options.dateOrder ?? previous?.options.dateOrder,
      };
      setPhase({
        step: 'review',
        review: {
          analysis,
          options,
          detectedMapping: analysis.options.mapping,
          savedMappingFrom: useSaved ? saved.savedAt : null,
          scope: previous?.scope ?? (analysis.preset ? (analysis.preset.fullListByDefault ? 'full' : 'some') : 'some'),
          questions: [],
          dateQuestion: previous?.dateQuestion ?? null,
        },
      });
    },
    [base, db, run],
  );

  const startWith = useCallback(
    async (file: { name: string; bytes: Uint8Array }, worker: ImportWorkerClient | null = null) => {
      // A new file: the old worker and everything it held go.
      client.current?.cancel();
      client.current = worker;
      await analyse(file, {}, null);
    },
    [analyse],
  );

  const chooseFile = useCallback(async () => {
    setError(null);
    // The new file's worker starts reading the stored rows as the dialog opens, so the preview
    // then waits on the file alone. Nothing chosen: it goes, and the file under review stays.
    const worker = createImportWorkerClient();
    picking.current = worker;
    const prepared = worker.request({ kind: 'prepare', databaseName: db.name }, () => {}).catch(() => null);
    try {
      const opened = await invoke('import:open-file');
      // The screen went away while the dialog was open: that worker was ended with it.
      if (picking.current !== worker) {
        worker.cancel();
        return;
      }
      if (opened.opened) {
        await prepared;
        picking.current = null;
        await startWith({ name: opened.fileName, bytes: opened.bytes }, worker);
        return;
      }
      if ('tooLarge' in opened) setError(tooLargeMessage(opened.fileName, opened.size, opened.limit));
    } catch (caught) {
      setError(messageOf(caught));
    }
    if (picking.current === worker) picking.current = null;
    worker.cancel();
  }, [db, startWith]);

  const openDropped = useCallback(
    async (file: File) => {
      setError(null);
      if (file.size > importFileSizeLimit) {
        setError(tooLargeMessage(file.name, file.size, importFileSizeLimit));
        return;
      }
      try {
        await startWith({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      } catch (caught) {
        setError(`Call Desk could not read “${file.name}”: ${messageOf(caught)}`);
      }
    },
    [startWith],
  );

  const review = phase.step === 'choose' ? null : phase.review;
  const updateReview = (change: (review: Review) => Review) => {
    if (review) setPhase({ step: 'review', review: change(review) });
  };

  const actions = {
    chooseFile,
    openDropped,
    cancel: () => {
      client.current?.cancel();
      client.current = null;
      setProgress(null);
      setPhase({ step: 'choose' });
    },
    startOver: () => {
      client.current?.cancel();
      client.current = null;
      setError(null);
      setPhase({ step: 'choose' });
    },
    reread: (read: ReadOptions) => {
      if (!review) return;
      const { encoding, delimiter, sheet } = review.analysis;
      void analyse(null, { encoding, delimiter, sheet, ...read }, review);
    },
    setColumn: (field: ImportField, column: number | undefined) =>
      updateReview((r) => {
        const mapping = { ...r.options.mapping };
        if (column === undefined) delete mapping[field];
        else mapping[field] = column;
        return { ...r, options: { ...r.options, mapping }, questions: [] };
      }),
    useDetectedColumns: () =>
      updateReview((r) => ({ ...r, options: { ...r.options, mapping: r.detectedMapping }, savedMappingFrom: null })),
    setDateOrder: (dateOrder: DateOrder) => updateReview((r) => ({ ...r, options: { ...r.options, dateOrder } })),
    setScope: (scope: ImportScope) => updateReview((r) => ({ ...r, scope })),
    setContent: (content: ImportContent) => updateReview((r) => ({ ...r, options: { ...r.options, content }, questions: [] })),
    preview: async () => {
      if (!review) return;
      // The version lets the worker make the safety copy while the preview is read; without it the copy is made on "Import".
      const version = await appVersion().catch(() => undefined);
      const reply = await run({
        kind: 'plan',
        options: review.options,
        scope: review.scope,
        databaseName: db.name,
        now: new Date().toISOString(),
        ...(version === undefined ? {} : { appVersion: version }),
      });
      if (!reply) return;
      if (reply.kind === 'questions') {
        const dateQuestion = reply.questions.find((q) => q.kind === 'date-order') ?? null;
        // Pre-filled from the preset (how that system usually writes dates), else the office
        // locale; shown, and used only once the user previews again: never decided silently.
        const suggested = review.analysis.preset?.dateOrder ?? (base ? localeDateOrder(base.locale) : undefined);
        const dateOrder = review.options.dateOrder ?? (dateQuestion ? suggested : undefined);
        setPhase({
          step: 'review',
          review: {
            ...review,
            options: { ...review.options, dateOrder },
            questions: reply.questions.filter((q) => q.kind !== 'date-order'),
            dateQuestion: dateQuestion ?? review.dateQuestion,
          },
        });
      } else if (reply.kind === 'planned') setPhase({ step: 'preview', review: { ...review, questions: [] }, plan: reply.plan });
    },
    backToColumns: () => review && setPhase({ step: 'review', review }),
    /** After a successful apply: keep the columns chosen for files like this one. */
    rememberColumns: async (now: Date) => {
      if (!review) return;
      if (review.analysis.preset && sameMapping(review.options.mapping, review.detectedMapping)) return;
      await saveMapping(db, review.analysis.headerSignature, review.options.mapping, now);
    },
  };

  return { phase, progress, error, setError, actions, workerClient };
}
