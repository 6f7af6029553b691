/** The whole standard input, as bytes: it is decoded as a file is. */
export async function readStandardInput(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
}
