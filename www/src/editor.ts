// The code editor: CodeMirror 6 with Python highlighting. The page swaps
// whole documents when the lesson changes (with a fresh undo history) and
// hears about every edit.
import { basicSetup } from 'codemirror'
import { EditorView, keymap } from '@codemirror/view'
import { EditorState, Prec, type Extension } from '@codemirror/state'
import { indentWithTab } from '@codemirror/commands'
import { indentUnit } from '@codemirror/language'
import { python } from '@codemirror/lang-python'

export class Editor {
  private readonly view: EditorView
  private readonly extensions: Extension[]

  constructor(parent: HTMLElement, onEdit: (text: string) => void, onRun: () => void) {
    this.extensions = [
      basicSetup,
      python(),
      indentUnit.of('    '),
      // Above basicSetup's keymap, where Mod-Enter inserts a blank line.
      Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (onRun(), true) }])),
      keymap.of([indentWithTab]),
      EditorView.updateListener.of((u) => {
        if (u.docChanged) onEdit(u.state.doc.toString())
      }),
      EditorView.contentAttributes.of({ 'aria-label': '代码 code', 'data-testid': 'editor-content' }),
    ]
    this.view = new EditorView({ parent, state: EditorState.create({ doc: '', extensions: this.extensions }) })
  }

  get text(): string {
    return this.view.state.doc.toString()
  }

  /** Shows a new document, with its own undo history; not reported as an edit. */
  load(text: string) {
    this.view.setState(EditorState.create({ doc: text, extensions: this.extensions }))
  }
}
