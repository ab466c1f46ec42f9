import { Link, type LinkProps } from "@remix-run/react";
import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "danger" | "ghost";

const variants: Record<Variant, string> = {
  primary: "bg-brand text-white hover:bg-brand-dark border-transparent",
  secondary: "bg-white text-ink border-ink/20 hover:bg-brand-light",
  danger: "bg-white text-red-800 border-red-800 hover:bg-red-50",
  ghost: "bg-transparent text-brand-dark border-transparent underline",
};

/** 48 px high at least: residents tap with a thumb on a small phone. */
export function buttonClass(variant: Variant = "primary", extra = "") {
  return `inline-flex min-h-tap items-center justify-center gap-2 rounded-lg border-2 px-5 py-2 text-lg font-semibold ${variants[variant]} ${extra}`;
}

export function Button({
  variant = "primary",
  className = "",
  type = "submit",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}

export function LinkButton({ variant = "primary", className = "", ...props }: LinkProps & { variant?: Variant }) {
  return <Link className={buttonClass(variant, className)} {...props} />;
}
