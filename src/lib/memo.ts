/**
 * `make`, run once per key object: later calls with the same object get the first result. For
 * derived data of objects that do not change once made (a work, a parsed tree, a schema), asked
 * for by many pages or checks in one process.
 */
export function oncePer<Key extends object, Value>(make: (key: Key) => Value): (key: Key) => Value {
  const made = new WeakMap<Key, Value>();
  return (key) => {
    if (made.has(key)) return made.get(key)!;
    const value = make(key);
    made.set(key, value);
    return value;
  };
}
