-- wrk script: every request signs in with the next access code from codes.txt (one per line).
-- Reports latency percentiles and how many answers were not 200.
local codes = {}
for line in io.lines(os.getenv("CODES") or "codes.txt") do codes[#codes + 1] = line end
local counter = 0
local failures = 0

request = function()
  counter = counter + 1
  local code = codes[(counter % #codes) + 1]
  return wrk.format("POST", "/api/v1/auth/access-code", {["Content-Type"] = "application/json"},
    '{"code":"' .. code .. '"}')
end

response = function(status)
  if status ~= 200 then failures = failures + 1 end
end

done = function(summary, latency)
  io.write(string.format("requests %d, errors %d, non-200 (last thread) %d\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    failures))
  io.write(string.format("rate %.0f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
