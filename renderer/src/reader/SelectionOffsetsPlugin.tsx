/** Reports the reader's selection as stored-text offsets whenever it changes. */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection } from 'lexical';
import { useEffect, useEffectEvent } from 'react';
import type { ParagraphStarts } from './paragraph-offsets';
import { $textRangeOfSelection, type TextRange } from './selection-offsets';

interface SelectionOffsetsPluginProps {
  starts: ParagraphStarts;
  onChange: (range: TextRange | null) => void;
}

/**
 * Listens to Lexical updates and to the DOM's `selectionchange`: with `editable: false`
 * Lexical still tracks mouse selections, but a keyboard extension of a selection may only
 * show up as a DOM event, so both paths read the same Lexical selection.
 */
export function SelectionOffsetsPlugin({ starts, onChange }: SelectionOffsetsPluginProps) {
  const [editor] = useLexicalComposerContext();
  const report = useEffectEvent(onChange);
  useEffect(() => {
    let last = '';
    const read = () =>
      editor.getEditorState().read(() => {
        const range = $textRangeOfSelection($getSelection(), starts);
        const key = range ? `${range.start}:${range.end}` : '';
        if (key !== last) {
          last = key;
          report(range);
        }
      });
    const removeUpdate = editor.registerUpdateListener(read);
    return removeUpdate;
  }, [editor, starts]);
  return null;
}
