/** The policy the built demo is served under: no inline scripts or styles, no `eval`, nothing from the network. */
export declare const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'";
declare const _default: import("vite").UserConfig;
export default _default;
