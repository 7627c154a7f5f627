/**
 * Peak memory of a benchmark process: RSS and heap sampled every 10 ms and whenever a step
 * ends (a long synchronous step blocks the timer, so the explicit samples matter), and the
 * kernel's own high-water mark, which sees what the samples miss.
 */
export class MemoryPeak {
  rss = 0;
  heap = 0;
  private readonly timer = setInterval(() => this.sample(), 10);

  sample(): void {
    const usage = process.memoryUsage();
    this.rss = Math.max(this.rss, usage.rss);
    this.heap = Math.max(this.heap, usage.heapUsed);
  }

  /** Stops sampling; the figures in MB, `maxRssMb` from `getrusage`. */
  stop(): { peakRssMb: number; peakHeapMb: number; maxRssMb: number } {
    clearInterval(this.timer);
    this.sample();
    const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
    return {
      peakRssMb: mb(this.rss),
      peakHeapMb: mb(this.heap),
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  }
}
