-- wrk script for `make bench` (tests/bench/load.mjs). With CODES (a file of invite codes, one
-- a line), every request sends a child's views through POST /api/v1/kiosk/views with a new
-- submission id, for each code in turn, and 201 is a success; without it, wrk's own GET of
-- the URL, and 200 is. The figures come back as one JSON line.

local codes = {}
local views = os.getenv("CODES") ~= nil and os.getenv("CODES") ~= ""
if views then
  for line in io.lines(os.getenv("CODES")) do codes[#codes + 1] = line end
end
local success = views and 201 or 200

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  threads[#threads + 1] = thread
end

function init(args)
  -- Each thread its own sequence, so no two send the same submission id.
  math.randomseed(os.time() * 1000 + id)
  created = 0
  other = 0
  n = id * 7919
end

local function uuid()
  return string.format("%08x-%04x-4%03x-%04x-%012x",
    math.random(0, 0xffffffff), math.random(0, 0xffff), math.random(0, 0xfff),
    0x8000 + math.random(0, 0x3fff), math.random(0, 0xffffffffffff))
end

function request()
  if not views then return wrk.request() end
  n = n + 1
  local i = n % #codes + 1
  local code = codes[i]
  -- Each family from its own address, as their phones reach the service's proxy (the server
  -- runs with TIPTOES_TRUST_PROXY): one address's code checks take turns (so a burst of
  -- guesses cannot outrun the wrong-code count), and the bench would measure one queue.
  local headers = { ["Content-Type"] = "application/json", ["X-Forwarded-For"] = "10.0." .. math.floor(i / 256) .. "." .. (i % 256) }
  local body = '{"code":"' .. code .. '","submission_id":"' .. uuid() .. '","answers":{'
    .. '"good_things":{"text":"I like my school and playing football with my friends","visibility":"everyone"},'
    .. '"worries":{"text":"I worry when people shout at home","visibility":"chair_only"},'
    .. '"wishes":{"text":"I wish I could see my nan more","visibility":"everyone"}}}'
  return wrk.format("POST", "/api/v1/kiosk/views", headers, body)
end

function response(status, headers, body)
  if status == success then
    created = created + 1
  else
    other = other + 1
    -- The first refusal each thread saw, so that a run with errors says what they were.
    if first == nil then first = status .. " " .. string.sub(body, 1, 120) end
  end
end

function done(summary, latency, requests)
  local created_all, other_all, first_all = 0, 0, ""
  for _, t in ipairs(threads) do
    created_all = created_all + t:get("created")
    other_all = other_all + t:get("other")
    if first_all == "" and t:get("first") then first_all = t:get("first") end
  end
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"p50_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f,"ok":%d,"not_ok":%d,"socket_errors":%d,"first_error":%q}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, created_all, other_all, e.connect + e.read + e.write + e.timeout, first_all))
end
