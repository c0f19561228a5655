/** Entry of the demo storefront: starts preparing the shop in a worker, and renders the shell meanwhile. */
import "@candor/preact/styles.css";
import "./demo.css";
