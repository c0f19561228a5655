// The load generator of bench/server.bench.ts, run as its own process: autocannon at a fixed overall rate against
// one route, rotating subjects; prints one JSON line with latency percentiles (from every response), 2xx count,
// errors and non-2xx.
import autocannon from "autocannon";

const config = JSON.parse(process.argv[2]);
const samples = [];
let n = 0;
const headers = { authorization: `Bearer ${config.shopKey}`, "content-type": "application/json" };
const request =
  config.mode === "recommend"
    ? (req) => {
        const subject = `bench-${n++ % config.subjects}`;
        return {
          ...req,
          path: `/v1/subjects/${subject}/recommendations`,
          body: JSON.stringify({ surface: "home", k: 10 }),
        };
      }
    : (req) => {
        const i = n++;
        const subject = `bench-${i % config.subjects}`;
        const events = Array.from({ length: config.batch }, (_, j) => ({
          id: `load-${config.run}-${i}-${j}`,
          type: "view",
          subject,
          item: config.items[(i * 31 + j) % config.items.length],
          at: Date.now() - 1000,
        }));
        return { ...req, path: `/v1/subjects/${subject}/events`, body: JSON.stringify({ events }) };
      };
const instance = autocannon({
  url: config.url,
  connections: config.connections,
  duration: config.duration,
  ...(config.rate ? { overallRate: config.rate } : {}),
  headers,
  requests: [{ method: "POST", setupRequest: request }],
  setupClient(client) {
    client.on("response", (_status, _bytes, time) => samples.push(time));
  },
});
instance.on("done", (result) => {
  samples.sort((a, b) => a - b);
  const q = (p) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] ?? null;
  console.log(
    JSON.stringify({
      p50: q(0.5),
      p95: q(0.95),
      p99: q(0.99),
      responses: samples.length,
      ok: result["2xx"],
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      seconds: result.duration,
    }),
  );
});
