import { BorderStyle, type ITableBordersOptions } from 'docx';

type Border = ITableBordersOptions['top'];

function everySide(border: Border): ITableBordersOptions {
    return { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
}

/** Every side of a layout table switched off, as Word writes a table with "No Border". */
export const NO_BORDERS = everySide({ style: BorderStyle.NONE, size: 0, color: 'auto' });

/** Thin black lines on every side and between all cells. */
export const GRID_BORDERS = everySide({ style: BorderStyle.SINGLE, size: 4, color: '000000' });
