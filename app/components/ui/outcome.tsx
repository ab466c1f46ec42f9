import { useEffect, useRef, type ReactNode } from "react";

/** The URL fragment a saved change redirects to: without JavaScript the browser scrolls to the message by itself. */
export const outcomeAnchor = "uitkomst";

/**
 * The message a saved change leads to (signed up, added at the door): on a phone the button was far down the page,
 * so the view and the focus move to it, and a screen reader reads it. Give it a new `key` for each new outcome.
 */
export function Outcome({ children, id = outcomeAnchor }: { children: ReactNode; id?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div id={id} ref={ref} tabIndex={-1} className="scroll-mt-28 outline-none" data-testid="outcome">
      {children}
    </div>
  );
}
