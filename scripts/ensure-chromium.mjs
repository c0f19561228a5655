// Makes sure a Chromium for the browser tests exists: CHROME_PATH, or Debian's chromium (installed with apt-get when
// this runs as root), or a clear message on how to provide one. `playwright install` cannot download browsers here.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const configured = process.env.CHROME_PATH;
if (configured) {
  if (existsSync(configured)) process.exit(0);
  console.error(`CHROME_PATH=${configured} does not exist.`);
  process.exit(1);
}
if (existsSync("/usr/bin/chromium")) process.exit(0);

const root = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = existsSync("/usr/bin/apt-get");
if (!root || !hasApt) {
  console.error(
    "Browser tests need Chromium. Install Debian's package (`apt-get install chromium`, as root) " +
      "or point CHROME_PATH at a Chromium or Chrome executable.",
  );
  process.exit(1);
}
console.log("Installing Debian's chromium for the browser tests (apt-get)…");
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], {
  stdio: "inherit",
  env,
});
if (!existsSync("/usr/bin/chromium")) {
  console.error("apt-get finished but /usr/bin/chromium is missing.");
  process.exit(1);
}
