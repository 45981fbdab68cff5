export function Logo({ className = "h-7 w-7" }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden="true">
      <rect width="32" height="32" rx="8" className="fill-brand-600" />
      <circle cx="12" cy="16" r="6" fill="none" stroke="white" strokeWidth="2.5" />
      <circle cx="20" cy="16" r="6" fill="none" stroke="#5eead4" strokeWidth="2.5" />
    </svg>
  );
}
