// A small cache of API answers keyed by the database's version: the same view asked again (every
// page load asks for the same map and timeline; the page refreshes when the version moves) is
// answered from memory until anything is stored. Bounded by entries and by bytes.

export class ResponseCache {
  private entries = new Map<string, string>();
  private bytes = 0;
  private version: string | null = null;

  constructor(
    private readonly maxEntries = 500,
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  /** The cached JSON text for `key` at `version`, computing and keeping it on a miss. */
  get(version: string, key: string, compute: () => unknown): string {
    if (version !== this.version) {
      // Anything stored since invalidates every answer.
      this.entries.clear();
      this.bytes = 0;
      this.version = version;
    }
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Refresh its place: the map keeps insertion order, so the first entry is the least recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const text = JSON.stringify(compute());
    if (text.length <= this.maxBytes / 4) {
      this.entries.set(key, text);
      this.bytes += text.length;
      while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
        const [oldest, value] = this.entries.entries().next().value as [string, string];
        this.entries.delete(oldest);
        this.bytes -= value.length;
      }
    }
    return text;
  }
}
