import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiArgs, ImportPreset, ImportPreview, PickedFile } from '../../shared/contract';
import type { ImportKind, Mapping } from '../../shared/import/fields';
import { call } from '../platform/client';
import { errorMessage } from '../ui/error-message';

export type ReadOptions = NonNullable<ApiArgs<'import.preview'>['read']>;

export interface ImportReview {
  preview: ImportPreview | null;
  /** The mapping on screen: the user's edits, sent with every preview and with the import. */
  mapping: Mapping | null;
  /** The kind the user chose: shown at once, while the mapping for it is still being suggested. */
  kind: ImportKind | null;
  read: ReadOptions;
  presetId: string;
  /** A preview is on its way (the one on screen may be out of date). */
  previewing: boolean;
  /** Why the last preview failed, in words (null once dismissed). */
  error: string | null;
  /** The preview on screen is not for the mapping on screen (the last request failed): importing waits for a fresh one. */
  stale: boolean;
  clearError: () => void;
  /** The file's dates were ambiguous at some point: the question stays on screen once asked. */
  askedDates: boolean;
  setKind: (kind: ImportKind) => void;
  choosePreset: (preset: ImportPreset | null) => void;
  /** Change the mapping (columns, date format, zone); the preview follows a moment later. */
  editMapping: (change: (mapping: Mapping) => Mapping) => void;
  /** Read the file differently (sheet, encoding, separator): its columns may change, so the mapping is suggested again. */
  setRead: (change: Partial<ReadOptions>) => void;
  retry: () => void;
}

type Request = Omit<ApiArgs<'import.preview'>, 'fileId'>;

/** Wait this long after the last edit before asking for a new preview, so fast changes make one call. */
const DEBOUNCE_MS = 250;

/**
 * The review step's state for one picked file. Every change re-asks the
 * backend for a preview, so the table and problems on screen are always what
 * the import would really do. Answers to superseded requests are dropped.
 */
export function useImportReview(file: PickedFile): ImportReview {
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [read, setReadState] = useState<ReadOptions>({});
  const [presetId, setPresetId] = useState('');
  const [previewing, setPreviewing] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [askedDates, setAskedDates] = useState(false);
  const [chosenKind, setChosenKind] = useState<ImportKind | null>(null);
  const latest = useRef(0);
  const timer = useRef<number | undefined>(undefined);
  const lastRequest = useRef<Request>({});
  /** The mapping last used for each kind, so switching kind and back keeps the user's choices. */
  const byKind = useRef<Partial<Record<ImportKind, Mapping>>>({});

  /** Fetches one preview and shows it, unless a newer request was made meanwhile. */
  const fetchPreview = useCallback(
    (id: number, args: Request, adopt: boolean): Promise<void> =>
      call('import.preview', { fileId: file.fileId, ...args })
        .then((answer) => (adopt ? askIfAmbiguous(file.fileId, args, answer) : answer))
        .then(
          (answer) => {
            if (id !== latest.current) return;
            setPreview(answer);
            setError(null);
            setStale(false);
            setPreviewing(false);
            if (adopt) {
              setMapping(answer.mapping);
              setChosenKind(null);
            }
            if (answer.ambiguousDates) setAskedDates(true);
          },
          (failure: unknown) => {
            if (id !== latest.current) return;
            setError(errorMessage(failure));
            setStale(true);
            setChosenKind(null);
            setPreviewing(false);
          },
        ),
    [file.fileId],
  );

  /** Asks for a preview after an edit; `adopt` takes the backend's mapping (a suggestion) as the one on screen. */
  const request = (args: Request, adopt: boolean, delay = 0) => {
    window.clearTimeout(timer.current);
    const id = ++latest.current;
    lastRequest.current = args;
    setPreviewing(true);
    if (delay > 0) timer.current = window.setTimeout(() => void fetchPreview(id, args, adopt), delay);
    else void fetchPreview(id, args, adopt);
  };

  // The first preview: Tend's own reading of the file and its suggested mapping.
  useEffect(() => {
    const id = ++latest.current;
    lastRequest.current = {};
    void fetchPreview(id, {}, true);
    return () => window.clearTimeout(timer.current);
  }, [fetchPreview]);

  const readArgs = (options: ReadOptions) => (Object.keys(options).length > 0 ? { read: options } : {});

  const setKind = (kind: ImportKind) => {
    if (mapping) byKind.current[mapping.kind] = mapping;
    setPresetId('');
    const earlier = byKind.current[kind];
    if (earlier) {
      setChosenKind(null);
      setMapping(earlier);
      request({ mapping: earlier, ...readArgs(read) }, false);
      return;
    }
    setAskedDates(false);
    setChosenKind(kind);
    request({ kind, ...readArgs(read) }, true);
  };

  const choosePreset = (preset: ImportPreset | null) => {
    setPresetId(preset?.id ?? '');
    setAskedDates(false);
    setChosenKind(null);
    if (!preset) {
      request({ kind: mapping?.kind, ...readArgs(read) }, true);
      return;
    }
    // A preset rarely knows the sender's zone; keep the one the user chose.
    const next: Mapping = { ...preset.mapping, timeZone: preset.mapping.timeZone ?? mapping?.timeZone };
    setMapping(next);
    request({ mapping: next, presetId: preset.id, ...readArgs(read) }, false);
  };

  const editMapping = (change: (current: Mapping) => Mapping) => {
    if (!mapping) return;
    const next = change(mapping);
    setMapping(next);
    request({ mapping: next, ...(presetId ? { presetId } : {}), ...readArgs(read) }, false, DEBOUNCE_MS);
  };

  const setRead = (change: Partial<ReadOptions>) => {
    const next: ReadOptions = { ...read, ...change };
    for (const key of Object.keys(next) as (keyof ReadOptions)[]) if (next[key] === undefined) delete next[key];
    setReadState(next);
    byKind.current = {};
    // Another sheet may hold another kind of list: Tend guesses again. The same text read differently keeps the user's kind.
    request({ ...('sheet' in change ? {} : { kind: mapping?.kind }), ...readArgs(next) }, true);
  };

  const retry = () => request(lastRequest.current, lastRequest.current.mapping === undefined);

  const clearError = () => setError(null);

  return { preview, mapping, kind: chosenKind ?? mapping?.kind ?? null, read, presetId, previewing, error, stale, clearError, askedDates, setKind, choosePreset, editMapping, setRead, retry };
}

/**
 * A suggested mapping comes with Tend's guess of day-first or month-first
 * even when every date could be read either way, and the preview only flags
 * ambiguity for "auto". So a suggestion that picked an order is previewed once
 * more with "auto": if the dates are ambiguous, the user is asked instead of
 * silently trusting the guess.
 */
async function askIfAmbiguous(fileId: string, args: Request, answer: ImportPreview): Promise<ImportPreview> {
  const { mapping } = answer;
  if (mapping.dateFormat !== 'dmy' && mapping.dateFormat !== 'mdy') return answer;
  const probe = await call('import.preview', { fileId, ...args, mapping: { ...mapping, dateFormat: 'auto' } });
  return probe.ambiguousDates ? probe : answer;
}
