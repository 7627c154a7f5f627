/** The review text's legend: how each kind of item, and a rejected one, is drawn. */
export function ReviewLegend() {
  return (
    <ul className="review-legend" aria-label="Legend">
      <li className="kind-agreement">Agreement</li>
      <li className="kind-label">Other label</li>
      <li className="kind-boundary">Other boundaries</li>
      <li className="kind-attribute">Other attribute</li>
      <li className="kind-only-base">Only base</li>
      <li className="kind-only-other">Only compared</li>
      <li className="kind-only-other is-rejected">Rejected</li>
    </ul>
  );
}
