/**
 * A claim's links to its source and cue, drawn over the text as labelled arcs while the
 * claim is focused or hovered. Rendered inside the editor's scrolling surface, so the arcs
 * scroll with the text; positions are read from the marks' boxes after each layout change.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { ClaimLink } from './claim-links';
import { arcBetween, type Arc, type Box } from './link-arc-geometry';

interface DrawnLink extends ClaimLink {
  arc: Arc | null;
  /** The claim's box, where a link to a target off screen is written. */
  from: Box | null;
  /** The target's box, framed while it is a candidate. */
  to: Box | null;
  /** Where the target is when it is not laid out (off screen in a skipped block). */
  direction: 'above' | 'below' | null;
}

/** The first laid-out piece of the mark carrying `id`, in the surface's coordinates. */
function markBox(surface: HTMLElement, id: string): Box | null {
  const origin = surface.getBoundingClientRect();
  // The attribute selector finds the marks carrying the id without walking every mark.
  const selector = `.sm-mark[data-ids~="${CSS.escape(id)}"]`;
  for (const mark of surface.querySelectorAll<HTMLElement>(selector)) {
    const rect = mark.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    return {
      left: rect.left - origin.left + surface.scrollLeft,
      top: rect.top - origin.top + surface.scrollTop,
      width: rect.width,
      height: rect.height,
    };
  }
  return null;
}

/** A candidate's frame, so the mention stands out even when the claim is far away. */
function CandidateFrame({ box }: { box: Box }) {
  return (
    <rect x={box.left - 3} y={box.top - 2} width={box.width + 6} height={box.height + 4} rx="3" />
  );
}

/** One link: an arc when both ends are laid out, else a note of where the target is. */
function DrawnLinkShape({ link }: { link: DrawnLink }) {
  const className = `claim-link is-${link.kind}${link.isCandidate ? ' is-candidate' : ''}`;
  const frame = link.isCandidate && link.to ? <CandidateFrame box={link.to} /> : null;
  if (link.arc)
    return (
      <g className={className}>
        <path d={link.arc.d} markerEnd="url(#claim-link-head)" />
        {frame}
        <text x={link.arc.labelX} y={link.arc.labelY} textAnchor="middle">
          {link.isCandidate ? `${link.kind}?` : link.kind}
        </text>
      </g>
    );
  if (frame) return <g className={className}>{frame}</g>;
  if (!link.from) return null;
  // The target is in a part of the text not laid out (far off screen): say where.
  return (
    <text className={className} x={link.from.left} y={link.from.top - 4}>
      {link.kind} {link.direction === 'above' ? '↑ above' : '↓ below'}
    </text>
  );
}

/** The arcs of `links`, or nothing when there are none. */
export function ClaimLinkArcs({
  links,
  targetAbove,
}: {
  links: readonly ClaimLink[];
  /** Whether a target not laid out lies before the claim in the text. */
  targetAbove: (link: ClaimLink) => boolean;
}) {
  const svg = useRef<SVGSVGElement>(null);
  const [drawn, setDrawn] = useState<DrawnLink[]>([]);

  useLayoutEffect(() => {
    const surface = svg.current?.parentElement;
    if (!surface || links.length === 0) {
      // The same state when nothing was drawn: React skips the render (each key press
      // hands a new, empty list of links).
      setDrawn((current) => (current.length === 0 ? current : []));
      return undefined;
    }
    const measure = () => {
      svg.current?.setAttribute('width', String(surface.scrollWidth));
      svg.current?.setAttribute('height', String(surface.scrollHeight));
      setDrawn(
        links.map((link) => {
          const from = markBox(surface, link.claimId);
          const to = markBox(surface, link.targetId);
          if (from && to) return { ...link, arc: arcBetween(from, to), from, to, direction: null };
          return {
            ...link,
            arc: null,
            from,
            to,
            direction: targetAbove(link) ? 'above' : 'below',
          };
        }),
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(surface);
    return () => observer.disconnect();
  }, [links, targetAbove]);

  return (
    <svg ref={svg} className="claim-link-arcs" aria-hidden="true">
      {drawn.map((link) => (
        <DrawnLinkShape key={`${link.kind}-${link.targetId}`} link={link} />
      ))}
      <defs>
        <marker
          id="claim-link-head"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" />
        </marker>
      </defs>
    </svg>
  );
}
