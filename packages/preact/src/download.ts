/** Saves text as a file in the browser: the view models' helper, re-exported for shops that used it from here. */
export { downloadText } from "@candor/core/ui/models";
