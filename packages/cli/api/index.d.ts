declare const EXIT: Readonly<{
    /** It worked: the call succeeded, the message verifies, the keys match, the app answered 2xx. */
    OK: 0;
    /** The thing checked failed: WeChat Pay answered an error, a signature does not verify, keys do not match. */
    FAILED: 1;
    /** The command line is wrong: an unknown command or flag, a missing or malformed value. Nothing was done. */
    USAGE: 2;
    /** Network or file trouble: the sandbox or WeChat Pay is unreachable, a file cannot be read or written. */
    IO: 3;
}>;
type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** What the CLI runs against: the process in the bin, captured streams in tests. */
interface CliIo {
    stdout(text: string): void;
    stderr(text: string): void;
    /** Environment variables (WECHATPAY_*, NO_COLOR, WXPAY_HOME…). */
    env: Readonly<Record<string, string | undefined>>;
    /** True when stdout is a terminal (colours, live lines). */
    isTTY: boolean;
    /** Reads all of stdin (for `-` file arguments). */
    readStdin?: () => Promise<Buffer>;
    cwd?: string;
}

/** A command still running after it printed its first lines (sandbox, listen, logs --follow). */
interface Running {
    /** Stops it and removes what it wrote (temporary key files, the sandbox state file). */
    close(): Promise<void>;
    /** Resolves with an exit code if it ends by itself (the sandbox it follows went away). */
    done?: Promise<ExitCode>;
}

interface CliResult {
    code: ExitCode;
    /** A command that keeps running (sandbox, listen, logs --follow): the caller stops it with `close()`. */
    running?: Running;
}
/**
 * Runs `wxpay` with `argv` (without the node and script paths). Resolves with the exit code, and for a long-running
 * command with its handle; never rejects: failures are printed on `io.stderr`.
 */
declare function runCli(argv: readonly string[], io: CliIo): Promise<CliResult>;

export { type CliIo, type CliResult, EXIT, type ExitCode, type Running, runCli };
