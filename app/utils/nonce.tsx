import { createContext, useContext } from "react";

export const NonceContext = createContext<string>("");
export const NonceProvider = NonceContext.Provider;

/** The per-request Content-Security-Policy nonce for inline scripts. */
export function useNonce() {
  return useContext(NonceContext);
}
