/** Shown while files are dragged over the window: where they will go. */
export function DropOverlay() {
  return (
    <div className="drop-overlay" aria-live="assertive">
      <p>Drop articles to add them</p>
    </div>
  );
}
