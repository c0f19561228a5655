/** Prometheus text-format metrics: requests by route and status, latency histograms, ingest and log counters. */

const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/** The server's metrics. */
export interface Metrics {
  /** Counts one request and its latency in seconds. */
  request(route: string, method: string, status: number, seconds: number): void;
  /** Counts events offered and stored. */
  ingested(offered: number, stored: number, duplicates: number): void;
  /** The exposition text; `gauges` are read at scrape time. */
  render(gauges: Readonly<Record<string, { help: string; value: number }>>): string;
}

/** Creates the metrics registry. */
export function createMetrics(): Metrics {
  const requests = new Map<string, number>();
  const histograms = new Map<string, { buckets: number[]; sum: number; count: number }>();
  let offered = 0;
  let stored = 0;
  let duplicates = 0;
  const label = (v: string) => v.replace(/["\\\n]/g, "_");
  return {
    request(route, method, status, seconds) {
      const key = `route="${label(route)}",method="${method}",status="${status}"`;
      requests.set(key, (requests.get(key) ?? 0) + 1);
      const hkey = `route="${label(route)}",method="${method}"`;
      let h = histograms.get(hkey);
      if (!h) {
        h = { buckets: BUCKETS.map(() => 0), sum: 0, count: 0 };
        histograms.set(hkey, h);
      }
      for (let i = 0; i < BUCKETS.length; i++)
        if (seconds <= (BUCKETS[i] as number)) h.buckets[i] = (h.buckets[i] ?? 0) + 1;
      h.sum += seconds;
      h.count++;
    },
    ingested(o, s, d) {
      offered += o;
      stored += s;
      duplicates += d;
    },
    render(gauges) {
      const lines: string[] = [
        "# HELP candor_http_requests_total HTTP requests by route, method and status.",
        "# TYPE candor_http_requests_total counter",
      ];
      for (const [key, n] of requests) lines.push(`candor_http_requests_total{${key}} ${n}`);
      lines.push(
        "# HELP candor_http_request_duration_seconds HTTP request latency.",
        "# TYPE candor_http_request_duration_seconds histogram",
      );
      for (const [key, h] of histograms) {
        BUCKETS.forEach((b, i) => {
          lines.push(`candor_http_request_duration_seconds_bucket{${key},le="${b}"} ${h.buckets[i]}`);
        });
        lines.push(`candor_http_request_duration_seconds_bucket{${key},le="+Inf"} ${h.count}`);
        lines.push(`candor_http_request_duration_seconds_sum{${key}} ${h.sum}`);
        lines.push(`candor_http_request_duration_seconds_count{${key}} ${h.count}`);
      }
      lines.push(
        "# HELP candor_events_offered_total Shopper events received.",
        "# TYPE candor_events_offered_total counter",
        `candor_events_offered_total ${offered}`,
        "# HELP candor_events_stored_total Shopper events the subject's consent let into the vault.",
        "# TYPE candor_events_stored_total counter",
        `candor_events_stored_total ${stored}`,
        "# HELP candor_events_duplicate_total Events whose id was already ingested (retries).",
        "# TYPE candor_events_duplicate_total counter",
        `candor_events_duplicate_total ${duplicates}`,
      );
      for (const [name, g] of Object.entries(gauges))
        lines.push(`# HELP ${name} ${g.help}`, `# TYPE ${name} gauge`, `${name} ${g.value}`);
      return `${lines.join("\n")}\n`;
    },
  };
}
