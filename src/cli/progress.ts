/** A progress line on stderr when stderr is a terminal; silent otherwise (scripts, CI). */
export function progress(label: string, total: number) {
  const tty = process.stderr.isTTY;
  let done = 0;
  let last = 0;
  const draw = () => {
    const width = 30;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  };
  return {
    tick() {
      done++;
      if (tty && Date.now() - last > 100) {
        last = Date.now();
        draw();
      }
    },
    done() {
      if (tty) {
        draw();
        process.stderr.write('\n');
      }
    },
  };
}
