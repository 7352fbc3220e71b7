// A labelled progress bar for long work; indeterminate while the total is not yet known.
interface ProgressBarProps {
  label: string;
  /** 0..1, or null when the amount of work is not known yet. */
  fraction: number | null;
  detail?: string;
}

export function ProgressBar({ label, fraction, detail }: ProgressBarProps) {
  const percent = fraction === null ? null : Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <div className="progress">
      <div className="progress-text">
        <span>{label}</span>
        {percent !== null && <span className="progress-percent">{percent}%</span>}
      </div>
      <div
        className={`progress-track${percent === null ? ' progress-indeterminate' : ''}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={detail}
      >
        <div className="progress-fill" style={{ width: `${percent ?? 30}%` }} />
      </div>
      {detail && <div className="progress-detail">{detail}</div>}
    </div>
  );
}
