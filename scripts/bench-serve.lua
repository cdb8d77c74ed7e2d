-- wrk script for scripts/bench-serve.sh: /api/events requests as analysts make them. Each
-- request draws a filter and a page; the generator is seeded per thread, so runs compare.
--
-- MIX=browse (default): half the unfiltered list at one of its first 2,000 pages (100,000
--   events), half one of the filters below at one of its first 10 pages.
-- MIX=actors: actor, country and dyad filters (either side of an actor code), first 10 pages.
-- Pages are 50 events. 2,080 (browse) or 80 (actors) different requests in all: the server
-- computes each once and then answers it from its cache until the store changes (run the
-- server with --no-cache, bench-serve.sh --no-cache, to measure every page queried).
local mix = os.getenv("MIX") or "browse"
local filters = {
  browse = {
    "quad=1", "quad=4", "code=19", "code=042", "from=2024-01&to=2024-03", "from=2025-06-01&to=2025-06-30&quad=4",
    "quad=2&from=2022&to=2022", "code=11&from=2023",
  },
  actors = {
    "actor=IRQ", "actor=TUR&quad=4", "country=SYR", "country=EGY&from=2024", "actor=BRA",
    "actor=ISR&from=2023-10-07&to=2023-12-31", "source=RUS&target=UKR", "target=ISR&quad=4",
  },
}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end

function init(args)
  math.randomseed(seed * 7919)
end

function request()
  local path
  if mix == "browse" and math.random() < 0.5 then
    path = "/api/events?offset=" .. (50 * math.random(0, 1999))
  else
    local list = filters[mix]
    path = "/api/events?offset=" .. (50 * math.random(0, 9)) .. "&" .. list[math.random(1, #list)]
  end
  return wrk.format("GET", path)
end

-- Percentiles and errors, one figure a line.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("mix %s: %d requests in %.1fs: %.0f req/s\n", mix, summary.requests, summary.duration / 1e6,
    summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("p%s %.1f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max %.1f ms\n", latency.max / 1000))
  io.write(string.format("errors: connect %d, read %d, write %d, timeout %d, non-2xx %d\n",
    e.connect, e.read, e.write, e.timeout, e.status))
end
