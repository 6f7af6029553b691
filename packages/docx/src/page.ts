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
 * Landscape appendix margins: the portrait page turned a quarter so the binding edge (30 mm) is at the top, 15 mm at the
 * bottom and 20 mm left and right, all inside ND30's ranges for the side each lands on.
 */
export const LANDSCAPE_MARGINS = { top: 1701, bottom: 851, left: 1134, right: 1134 } as const;

/** Distance from the page edge to the header (page number) and footer: 10 mm, inside the top margin. */
export const HEADER_DISTANCE = 567;
export const FOOTER_DISTANCE = 567;

export const PORTRAIT_TEXT_WIDTH = A4_WIDTH - PORTRAIT_MARGINS.left - PORTRAIT_MARGINS.right; // 9354
export const LANDSCAPE_TEXT_WIDTH = A4_HEIGHT - LANDSCAPE_MARGINS.left - LANDSCAPE_MARGINS.right; // 14570

/** Word's default left and right cell margins (0.19 cm), which a cell's text width loses. */
export const CELL_MARGIN = 108;

/** First-line indent of body paragraphs: 1 cm. */
export const FIRST_LINE_INDENT = 567;

/** Left indent per depth of a "Trong đó" part in the appendix table: 0.5 cm. */
export const PART_INDENT = 284;
