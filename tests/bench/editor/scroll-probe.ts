/**
 * Scrolling over the whole document, not its first screens: the probe jumps to the top, the
 * middle and the end, and in each region scrolls a window of `windowPx` at `stepPx` per
 * frame, counting long frames per region. The jump's own frame is reported apart
 * (`jumpMs`): it is where a skipped (`content-visibility`) or virtualised region is laid
 * out for the first time. Same probe for the app, the floors and the peer; run inside the
 * page by Playwright, hence self-contained.
 */

export interface ScrollProbeArgs {
  /** An iframe holding the document (the floors), or null for the page's own document. */
  frame: string | null;
  /** The element that scrolls (the app's surface), or null for the document. */
  scroller: string | null;
  windowPx: number;
  stepPx: number;
}

export interface RegionScroll {
  /** Where the window started, and how far it got (less at the end if the text ran out). */
  fromPx: number;
  scrolledPx: number;
  /** The frame that rendered the jump to this region. */
  jumpMs: number;
  frames: number;
  /** Frame intervals over 20 ms (a missed 60 Hz frame) and over 50 ms. */
  over20: number;
  over50: number;
  p95Interval: number;
  maxInterval: number;
}

export type Region = 'top' | 'middle' | 'end';

export async function scrollRegionsProbe(
  args: ScrollProbeArgs,
): Promise<Record<Region, RegionScroll> & { scrollHeight: number }> {
  const doc = args.frame
    ? (document.querySelector(args.frame) as HTMLIFrameElement).contentDocument!
    : document;
  const scroller = (
    args.scroller ? doc.querySelector(args.scroller) : doc.scrollingElement
  ) as HTMLElement;
  const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

  const scrollRegion = async (region: Region): Promise<RegionScroll> => {
    const max = scroller.scrollHeight - scroller.clientHeight;
    const fromPx =
      region === 'top'
        ? 0
        : region === 'middle'
          ? Math.max(0, Math.round(max / 2 - args.windowPx / 2))
          : Math.max(0, max - args.windowPx);
    const before = await nextFrame();
    scroller.scrollTop = fromPx;
    const jumped = await nextFrame();
    const stamps = [jumped];
    const start = scroller.scrollTop;
    let still = 0;
    // At most three times the frames the window needs: a stuck scroller must end the probe.
    const maxFrames = Math.ceil((args.windowPx / args.stepPx) * 3);
    while (scroller.scrollTop - start < args.windowPx && still < 3 && stamps.length < maxFrames) {
      const was = scroller.scrollTop;
      scroller.scrollTop = was + args.stepPx;
      stamps.push(await nextFrame());
      // The end of the text: the scroller no longer moves.
      still = scroller.scrollTop === was ? still + 1 : 0;
    }
    const intervals = stamps.slice(1).map((stamp, index) => stamp - stamps[index]!);
    const sorted = [...intervals].sort((a, b) => a - b);
    return {
      fromPx: start,
      scrolledPx: scroller.scrollTop - start,
      jumpMs: jumped - before,
      frames: intervals.length,
      over20: intervals.filter((value) => value > 20).length,
      over50: intervals.filter((value) => value > 50).length,
      p95Interval: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0,
      maxInterval: sorted.at(-1) ?? 0,
    };
  };

  const top = await scrollRegion('top');
  const middle = await scrollRegion('middle');
  const end = await scrollRegion('end');
  const scrollHeight = scroller.scrollHeight;
  scroller.scrollTop = 0;
  await nextFrame();
  await nextFrame();
  return { top, middle, end, scrollHeight };
}
