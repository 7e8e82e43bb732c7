-- Ends every wrk run with one machine-readable line, which RestBench reads.
-- Latencies are in microseconds; non2xx counts answers that were not 2xx or 3xx.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK_RESULT requests=%.0f duration_us=%.0f bytes=%.0f p50_us=%.0f p90_us=%.0f p99_us=%.0f max_us=%.0f"
      .. " non2xx=%.0f connect_errors=%.0f read_errors=%.0f write_errors=%.0f timeouts=%.0f\n",
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.status, e.connect, e.read, e.write, e.timeout))
end
