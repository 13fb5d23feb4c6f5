// Making SVG elements: the timeline and the process tree draw with this.

const SVG = 'http://www.w3.org/2000/svg'

/** A new SVG element with these attributes, appended to `parent` if given. */
export function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, parent?: Element) {
  const e = document.createElementNS(SVG, tag)
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v))
  parent?.appendChild(e)
  return e
}

/** The width of one Latin character of a 12 px label, roughly; a CJK one is twice as wide. */
export const CHAR_W = 6.8

function charWidth(c: string): number {
  return c.codePointAt(0)! >= 0x2e80 ? 2 * CHAR_W : CHAR_W
}

/** `text` cut with an ellipsis so that it fits `width` px (an estimate: labels are short). */
export function fitText(text: string, width: number): string {
  let w = 0
  const chars = [...text]
  for (let i = 0; i < chars.length; i++) {
    w += charWidth(chars[i])
    if (w > width) return `${chars.slice(0, Math.max(1, i - 1)).join('')}…`
  }
  return text
}
