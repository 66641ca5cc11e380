-- wrk script: requests walk the paths of the file named by $KG_PATHS (one path a line) from position $KG_START, each
-- of the $KG_THREADS wrk threads (wrk -t) taking every $KG_THREADS-th path, so no path is asked twice until the walk
-- passes the end of the list.
local threads = 0

function setup(thread)
  thread:set("index", threads)
  threads = threads + 1
end

function init(args)
  paths = {}
  for line in io.lines(os.getenv("KG_PATHS")) do
    paths[#paths + 1] = line
  end
  stride = tonumber(os.getenv("KG_THREADS") or "2")
  counter = tonumber(os.getenv("KG_START") or "0") + (index or 0)
end

function request()
  local path = paths[(counter % #paths) + 1]
  counter = counter + stride
  return wrk.format(nil, path)
end
