/**
 * Peak memory of a page's renderer process on Linux, read from /proc: the Chromium browser
 * started on `profileDir` is found by its `--user-data-dir`, its renderer processes among
 * its descendants (a dedicated worker runs inside its page's renderer, so the export's
 * worker counts). RSS is sampled every 50 ms; VmHWM, the kernel's high-water mark, catches
 * what falls between samples since the process started.
 */
import { readdir, readFile } from 'node:fs/promises';

interface ProcessInfo {
  pid: number;
  ppid: number;
  cmdline: string;
}

async function processes(): Promise<ProcessInfo[]> {
  const out: ProcessInfo[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = await readFile(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmdline = (await readFile(`/proc/${name}/cmdline`, 'utf8')).replace(/\0/g, ' ');
      out.push({ pid: Number(name), ppid, cmdline });
    } catch {
      // Gone meanwhile.
    }
  }
  return out;
}

/** The renderer processes of the Chromium running on `profileDir`. */
export async function rendererPids(profileDir: string): Promise<number[]> {
  const all = await processes();
  const browser = all.find(
    (p) => p.cmdline.includes(`--user-data-dir=${profileDir}`) && !p.cmdline.includes('--type='),
  );
  if (!browser) return [];
  const children = new Map<number, number[]>();
  for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p.pid]);
  const descendants = new Set<number>();
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      descendants.add(child);
      walk(child);
    }
  };
  walk(browser.pid);
  return all
    .filter((p) => descendants.has(p.pid) && p.cmdline.includes('--type=renderer'))
    .map((p) => p.pid);
}

/** VmRSS and VmHWM of `pid` in MB (0 when it is gone). */
export async function memoryOf(pid: number): Promise<{ rssMb: number; hwmMb: number }> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rssMb: Math.round(kb('VmRSS') / 1024), hwmMb: Math.round(kb('VmHWM') / 1024) };
  } catch {
    return { rssMb: 0, hwmMb: 0 };
  }
}

/** Samples the largest renderer's RSS until stopped. */
export class RendererMemoryPeak {
  private peakRss = 0;
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(private readonly pids: readonly number[]) {
    this.timer = setInterval(() => void this.sample(), 50);
  }

  private async sample(): Promise<void> {
    for (const pid of this.pids) this.peakRss = Math.max(this.peakRss, (await memoryOf(pid)).rssMb);
  }

  /** The sampled peak, and the largest high-water mark of the renderers, in MB. */
  async stop(): Promise<{ peakRssMb: number; hwmMb: number }> {
    clearInterval(this.timer);
    await this.sample();
    let hwmMb = 0;
    for (const pid of this.pids) hwmMb = Math.max(hwmMb, (await memoryOf(pid)).hwmMb);
    return { peakRssMb: this.peakRss, hwmMb };
  }
}
