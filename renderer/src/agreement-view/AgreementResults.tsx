/** The agreement screen's results: the span table, its chart, matrices and document table. */
import type { AgreementTable } from '../agreement/agreement-table';
import type { DocumentAgreementRow, PairwiseSpanFigures } from './agreement-input';
import { DocumentAgreementTable, PairwiseMatrixTable, SpanAgreementTable } from './AgreementTables';
import { AlphaBarChart } from './AlphaBarChart';

interface AgreementResultsProps {
  table: AgreementTable;
  skippedSpans: number;
  pairwise: PairwiseSpanFigures | null;
  documents: readonly DocumentAgreementRow[];
  labelOf: (id: string) => string;
  nameOf: (author: string) => string;
  fieldLabel: (key: string) => string;
}

/** Every figure of a computed selection. */
export function AgreementResults(props: AgreementResultsProps) {
  const { table, labelOf, nameOf } = props;
  const bars = table.rows.flatMap((row) =>
    row.kind === 'label' ? [{ label: labelOf(row.label), alpha: row.figures.alphaU }] : [],
  );
  return (
    <>
      {/* The chart first: it is the summary analysts open the screen for, and below a long
          table it was off screen (and, shrunk by the flex column, drawn 0 px high). */}
      {bars.length > 0 && <AlphaBarChart bars={bars} title="Alpha-U per label" />}
      <SpanAgreementTable table={table} labelOf={labelOf} nameOf={nameOf} />
      <p className="agreement-note">
        α_U as DKPro Agreement and INCEpTION compute it, over the articles laid end to end; F1 is
        the mean over pairs of annotators.
        {table.mergedUnits > 0 &&
          ` ${table.mergedUnits} overlapping units of one annotator and label were merged for α_U.`}
        {props.skippedSpans > 0 &&
          ` ${props.skippedSpans} spans outside their article's text were left out.`}
      </p>
      {props.pairwise && (
        <>
          <PairwiseMatrixTable
            title="Pairwise α_U"
            matrix={props.pairwise.alphaU}
            nameOf={nameOf}
          />
          <PairwiseMatrixTable
            title="Pairwise F1 overlap"
            matrix={props.pairwise.overlapF1}
            nameOf={nameOf}
          />
        </>
      )}
      <DocumentAgreementTable
        rows={props.documents}
        fieldLabel={props.fieldLabel}
        annotatorCount={table.annotators.length}
      />
    </>
  );
}
