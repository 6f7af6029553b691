/**
 * Page geometry in twips (1/20 pt; 1 mm ≈ 56.7 twip). Exact integers, not rounded conversions: a mm→twip helper that
 * rounds down gives 11905 for 210 mm.
 */

/** A4, portrait. */
export const A4_WIDTH = 11906;
export const A4_HEIGHT = 16838;

/** ND30 portrait margins: top/bottom 20 mm, left 30 mm (binding edge), right 15 mm. */
export const PORTRAIT_MARGINS = { top: 1134, bottom: 1134, left: 1701, right: 851 } as const;

/**
 * Landscape appendix margins: the sheet is bound like the portrait pages, so the binding margin (30 mm) lands at the top
 * of the turned page; 20 mm on the other three sides. The bottom takes 20 mm rather than the portrait right margin's
 * 15 mm: that is inside ND30's range for the right edge of the sheet (15–20 mm) and for the foot of a page (20–25 mm).
 */
export const LANDSCAPE_MARGINS = { top: 1701, bottom: 1134, left: 1134, right: 1134 } as const;

/** Distance from the page edge to the header (page number) and footer: 10 mm, inside the top margin. */
export const HEADER_DISTANCE = 567;
export const FOOTER_DISTANCE = 567;

export const PORTRAIT_TEXT_WIDTH = A4_WIDTH - PORTRAIT_MARGINS.left - PORTRAIT_MARGINS.right; // 9354
export const LANDSCAPE_TEXT_WIDTH = A4_HEIGHT - LANDSCAPE_MARGINS.left - LANDSCAPE_MARGINS.right; // 14570
export const LANDSCAPE_TEXT_HEIGHT = A4_WIDTH - LANDSCAPE_MARGINS.top - LANDSCAPE_MARGINS.bottom; // 9071

/** Word's default left and right cell margins (0.19 cm), which a cell's text width loses. */
export const CELL_MARGIN = 108;

/** First-line indent of body paragraphs: 1 cm. */
export const FIRST_LINE_INDENT = 567;

/** Left indent per depth of a "Trong đó" part in the appendix table: 0.5 cm. */
export const PART_INDENT = 284;
