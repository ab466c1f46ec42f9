import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const prismaImports = {
  paths: [
    { name: "@prisma/client", message: "Data access lives in app/features/*/**.server.ts (STYLE.md)." },
    { name: "~/utils/db.server", message: "Route modules and UI call feature functions, never Prisma (STYLE.md)." },
  ],
};

export default tseslint.config(
  { ignores: ["build/**", "public/build/**", "public/sw.js", "node_modules/**", "test-results/**", "tests/.tmp/**", "playwright-report/**"] },
  ...tseslint.configs.recommended,
  {
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-imports": ["error", { patterns: [{ group: ["../../*"], message: "Use the ~/ alias." }] }],
    },
  },
  {
    files: ["app/routes/**", "app/components/**", "app/root.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { ...prismaImports, patterns: [{ group: ["../../*"], message: "Use the ~/ alias." }] },
      ],
    },
  },
  {
    // Shared UI stays dumb: it never reaches into a feature.
    files: ["app/components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { ...prismaImports, patterns: [{ group: ["~/features/*", "../../*"], message: "components/ never imports features/ (STYLE.md)." }] },
      ],
    },
  },
  {
    files: ["tests/**", "bench/**", "prisma/**"],
    // Playwright fixtures call `use`, which is not a React hook.
    rules: { "no-empty-pattern": "off", "react-hooks/rules-of-hooks": "off" },
  },
);
