// The one file format of the build's interview tables (plan-table.ts, platform-table.ts): a header
// line `<version> <fingerprint> <count>\n`, then the table's bytes. The fingerprint hashes what the
// table was built for (the questions, their options, the platforms), so a table from another version
// of them is refused rather than misread. Pure bytes in and out: the composition root does the I/O.

/** A short hash (FNV-1a, 32 bits) of what a table was built for. */
function fingerprint(builtFor: string): string {
  let hash = 2166136261;
  for (let i = 0; i < builtFor.length; i++) hash = Math.imul(hash ^ builtFor.charCodeAt(i), 16777619);
  return (hash >>> 0).toString(16);
}

export function writeTable(version: string, builtFor: string, count: number, data: Uint8Array): Uint8Array {
  const header = new TextEncoder().encode(`${version} ${fingerprint(builtFor)} ${count}\n`);
  const bytes = new Uint8Array(header.length + data.length);
  bytes.set(header, 0);
  bytes.set(data, header.length);
  return bytes;
}

/** The count and bytes after the header, or undefined when the header is not this version's for `builtFor`. */
export function readTable(
  bytes: Uint8Array,
  version: string,
  builtFor: string,
): { count: number; data: Uint8Array } | undefined {
  const end = bytes.indexOf(10);
  if (end < 0 || end > 64) return undefined;
  const [seen, print, count] = new TextDecoder().decode(bytes.subarray(0, end)).split(' ');
  const n = Number(count);
  if (seen !== version || print !== fingerprint(builtFor) || !Number.isInteger(n) || n < 1) return undefined;
  return { count: n, data: bytes.subarray(end + 1) };
}
