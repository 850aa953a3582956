/** A progress callback that logs a line per tenth: readable on a terminal and in a CI log alike. */
export function tenths(log: (line: string) => void, what: string): (done: number, total: number) => void {
  let reported = 0;
  return (done, total) => {
    if (done === total || done - reported >= Math.max(1, Math.ceil(total / 10))) {
      reported = done;
      log(`${what}: ${done}/${total}`);
    }
  };
}
