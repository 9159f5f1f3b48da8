-- wrk script: POSTs one JSON file to the preview endpoint on every request.
-- The file is named by the environment variable BODY (default examples/hunan-property-management.json).
local path = os.getenv("BODY") or "examples/hunan-property-management.json"
local f = assert(io.open(path, "rb"))
wrk.method = "POST"
wrk.path = "/api/v1/evaluations/preview"
wrk.body = f:read("*a")
wrk.headers["Content-Type"] = "application/json"
f:close()

-- count answers other than 200 so that a run of errors is never read as throughput
local bad = 0
function response(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end

function done(summary, latency, requests)
  io.write(string.format("RESULT req/s %.0f p50 %.1f ms p90 %.1f ms p99 %.1f ms max %.1f ms non-2xx %d errors %d requests %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests))
end
