/**
 * How far someone got: the words, and a bar drawn in SVG (an attribute, not an inline style, which the page's
 * Content-Security-Policy would refuse).
 */
export function ProgressBar({ percent, label }: { percent: number; label: string }) {
  const width = Math.min(Math.max(percent, 0), 100);
  return (
    <div className="space-y-1">
      <p className="text-base font-semibold">{label}</p>
      <svg role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={width} aria-label={label} viewBox="0 0 100 4" preserveAspectRatio="none" className="block h-3 w-full rounded-full rtl:-scale-x-100">
        <rect x="0" y="0" width="100" height="4" rx="2" className="fill-ink/10" />
        <rect x="0" y="0" width={width} height="4" rx="2" className="fill-brand" />
      </svg>
    </div>
  );
}
