// The load loop both end-to-end clients use: `concurrency` workers take the next body until none is left.
import { performance } from 'node:perf_hooks'

/** Runs `call` over every body; returns per-call latencies (ms), wall time, the process CPU spent and failures. */
export async function load(call, bodies, concurrency) {
  const latencies = new Float64Array(bodies.length)
  let next = 0
  let failures = 0
  let firstError
  const worker = async () => {
    for (let i = next++; i < bodies.length; i = next++) {
      const start = performance.now()
      try {
        await call(bodies[i])
      } catch (error) {
        failures++
        firstError ??= String(error?.message ?? error).slice(0, 300)
      }
      latencies[i] = performance.now() - start
    }
  }
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  await Promise.all(Array.from({ length: concurrency }, worker))
  const wallMs = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  return { latencies, wallMs, cpuMicros: cpu.user + cpu.system, failures, firstError }
}
