// One turn reads the same message more than once (is it a question? what does it say?), and a
// 20,000-character one costs milliseconds each time. A reader wrapped here remembers the last text it
// was given and what it answered, so the second read is free; one entry, so memory stays bounded
// whatever the traffic. Callers must not change what it returns.
export function rememberLast<T>(read: (text: unknown) => T): (text: unknown) => T {
  let last: { text: string; result: T } | undefined;
  return (text) => {
    if (typeof text === 'string' && last?.text === text) return last.result;
    const result = read(text);
    if (typeof text === 'string') last = { text, result };
    return result;
  };
}
