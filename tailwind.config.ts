import type { Config } from "tailwindcss";

export default {
  content: ["./app/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: { DEFAULT: "#b4380f", dark: "#8a2a0b", light: "#fde9df" },
        ink: "#1f2328",
        paper: "#fffaf5",
      },
      minHeight: { tap: "48px" },
      minWidth: { tap: "48px" },
    },
  },
  plugins: [],
} satisfies Config;
