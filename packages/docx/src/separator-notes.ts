/**
 * docx writes a note-number run (`w:footnoteRef`, `w:endnoteRef`) into the separator and continuation-separator notes
 * too. Those are not notes anyone references, and Word may offer to repair a file that has one there, so the run is
 * taken out; the separator line itself stays.
 */
export function withoutSeparatorNoteMarks(xml: string, kind: 'footnote' | 'endnote'): string {
    const separator = new RegExp(`<w:${kind} [^>]*w:type="(?:separator|continuationSeparator)"[^>]*>[\\s\\S]*?</w:${kind}>`, 'g');
    const mark = new RegExp(`<w:r>(?:(?!</w:r>)[\\s\\S])*?<w:${kind}Ref/></w:r>`, 'g');
    return xml.replace(separator, note => note.replace(mark, ''));
}
