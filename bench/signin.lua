-- wrk script: every request signs in with the next access code from codes.txt (one per line), from
-- that attendee's own address: X-Forwarded-For 10.a.b.7, one per code, each in a network (/24) of
-- its own, as a load balancer that Marquee trusts (marquee.http.trusted-proxies) would say. From one
-- address, the sign-in limits would allow only 10 sign-ins in flight at once (the rest answered 429).
-- Reports latency percentiles, and the answers that were not 200, by status.
local codes = {}
for line in io.lines(os.getenv("CODES") or "codes.txt") do codes[#codes + 1] = line end
local threads = {}
counter = 0
statuses = {}

setup = function(thread)
  threads[#threads + 1] = thread
end

init = function()
  counter = 0
  statuses = {}
end

request = function()
  local i = counter % #codes
  counter = counter + 1
  return wrk.format("POST", "/api/v1/auth/access-code", {["Content-Type"] = "application/json",
    ["X-Forwarded-For"] = string.format("10.%d.%d.7", math.floor(i / 250), i % 250)}, '{"code":"' .. codes[i + 1] .. '"}')
end

response = function(status)
  if status ~= 200 then statuses[status] = (statuses[status] or 0) + 1 end
end

done = function(summary, latency)
  local e = summary.errors
  local other = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do other[status] = (other[status] or 0) + n end
  end
  local text = ""
  for status, n in pairs(other) do text = text .. string.format(" %d×%d", n, status) end
  io.write(string.format("requests %d, not 200:%s; connect %d, read %d, write %d, timeout %d errors\n",
    summary.requests, text == "" and " none" or text, e.connect, e.read, e.write, e.timeout))
  io.write(string.format("rate %.0f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
