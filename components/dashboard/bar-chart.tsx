/** One bar: `value` long, of which `strong` (≤ value) drawn in the darker shade. */
export interface Bar {
  label: string;
  value: number;
  strong?: number;
}

/**
 * Horizontal bars in plain CSS, scaled to the largest value. The numbers are in the text too, so a
 * screen reader reads "Python: 12 (9 required)" without the picture.
 */
export function BarChart({ bars, label, strongLabel, empty }: { bars: Bar[]; label: string; strongLabel?: string; empty: string }) {
  if (!bars.length) return <p className="muted">{empty}</p>;
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <ul className="bars" aria-label={label}>
      {bars.map((b) => (
        <li key={b.label} className="bar-row">
          <span className="bar-label" title={b.label}>
            {b.label}
          </span>
          <span className="bar-track" aria-hidden="true">
            <span className={b.strong === undefined ? 'bar-fill bar-single' : 'bar-fill'} style={{ width: b.value ? `max(3px, ${(b.value / max) * 100}%)` : 0 }}>
              {b.strong !== undefined && <span className="bar-strong" style={{ width: b.value ? `${(b.strong / b.value) * 100}%` : 0 }} />}
            </span>
          </span>
          <span className="bar-value">
            {b.value}
            {b.strong !== undefined && strongLabel && <span className="visually-hidden"> ({b.strong} {strongLabel})</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
