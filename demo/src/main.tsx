/** Entry of the demo storefront. */
import "@candor/preact/styles.css";
import "./demo.css";
import { render } from "preact";
import { App } from "./app.tsx";
import { createDemoConsent } from "./consent.ts";

const root = document.getElementById("app");
if (root) render(<App consent={createDemoConsent(new URLSearchParams(location.search))} />, root);
