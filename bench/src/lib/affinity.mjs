// CPU pinning for the process-per-subject c=1 runs. With one call in flight the client and the server hand the work
// back and forth; on a 2-core box the scheduler puts each new client process next to the server or across from it, and
// that placement moved a whole process's c=1 figures by 10–15 % (bench/results/8f-jsapi-c1-pinned.md). Pinning every
// c=1 client to one core and the server to the other gives each subject the same placement. c=32 is left to the
// scheduler: there the thread-pool subjects need both cores.
import { execFileSync } from 'node:child_process'
import { cpus } from 'node:os'

/** Whether `taskset` can pin here (Linux, two cores or more); BENCH_PIN_C1=0 turns pinning off. */
export function canPin() {
  if (process.env.BENCH_PIN_C1 === '0' || process.platform !== 'linux' || cpus().length < 2) return false
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' })
    return true
  } catch {
    // No taskset (util-linux) on this machine: the runs go on unpinned, and the report says so.
    return false
  }
}

/** Restricts every thread of `pid` (threads it starts later inherit it) to `cpuList`, e.g. "0" or "0-1". */
export function pin(pid, cpuList) {
  execFileSync('taskset', ['-a', '-p', '-c', cpuList, String(pid)], { stdio: 'ignore' })
}

/** Every CPU of the machine, for undoing a pin. */
export const allCpus = () => `0-${cpus().length - 1}`
