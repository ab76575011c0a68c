export interface MachineFacts {
  binary?: string | undefined
  platform: string
  families: string[]
  isRoot: boolean
  hasSudo: boolean
  hasAptGet: boolean
}
export type RedisPlan =
  | { action: 'ready'; binary: string }
  | { action: 'install'; line: string; commands: string[][] }
  | { action: 'stop'; message: string }
export declare function onPath(command: string, path?: string): string | undefined
export declare function osFamilies(text: string | undefined): string[]
export declare function redisPlan(facts: MachineFacts): RedisPlan
export declare function machineFacts(env?: NodeJS.ProcessEnv): MachineFacts
export declare function provideRedis(options?: {
  log?: (line: string) => void
  env?: NodeJS.ProcessEnv
}): { ok: true; binary: string } | { ok: false; message: string }
