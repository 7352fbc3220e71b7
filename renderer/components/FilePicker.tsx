// Choosing a file: a labelled file input whose label is the visible button, optionally inside a zone that also takes a
// dropped file. The import screen chooses its CSV with it, the mapping transfer its JSON.
import { useState } from 'react';

export interface FilePickerProps {
  /** The visible button's text. */
  label: string;
  /** The input's accept list, e.g. ".csv,text/csv". */
  accept: string;
  testId: string;
  onFile(file: File): void;
  /** 'small' for a button among others in a row. */
  size?: 'primary' | 'small';
  /** Also takes a file dropped around the button; with a hint beside it, or compact without one. */
  drop?: { hint?: string };
}

function FileInputButton({ label, accept, testId, onFile, size = 'primary' }: Omit<FilePickerProps, 'drop'>) {
  return (
    <label className={`button ${size === 'small' ? 'button-small' : 'button-primary'} file-label`}>
      {label}
      <input
        type="file"
        className="sr-only"
        accept={accept}
        data-testid={testId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so choosing the same file again (after fixing it) still counts as a choice.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}

export function FilePicker({ drop, ...button }: FilePickerProps) {
  const [dragging, setDragging] = useState(false);
  if (!drop) return <FileInputButton {...button} />;
  const compact = drop.hint === undefined;
  return (
    <div
      className={`file-drop${dragging ? ' file-drop-active' : ''}${compact ? ' file-drop-compact' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        const file = event.dataTransfer.files[0];
        if (file) button.onFile(file);
      }}
    >
      <FileInputButton {...button} />
      {!compact && <span className="muted">{drop.hint}</span>}
    </div>
  );
}
