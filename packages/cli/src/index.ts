// The `wxpay` command line as a function, for tools that embed it; the bin (dist/cli.js) calls the same.
export type { Running } from './command.js'
export { EXIT, type ExitCode } from './exit.js'
export { type CliResult, runCli } from './main.js'
export type { CliIo } from './output.js'
