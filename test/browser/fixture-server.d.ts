/** Starts the server; returns its base URL and a stop function. */
export declare function serveFixtures(): Promise<{
    url: string;
    close: () => Promise<void>;
}>;
