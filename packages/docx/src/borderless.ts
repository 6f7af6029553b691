import { BorderStyle, type ITableBordersOptions } from 'docx';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;

/** Every side of a layout table switched off, as Word writes a table with "No Border". */
export const NO_BORDERS: ITableBordersOptions = {
    top: NONE,
    bottom: NONE,
    left: NONE,
    right: NONE,
    insideHorizontal: NONE,
    insideVertical: NONE
};

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/** Thin black lines on every side and between all cells. */
export const GRID_BORDERS: ITableBordersOptions = {
    top: LINE,
    bottom: LINE,
    left: LINE,
    right: LINE,
    insideHorizontal: LINE,
    insideVertical: LINE
};
