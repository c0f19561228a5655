import { createConsentManager, memoryStorage } from "@candor/core/consent";
import { ConsentBanner } from "@candor/preact";
import { h, render } from "preact";
const manager = createConsentManager({ region: "DE", storage: memoryStorage(), controller: { name: "x", email: "a@b.c" } });
render(h(ConsentBanner, { manager }), document.body);
