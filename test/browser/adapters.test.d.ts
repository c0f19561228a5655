declare global {
    interface Window {
        analyticsRuns?: number;
        inlineRuns?: number;
    }
}
export {};
