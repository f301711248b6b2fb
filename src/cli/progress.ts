/**
 * A progress bar on stderr when stderr is a terminal (count, rate, time left); silent otherwise (scripts, CI),
 * so stdout and stderr stay clean for machines.
 */
const WIDTH = 30;
const REDRAW_MS = 100;

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function progress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr) {
  const tty = stream.isTTY === true;
  const started = Date.now();
  let done = 0;
  let last = 0;
  const draw = () => {
    const filled = total === 0 ? WIDTH : Math.round((done / total) * WIDTH);
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const left = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY;
    stream.write(
      `\r${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} ${rate.toFixed(1)}/s left ${clock(left)} `,
    );
  };
  return {
    tick() {
      done++;
      if (tty && Date.now() - last > REDRAW_MS) {
        last = Date.now();
        draw();
      }
    },
    done() {
      if (tty) {
        draw();
        stream.write('\n');
      }
    },
  };
}
