/** A range of a text in UTF-16 code units: `start` inclusive, `end` exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}
