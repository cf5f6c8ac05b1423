/** The version of @connectfi/client, the same as the API description's info.version. */
export declare const VERSION = "0.1.0";
/** What the client sends as User-Agent: the package and its version. */
export declare const USER_AGENT = "@connectfi/client/0.1.0";
