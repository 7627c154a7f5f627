/** One row of the codebook tree: swatch, label, key, retired state and external labels. */
import type { TreeRow } from './tree-rows';
import { externalLabelSummary } from './tree-rows';

interface CodebookTreeRowProps {
  row: TreeRow;
  isSelected: boolean;
  /** The one row reachable with Tab (roving tabindex). */
  isTabStop: boolean;
  onSelect: (id: string) => void;
  onToggle: (id: string) => void;
}

/**
 * The accessible name: what a screen reader needs to tell rows apart, holding every text the
 * row shows (label, key, badge, external labels), so speech users can name the row by what
 * they see (WCAG 2.5.3 label in name).
 */
function rowName({ item, isRetiredByAncestor }: TreeRow, external: string): string {
  let name = item.label;
  if (item.key !== undefined) name += `, key ${item.key.toUpperCase()}`;
  if (item.retired) name += ', retired';
  else if (isRetiredByAncestor) name += ', hidden under a retired item';
  if (external) name += `, ${external}`;
  return name;
}

/** A `treeitem`; the tree handles the keyboard, the row handles the mouse. */
export function CodebookTreeRow({
  row,
  isSelected,
  isTabStop,
  onSelect,
  onToggle,
}: CodebookTreeRowProps) {
  const { item } = row;
  const external = externalLabelSummary(item);
  const classes = ['codebook-tree-row'];
  if (isSelected) classes.push('is-selected');
  if (item.retired || row.isRetiredByAncestor) classes.push('is-retired');
  return (
    <div
      role="treeitem"
      aria-level={row.level}
      aria-posinset={row.posInSet}
      aria-setsize={row.setSize}
      aria-expanded={row.hasChildren ? row.isExpanded : undefined}
      aria-selected={isSelected}
      aria-label={rowName(row, external)}
      tabIndex={isTabStop ? 0 : -1}
      data-item-id={item.id}
      className={classes.join(' ')}
      // Indentation is data-driven; the CSP allows the style property, not style attributes.
      style={{ paddingInlineStart: `${(row.level - 1) * 20 + 4}px` }}
      onClick={() => onSelect(item.id)}
    >
      <span
        className="codebook-tree-toggle"
        aria-hidden="true"
        onClick={(event) => {
          if (!row.hasChildren) return;
          event.stopPropagation();
          onSelect(item.id);
          onToggle(item.id);
        }}
      >
        {row.hasChildren ? (row.isExpanded ? '▾' : '▸') : ''}
      </span>
      <span
        className="codebook-swatch"
        aria-hidden="true"
        style={{ backgroundColor: item.colour }}
      />
      <span className="codebook-tree-label">{item.label}</span>
      {item.key !== undefined && <kbd aria-hidden="true">{item.key.toUpperCase()}</kbd>}
      {item.retired && <span className="codebook-badge">Retired</span>}
      {row.isRetiredByAncestor && <span className="codebook-badge">Hidden</span>}
      {external && (
        <span className="codebook-tree-external" title={external}>
          {external}
        </span>
      )}
    </div>
  );
}
