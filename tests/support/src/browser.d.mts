export declare const CHROMIUM_PACKAGE_VERSION: string
export declare function browserCacheDir(base?: string): string
export interface BrowserLaunchOptions {
  executablePath: string
  args: string[]
  env: Record<string, string>
}
export declare function browserLaunchOptions(options?: {
  log?: (line: string) => void
  env?: NodeJS.ProcessEnv
}): Promise<BrowserLaunchOptions>
