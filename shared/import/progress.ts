// How far a long pass over rows has got, told to whoever shows a progress bar. Called every few
// thousand rows, never per row: the listener may post a message to another thread.

export type ProgressListener = (fraction: number) => void;

export interface ProgressOptions {
  /** Told the fraction done (0 to 1), rising, every few thousand rows and once with 1 at the end. */
  onProgress?: ProgressListener;
}

export const rowsPerProgressReport = 5000;

/** Counts steps out of `total`; reports below 1 along the way, and exactly 1 from `done`. */
export function progressCounter(total: number, onProgress: ProgressListener | undefined, every = rowsPerProgressReport) {
  let count = 0;
  return {
    step(): void {
      count += 1;
      if (onProgress && count % every === 0 && count < total) onProgress(count / total);
    },
    done(): void {
      onProgress?.(1);
    },
  };
}
