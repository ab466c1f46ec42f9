/**
 * The one kind of refusal the features throw: `code` is a translation key the person reads in their language
 * ("activities:refused.tooMany"), `status` the HTTP answer, `field` the form field it belongs to, if any. Route
 * actions turn it into a form reply with replyWithError (app/utils/form.server.ts); anything else is a bug (500).
 */
export class AppError extends Error {
  readonly status: number;
  readonly field: string | undefined;

  constructor(
    readonly code: string,
    { status = 400, field }: { status?: number; field?: string } = {},
  ) {
    super(code);
    this.status = status;
    this.field = field;
  }
}

/** For 403 and 404 the app's error page says it best; thrown from loaders, actions and features alike. */
export function forbidden() {
  return new Response("Forbidden", { status: 403 });
}

export function notFound() {
  return new Response("Not found", { status: 404 });
}
