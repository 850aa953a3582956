/**
 * An answer kept per pair of keys while the first key lives: a vocabulary's reading of a label, a
 * paragraph's address to a participant. The pipeline asks the same questions of the same page again
 * and again; each is answered once. The second keys of one first key are forgotten together when
 * `limit` of them are kept, as fold()'s cache is emptied when full.
 */
export function pairMemo<Owner extends object, Key, Value>(
  compute: (owner: Owner, key: Key) => Value,
  limit = Number.POSITIVE_INFINITY,
): (owner: Owner, key: Key) => Value {
  const byOwner = new WeakMap<Owner, Map<Key, Value>>();
  return (owner, key) => {
    let known = byOwner.get(owner);
    if (!known) byOwner.set(owner, (known = new Map()));
    if (known.has(key)) return known.get(key) as Value;
    if (known.size >= limit) known.clear();
    const value = compute(owner, key);
    known.set(key, value);
    return value;
  };
}
