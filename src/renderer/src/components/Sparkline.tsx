// A person's influence across score runs, as a tiny line: rising, steady or fading at a glance.
export function Sparkline({ values, label }: { values: Array<number | null>; label: string }) {
  const points = values.map((v, i) => [i, v] as const).filter((p): p is readonly [number, number] => p[1] !== null);
  if (points.length < 2) return <span className="muted small" aria-label={label}>—</span>;
  const width = 60;
  const height = 16;
  const xs = Math.max(1, values.length - 1);
  const path = points.map(([i, v], k) => `${k === 0 ? 'M' : 'L'}${((i / xs) * width).toFixed(1)},${(height - 1 - (v / 100) * (height - 2)).toFixed(1)}`).join(' ');
  return (
    <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <path d={path} fill="none" />
    </svg>
  );
}
