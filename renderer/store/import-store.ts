// The import wizard's state: the staged file, its preview and column mapping, the run's progress and its report.
// Kept outside the screen so an import keeps going (and its report waits) while the merchant looks elsewhere.
import i18next from 'i18next';
import { create } from 'zustand';
import type { ColumnStop, ColumnTarget, CsvReadOptions, DuplicatePolicy, ImportPreview, ImportProgress, ImportReport } from '../../shared/catalogue';
import { messageOf } from '../api/call-error';
import type { RefurbApi } from '../api/client';

export type ImportStage = 'choose' | 'reading' | 'preview' | 'running' | 'report';

interface ImportState {
  stage: ImportStage;
  fileName: string | null;
  preview: ImportPreview | null;
  mapping: ColumnTarget[];
  /** A product number on more than one row: which row is imported (the last, as a spreadsheet export usually means). */
  duplicates: DuplicatePolicy;
  progress: ImportProgress | null;
  report: ImportReport | null;
  /** The columns that stopped the last run before it wrote anything (refused on most rows). */
  stopped: ColumnStop[];
  error: string | null;
  chooseFile(api: RefurbApi, file: File): Promise<void>;
  changeOptions(api: RefurbApi, options: CsvReadOptions): Promise<void>;
  setColumnTarget(column: number, target: ColumnTarget): void;
  setDuplicates(policy: DuplicatePolicy): void;
  /** `anyway`: the merchant saw which columns would be refused on most rows and imports the other rows. */
  run(api: RefurbApi, anyway?: boolean): Promise<void>;
  startOver(): void;
}

const initialState = {
  stage: 'choose' as ImportStage,
  fileName: null,
  preview: null,
  mapping: [],
  duplicates: 'last-wins' as DuplicatePolicy,
  progress: null,
  report: null,
  stopped: [] as ColumnStop[],
  error: null,
};

const unexpected = (error: unknown) => messageOf(error, i18next.t('errors.unexpected'));

/** Only the latest preview request may write its answer: the merchant can change the delimiter faster than a big file is read. */
let previewRequest = 0;

export const useImportStore = create<ImportState>()((set, get) => {
  async function loadPreview(api: RefurbApi, fileId: string, fileName: string, options: CsvReadOptions): Promise<void> {
    const request = ++previewRequest;
    try {
      const preview = await api.call('catalogue:importPreview', { fileId, fileName, options });
      if (request !== previewRequest) return;
      set({ stage: 'preview', preview, mapping: preview.suggestedMapping, stopped: [], error: null });
    } catch (error) {
      if (request !== previewRequest) return;
      set({ stage: get().preview ? 'preview' : 'choose', error: unexpected(error) });
    }
  }

  return {
    ...initialState,

    async chooseFile(api, file) {
      set({ ...initialState, stage: 'reading', fileName: file.name });
      let fileId: string;
      try {
        ({ fileId } = await api.stageFile(file));
      } catch (error) {
        set({ stage: 'choose', error: unexpected(error) });
        return;
      }
      await loadPreview(api, fileId, file.name, {});
    },

    async changeOptions(api, options) {
      const { preview } = get();
      if (!preview) return;
      set({ stage: 'reading', error: null });
      await loadPreview(api, preview.fileId, preview.fileName, { delimiter: preview.delimiter, encoding: preview.encoding, ...options });
    },

    setColumnTarget(column, target) {
      set((state) => ({ mapping: state.mapping.map((current, index) => (index === column ? target : current)) }));
    },

    setDuplicates: (duplicates) => set({ duplicates }),

    async run(api, anyway = false) {
      const { preview, mapping, duplicates } = get();
      if (!preview) return;
      set({ stage: 'running', progress: null, report: null, stopped: [], error: null });
      const stopListening = api.on('import:progress', (progress) => {
        if (progress.fileId === preview.fileId) set({ progress });
      });
      try {
        const report = await api.call('catalogue:importRun', {
          fileId: preview.fileId,
          options: { delimiter: preview.delimiter, encoding: preview.encoding },
          mapping,
          duplicates,
          ...(anyway ? { acceptMostlyRefused: true } : {}),
        });
        // Stopped before writing: back to the mapping, with the columns at fault and the encoding choice at hand.
        if (report.stopped.length > 0) set({ stage: 'preview', stopped: report.stopped });
        else set({ stage: 'report', report });
      } catch (error) {
        // The preview and mapping stay, so the merchant can fix the cause and run it again.
        set({ stage: 'preview', error: unexpected(error) });
      } finally {
        stopListening();
      }
    },

    startOver: () => set(initialState),
  };
});
