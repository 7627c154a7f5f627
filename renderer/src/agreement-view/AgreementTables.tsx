/** The agreement screen's tables: spans per label, document fields, and pairwise matrices. */
import type { AgreementTable } from '../agreement/agreement-table';
import type { PairwiseMatrix } from '../agreement/pairwise-matrix';
import type { DocumentAgreementRow } from './agreement-input';

/** A figure to three decimals, or an em dash when undefined. */
export function formatFigure(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toFixed(3);
}

interface SpanTableProps {
  table: AgreementTable;
  labelOf: (id: string) => string;
  nameOf: (author: string) => string;
}

/** One row per label and the overall row: unit counts, alpha-U and span F1. */
export function SpanAgreementTable({ table, labelOf, nameOf }: SpanTableProps) {
  return (
    <table className="agreement-table" aria-label="Span agreement">
      <caption>
        Spans: {table.documentCount} {table.documentCount === 1 ? 'article' : 'articles'},{' '}
        {table.continuumLength} characters
      </caption>
      <thead>
        <tr>
          <th scope="col">Label</th>
          {table.annotators.map((author) => (
            <th key={author} scope="col">
              Units ({nameOf(author)})
            </th>
          ))}
          <th scope="col">α_U</th>
          <th scope="col">F1 exact</th>
          <th scope="col">F1 overlap</th>
          <th scope="col">F1 partial</th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr
            key={row.kind === 'label' ? row.label : '*'}
            className={row.kind === 'overall' ? 'is-overall' : undefined}
          >
            <td>{row.kind === 'label' ? labelOf(row.label) : 'All labels'}</td>
            {row.counts.map((count, index) => (
              <td key={table.annotators[index]}>{count}</td>
            ))}
            <td data-testid={row.kind === 'overall' ? 'overall-alpha-u' : undefined}>
              {formatFigure(row.figures.alphaU)}
            </td>
            <td>{formatFigure(row.figures.exactF1)}</td>
            <td>{formatFigure(row.figures.overlapF1)}</td>
            <td>{formatFigure(row.figures.partialF1)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface DocumentTableProps {
  rows: readonly DocumentAgreementRow[];
  fieldLabel: (key: string) => string;
  annotatorCount: number;
}

/** One row per document-profile field and an overall row: alpha nominal and kappa. */
export function DocumentAgreementTable({ rows, fieldLabel, annotatorCount }: DocumentTableProps) {
  return (
    <table className="agreement-table" aria-label="Document agreement">
      <caption>Document profile</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Articles coded by ≥ 2</th>
          <th scope="col">α nominal</th>
          <th scope="col">{annotatorCount > 2 ? 'Mean pairwise Cohen κ' : 'Cohen κ'}</th>
          <th scope="col">Left out of κ (one side blank)</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key ?? '*'} className={row.key === null ? 'is-overall' : undefined}>
            <td>{row.key === null ? 'All fields' : fieldLabel(row.key)}</td>
            <td>{row.pairableUnits}</td>
            <td>{formatFigure(row.alphaNominal)}</td>
            <td>{formatFigure(row.kappa)}</td>
            <td>{row.kappaDropped}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface MatrixProps {
  title: string;
  matrix: PairwiseMatrix<string>;
  nameOf: (author: string) => string;
}

/** A pairwise matrix with its mean, for teams of more than two. */
export function PairwiseMatrixTable({ title, matrix, nameOf }: MatrixProps) {
  return (
    <table className="agreement-table" aria-label={title}>
      <caption>
        {title} (mean {formatFigure(matrix.mean)} over {matrix.definedPairs} pairs)
      </caption>
      <thead>
        <tr>
          <th scope="col" />
          {matrix.keys.map((key) => (
            <th key={key} scope="col">
              {nameOf(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.keys.map((key, i) => (
          <tr key={key}>
            <th scope="row">{nameOf(key)}</th>
            {matrix.values[i]?.map((value, j) => (
              <td key={matrix.keys[j]}>{i === j ? '' : formatFigure(value)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
