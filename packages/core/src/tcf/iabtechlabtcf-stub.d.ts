/** Types of the official TCF stub, which ships none: one function that installs `window.__tcfapi` with a queue. */
declare module "@iabtechlabtcf/stub" {
  const installStub: () => void;
  export default installStub;
}
