-- Sends each request to the next path of a list (one per line, in the file named by the first
-- script argument), so that consecutive requests ask for different things.
local paths = {}
local next_index = 1
local threads_seen = 0

function setup(thread)
  -- Each thread has its own Lua state; an id lets the threads start at different places in the list.
  threads_seen = threads_seen + 1
  thread:set("thread_id", threads_seen)
end

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  next_index = (((thread_id or 1) - 1) * 7919) % #paths + 1
end

function request()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format(nil, path)
end
