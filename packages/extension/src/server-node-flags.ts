/**
 * The Node flags the language server is started with: by the extension, and by the bench, which starts it as the
 * editor does. They cannot be set from out/server-start.cjs: V8 sizes its heap when the process starts.
 *
 * A young generation of up to 32 MB a semi-space instead of Node's 16. A whole-text edit of a 5 MB report decodes the
 * message (~9 MB as a string) and then its text (~9 MB): in 16 MB, making the text collected the young generation
 * while the message was still being read, which moved the message to the old generation. Such an edit left ~24 MB
 * there instead of ~14 MB, and the major collections that free it came ~1.7× as often.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=32'];
