// Preloaded (`node -r`) into a benchmarked child process: at exit, writes the process's CPU time (user + system,
// seconds), max RSS (MB) and its own uptime to the file named by SOURCE_LENS_BENCH_OUT, as one JSON line.
const { appendFileSync } = require('node:fs');
const out = process.env.SOURCE_LENS_BENCH_OUT;
if (out)
  process.on('exit', () => {
    const u = process.cpuUsage();
    appendFileSync(
      out,
      JSON.stringify({
        cpu: (u.user + u.system) / 1e6,
        rss: process.resourceUsage().maxRSS / 1024,
        up: process.uptime(),
      }) + '\n',
    );
  });
