/**
 * A one-line progress bar on stderr for terminals; plain lines where stderr is not a terminal (CI logs),
 * so logs stay readable.
 */
export function createProgressBar(stream: NodeJS.WriteStream = process.stderr) {
  let lastLine = '';
  return {
    update(label: string, done: number, total: number, detail = ''): void {
      const width = 24;
      const share = total > 0 ? Math.min(1, done / total) : 1;
      const filled = Math.round(share * width);
      const line = `${label.padEnd(10)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${detail}`;
      if (stream.isTTY) {
        stream.write(`\r${line.slice(0, (stream.columns ?? 100) - 1).padEnd(lastLine.length)}`);
        if (done >= total) stream.write('\n');
      } else if (done >= total || done === 0) {
        stream.write(`${line}\n`);
      }
      lastLine = line;
    },
  };
}
