export declare const CLI_BUNDLE_DIR: string;
export declare const CLI_BUNDLE_FILE: string;
export declare function writeSourceStamp(bundleDir: string, root: string, files: readonly string[]): void;
export declare function freshCliBundle(bundleDir: string, root: string): string | null;
