// Environment for the README commands' children: no "update available" banners (npm's, and pnpm's with its
// `curl | sh` line: the pinned version is the point) and no turbo telemetry notice on a first run.
export const QUIET_ENV = Object.freeze({
  npm_config_update_notifier: 'false',
  TURBO_TELEMETRY_DISABLED: '1',
})
