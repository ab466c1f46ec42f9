import type { ReactNode } from "react";

export function PageTitle({ children, intro }: { children: ReactNode; intro?: ReactNode }) {
  return (
    <header className="mb-5 space-y-2">
      <h1 className="text-3xl font-bold leading-tight">{children}</h1>
      {intro ? <p className="text-lg text-ink/80">{intro}</p> : null}
    </header>
  );
}

export function Card({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <section className={`rounded-xl border border-ink/10 bg-white p-4 shadow-sm ${className}`}>{children}</section>;
}

/** A polite message that screen readers announce (saved, sent, signed up...). */
export function Notice({ children, tone = "info" }: { children: ReactNode; tone?: "info" | "success" | "error" }) {
  const tones = {
    info: "border-sky-700 bg-sky-50",
    success: "border-green-800 bg-green-50",
    error: "border-red-800 bg-red-50",
  };
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`mb-4 rounded-lg border-s-4 p-3 text-lg ${tones[tone]}`}>
      {children}
    </div>
  );
}
