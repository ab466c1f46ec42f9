/**
 * A Map that holds at most `max` entries: adding one more empties it first. For what the server works out once and
 * then reuses (a language from a browser's header, a text, a prepared statement, a date as words): the inputs are few
 * in practice, but a script sending ever-new ones must not make the process grow without end. Emptying all at once
 * is crude but cheap, and what is used often is simply worked out again.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(readonly max: number) {
    super();
  }

  override set(key: K, value: V) {
    if (this.size >= this.max && !this.has(key)) this.clear();
    return super.set(key, value);
  }

  /** The value kept for `key`, or else `make()`'s, which is kept (unless `keep` says it may not be). */
  remember(key: K, make: () => V, keep: (value: V) => boolean = () => true): V {
    const known = this.get(key);
    if (known !== undefined) return known;
    const made = make();
    if (keep(made)) this.set(key, made);
    return made;
  }
}
