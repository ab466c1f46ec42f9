// Remix's types for what a page gets with single fetch (remix.config.js turns it on): a loader's values arrive as
// they were returned (a Date stays a Date, `data()` sets headers without turning the value into JSON), not as JSON.
import "@remix-run/node";

declare module "@remix-run/node" {
  // An interface, as Remix declares it: only an interface can be added to.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Future {
    v3_singleFetch: true;
  }
}
